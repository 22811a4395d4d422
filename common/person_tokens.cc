#include "common/person_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/utf8.h"

namespace tidings::person_detail {

namespace {

UChar32 decode(std::string_view text, std::size_t pos, std::size_t& next) {
  return decode_utf8_at(text, pos, next);
}

void append_lower(std::string& out, UChar32 c) {
  c = u_tolower(c);
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, c, error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018;
}
bool is_hyphen(UChar32 c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}
bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// What lies between two words decides whether a name may run across it.
struct Gap {
  bool joined = true;
  bool comma = false;
  bool sentence_break = false;
  int newlines = 0;
};

Gap read_gap(std::string_view text, std::size_t from, std::size_t to) {
  Gap gap;
  int commas = 0;
  for (std::size_t p = from; p < to;) {
    std::size_t next = 0;
    const UChar32 c = decode(text, p, next);
    p = next;
    if (c == '\n') {
      ++gap.newlines;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == 0xA0) continue;
    gap.joined = false;
    if (c == ',') {
      ++commas;
    } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == 0x201C ||
               c == '(' || c == '[' || c == 0x2018 || c == 0x2014 || c == '|') {
      gap.sentence_break = true;
    } else {
      commas = 2;  // anything else: neither joined nor a plain comma
    }
  }
  if (gap.newlines >= 2) {
    gap.joined = false;
    gap.sentence_break = true;
  }
  gap.comma = commas == 1 && !gap.sentence_break;
  return gap;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const WordTest& is_abbreviation,
                            const WordTest& is_minor_word) {
  std::vector<Token> tokens;
  std::vector<int> newlines_before;  // line breaks in the gap before each token
  std::size_t pos = 0;
  std::size_t previous_end = 0;
  while (pos < text.size()) {
    std::size_t next = 0;
    UChar32 c = decode(text, pos, next);
    if (!u_isalnum(c)) {
      pos = next;
      continue;
    }
    Token token;
    token.begin = pos;
    std::size_t p = pos;
    // Dotted initials: "R.C.", "J.", "U.S.".
    if (is_ascii_upper(text[p]) && p + 1 < text.size() && text[p + 1] == '.') {
      std::size_t q = p;
      std::string key;
      while (q + 1 < text.size() && is_ascii_upper(text[q]) && text[q + 1] == '.') {
        key += static_cast<char>(text[q] - 'A' + 'a');
        key += '.';
        q += 2;
      }
      if (q >= text.size() || !u_isalnum(decode(text, q, next))) {
        token.end = q;
        token.key = std::move(key);
        token.capitalised = token.initials = true;
        p = q;
      }
    }
    if (!token.initials) {
      int letters = 0;
      int uppers = 0;
      bool first = true;
      bool lower_prefix = false;  // "al" of "al-Assad"
      while (p < text.size()) {
        c = decode(text, p, next);
        if (u_isalnum(c)) {
          if (u_isdigit(c)) token.has_digit = true;
          if (u_isalpha(c)) {
            ++letters;
            if (u_isupper(c) || u_istitle(c)) uppers++;
            if (first) {
              token.capitalised = u_isupper(c) || u_istitle(c);
              lower_prefix = u_islower(c);
              first = false;
            }
          }
          append_lower(token.key, c);
          p = next;
          continue;
        }
        // A joiner counts only between two letters.
        const std::size_t joiner_end = next;
        std::size_t after = 0;
        const UChar32 following = joiner_end < text.size() ? decode(text, joiner_end, after) : 0;
        if (!u_isalpha(following)) break;
        if (is_apostrophe(c)) {
          std::size_t unused = 0;
          const bool final_s = (following == 's' || following == 'S') &&
                               (after >= text.size() || !u_isalnum(decode(text, after, unused)));
          if (final_s) {
            token.end = p;
            token.possessive = true;
            p = after;
            break;
          }
          token.key += '\'';
          p = joiner_end;
          continue;
        }
        if (is_hyphen(c)) {
          if (u_islower(following)) {
            token.hyphen_lower = true;
          } else if (lower_prefix && token.key.size() <= 4) {
            token.capitalised = true;  // "al-Assad", "el-Sisi", "bin-Salman"
          }
          token.key += '-';
          p = joiner_end;
          continue;
        }
        break;
      }
      if (!token.possessive) token.end = p;
      token.upper = letters >= 2 && uppers == letters;
      // The full stop of "Mr." or "Gen." neither ends the word nor the sentence.
      if (!token.possessive && p < text.size() && text[p] == '.' && is_abbreviation(token.key)) ++p;
    }
    const Gap gap = read_gap(text, previous_end, token.begin);
    token.joined = !tokens.empty() && gap.joined;
    token.comma_before = !tokens.empty() && gap.comma;
    token.sentence_start = tokens.empty() || gap.sentence_break;
    newlines_before.push_back(tokens.empty() ? 2 : gap.newlines);
    tokens.push_back(std::move(token));
    previous_end = p;
    pos = p;
  }

  // Headline-like lines: standing alone (blank lines around) and in title case.
  const int trailing_newlines = read_gap(text, previous_end, text.size()).newlines;
  std::size_t line_begin = 0;
  for (std::size_t i = 1; i <= tokens.size(); ++i) {
    if (i < tokens.size() && newlines_before[i] == 0) continue;
    const bool blank_before = newlines_before[line_begin] >= 2;
    const bool blank_after = i == tokens.size()
                                 ? (trailing_newlines >= 2 || previous_end >= text.size() ||
                                    text.find_first_not_of(" \t\r\n", previous_end) == std::string_view::npos)
                                 : newlines_before[i] >= 2;
    if (blank_before && blank_after && is_title_case(tokens, line_begin, i, is_minor_word)) {
      for (std::size_t k = line_begin; k < i; ++k) tokens[k].headline = true;
    }
    line_begin = i;
  }
  return tokens;
}

bool is_upper_case_text(std::string_view text) {
  std::size_t letters = 0;
  std::size_t uppers = 0;
  for (std::size_t p = 0; p < text.size();) {
    std::size_t next = 0;
    const UChar32 c = decode(text, p, next);
    p = next;
    if (!u_isalpha(c)) continue;
    ++letters;
    if (u_isupper(c)) ++uppers;
  }
  return letters >= 20 && uppers * 10 >= letters * 9;
}

bool is_title_case(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                   const WordTest& is_minor_word) {
  std::size_t content = 0;
  std::size_t capitalised = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const Token& token = tokens[i];
    if (token.has_digit || is_minor_word(token.key)) continue;
    ++content;
    if (token.capitalised || token.upper) ++capitalised;
  }
  return content >= 2 && capitalised * 4 >= content * 3;
}

}  // namespace tidings::person_detail
