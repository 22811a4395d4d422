// Tokens for PersonRecognizer: words with the case and punctuation facts
// that name recognition needs, which Xapian-style word scanning discards.
#ifndef TIDINGS_COMMON_PERSON_TOKENS_H_
#define TIDINGS_COMMON_PERSON_TOKENS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tidings::person_detail {

struct Token {
  std::size_t begin = 0;  // byte offsets of the word, without a possessive "'s"
  std::size_t end = 0;
  std::string key;           // lower case, possessive removed ("tillerson")
  bool capitalised = false;  // "Tillerson", "al-Assad", "R.C."
  bool upper = false;        // every letter upper case, two or more letters ("NATO")
  bool initials = false;     // "R.C.", "J."
  bool possessive = false;   // "Tillerson’s": a name ends here
  bool has_digit = false;
  bool hyphen_lower = false;  // a hyphen then a lower-case part ("Saudi-led", "Jong-un")
  bool joined = false;        // only spaces (and at most one line break) since the previous token
  bool comma_before = false;  // only a comma and spaces since the previous token
  bool sentence_start = false;
  bool headline = false;  // on a line written in title case or capitals: link only
};

using WordTest = std::function<bool(std::string_view)>;

// Splits UTF-8 text into words: letters and digits, joined by an apostrophe
// or hyphen between letters ("Qatar’s", "al-Assad"), and dotted initials
// ("R.C.", "U.S."). Marks sentence starts and headline-like lines (a line
// standing alone whose words are mostly capitalised).
// `is_abbreviation` tells words ("mr", "gen") whose full stop belongs to
// them; `is_minor_word` tells function words, ignored when judging case.
std::vector<Token> tokenize(std::string_view text, const WordTest& is_abbreviation,
                            const WordTest& is_minor_word);

// Whether most letters of `text` are upper case (a text set in capitals).
bool is_upper_case_text(std::string_view text);

// Whether `tokens` read as a title-case headline ("Rex Tillerson Visits Russia").
bool is_title_case(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                   const WordTest& is_minor_word);

}  // namespace tidings::person_detail

#endif  // TIDINGS_COMMON_PERSON_TOKENS_H_
