#include "common/word_scanner.h"

#include <xapian.h>

#include "common/utf8.h"

namespace tidings {

namespace {

// Decodes the code point at `pos`; ill-formed bytes read as U+FFFD.
unsigned decode_at(std::string_view text, std::size_t pos, std::size_t& next) {
  return static_cast<unsigned>(decode_utf8_at(text, pos, next));
}

bool is_ascii_upper(unsigned c) {
  return c >= 'A' && c <= 'Z';
}

bool is_decimal_digit(unsigned c) {
  return Xapian::Unicode::get_category(c) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
}

// Characters that Xapian ignores inside a word (zero-width spaces and joiners).
bool is_ignorable(unsigned c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// What joins two word characters into one word; 0 if `c` does not.
// Returns the character to keep in the term (apostrophes are normalised).
unsigned joiner_between_letters(unsigned c) {
  switch (c) {
    case '\'':
    case '&':
    case 0xB7:
    case 0x5F4:
    case 0x2027: return c;
    case 0x2019:
    case 0x201B: return '\'';
    default: return 0;
  }
}

unsigned joiner_between_digits(unsigned c) {
  switch (c) {
    case ',':
    case '.':
    case ';':
    case 0x037E:
    case 0x0589:
    case 0x060D:
    case 0x07F8:
    case 0x2044:
    case 0xFE10:
    case 0xFE13:
    case 0xFE14: return c;
    default: return 0;
  }
}

}  // namespace

bool WordScanner::scan_initials(Word& word) {
  // "U.S.A." and "P.T.O" are indexed as one term of their letters.
  std::string term;
  std::size_t p = pos_;
  std::size_t last_end = pos_;
  while (p < text_.size() && is_ascii_upper(static_cast<unsigned char>(text_[p]))) {
    term += static_cast<char>(text_[p] - 'A' + 'a');
    last_end = ++p;
    if (p + 1 < text_.size() && text_[p] == '.' && is_ascii_upper(static_cast<unsigned char>(text_[p + 1]))) {
      ++p;
      continue;
    }
    break;
  }
  if (term.size() < 2) return false;
  if (last_end < text_.size()) {
    std::size_t after = 0;
    const unsigned c = decode_at(text_, last_end, after);
    if (Xapian::Unicode::is_wordchar(c)) return false;  // "U.Sa" is not initials
  }
  word.begin = pos_;
  word.end = last_end;
  word.term = std::move(term);
  pos_ = last_end;
  return true;
}

bool WordScanner::next(Word& word) {
  // Skip to the next word character.
  std::size_t after = 0;
  unsigned c = 0;
  while (true) {
    if (pos_ >= text_.size()) return false;
    c = decode_at(text_, pos_, after);
    if (Xapian::Unicode::is_wordchar(c)) break;
    pos_ = after;
  }

  if (is_ascii_upper(c) && scan_initials(word)) return true;

  word.begin = pos_;
  word.term.clear();
  unsigned previous = 0;
  while (true) {
    // A run of word characters.
    while (Xapian::Unicode::is_wordchar(c)) {
      Xapian::Unicode::append_utf8(word.term, Xapian::Unicode::tolower(c));
      previous = c;
      pos_ = after;
      if (pos_ >= text_.size()) {
        word.end = pos_;
        return true;
      }
      c = decode_at(text_, pos_, after);
    }
    // `c` is not a word character: does it join this run to the next one?
    if (after >= text_.size()) break;
    std::size_t after_next = 0;
    const unsigned next_c = decode_at(text_, after, after_next);
    if (!Xapian::Unicode::is_wordchar(next_c)) break;
    unsigned keep = 0;
    if (is_decimal_digit(previous) && is_decimal_digit(next_c)) {
      keep = joiner_between_digits(c);
    } else {
      keep = joiner_between_letters(c);
    }
    if (keep == 0 && !is_ignorable(c)) break;
    if (keep != 0) Xapian::Unicode::append_utf8(word.term, keep);
    pos_ = after;
    c = next_c;
    after = after_next;
  }
  word.end = pos_;

  // Up to three trailing '+' or '#' belong to the word ("C++", "C#"), unless
  // a word character follows ("fish+chips" is two words).
  std::size_t p = pos_;
  std::size_t count = 0;
  while (p < text_.size() && (text_[p] == '+' || text_[p] == '#') && count < 4) {
    ++p;
    ++count;
  }
  if (count > 0 && count <= 3) {
    bool followed_by_word = false;
    if (p < text_.size()) {
      std::size_t unused = 0;
      followed_by_word = Xapian::Unicode::is_wordchar(decode_at(text_, p, unused));
    }
    if (!followed_by_word) {
      word.term.append(text_.substr(pos_, count));
      pos_ = p;
      word.end = p;
    }
  }
  return true;
}

}  // namespace tidings
