// WordScanner: finds the words of a text the way Xapian's TermGenerator does.
#ifndef TIDINGS_COMMON_WORD_SCANNER_H_
#define TIDINGS_COMMON_WORD_SCANNER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tidings {

// One word of a text, located by byte offsets so that the original text
// (with its accents and curly quotes) can be highlighted.
struct Word {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // byte offset just past the last character
  std::string term;       // lower-cased, as Xapian would index the word
};

// Splits UTF-8 text into words with the same rules as Xapian 1.4's
// TermGenerator and QueryParser, so that a word found here is the word that
// was indexed: runs of letters, marks, digits and connector punctuation;
// apostrophes (' ’ ‛), '&' and a few middle dots joining two word characters
// ("Qatar’s", "AT&T"); ',' '.' ';' joining digits ("1,000.5"); initials
// joined by dots ("U.S." → "us"); and up to three trailing '+' or '#' ("C++").
//
// Snippet highlighting depends on this agreeing with the index, which is
// why it is written to Xapian's rules rather than ICU's word boundaries.
class WordScanner {
 public:
  explicit WordScanner(std::string_view text) : text_(text) {}

  // Finds the next word at or after the current position; false at the end.
  bool next(Word& word);

  // Byte offset where the next search starts.
  std::size_t position() const { return pos_; }

 private:
  bool scan_initials(Word& word);

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace tidings

#endif  // TIDINGS_COMMON_WORD_SCANNER_H_
