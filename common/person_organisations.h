// Company and institution cues for PersonRecognizer: the capitalised runs
// that look like a person's name but name a firm ("Harris Upham and Co",
// "E.F. Hutton", "Chase Manhattan Bank N.A."), a currency ("N.Z. Dlrs") or
// an institution ("White House", "Paris Bourse").
#ifndef TIDINGS_COMMON_PERSON_ORGANISATIONS_H_
#define TIDINGS_COMMON_PERSON_ORGANISATIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/person_tokens.h"

namespace tidings::person_detail {

// Firms named after people, and other name-like organisations, matched as
// phrases inside a run ("Dean Witter" in "Dean Witter Reynolds"). Entries as
// in person_name_tables.h: space-separated, '_' joining words.
extern const std::string_view kEponymousFirms;

class OrganisationCues {
 public:
  OrganisationCues();

  // Whether a run may not continue past token `i` ("Gordon Capital Corp." |
  // "Reuter", "Algemene Bank Nederland N.V." | "Said").
  bool ends_run(const Token& token) const { return has(closing_, token.key); }

  // Where the name part of the run [begin, end) stops if the run itself
  // holds a company word ("Chase Manhattan" of "Chase Manhattan Bank N.A."),
  // else `end`.
  std::size_t company_word(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const;

  // Whether the run [begin, end) is a company by what surrounds it:
  // "Harris Upham and Co", "Kidder, Peabody and Co", "shares of Eli Lilly",
  // "Lilly shares rose", "Lilly said its", "Lilly's subsidiary", "analysts
  // at Morgan Grenfell", "a James Capel analyst". `source` is the text the
  // tokens index. Also reports, for "Kidder, Peabody and Co", the end of the
  // partner run ("Peabody") in `partner_end` (else `end`).
  bool company_context(std::string_view source, const std::vector<Token>& tokens, std::size_t begin,
                       std::size_t end, std::size_t& partner_end) const;

  // Whether the run [begin, end) is a currency ("N.Z. Dlrs", "H.K. Cents").
  bool currency(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const;

 private:
  using WordSet = std::unordered_set<std::string>;
  static bool has(const WordSet& set, const std::string& key) { return set.count(key) != 0; }
  bool linked_suffix(std::string_view source, const std::vector<Token>& tokens, std::size_t i) const;

  WordSet closing_;          // "inc", "ltd", "n.v.": a run ends after them
  WordSet company_words_;    // a run holding one is a company ("Bank", "Securities")
  WordSet suffixes_;         // after "and" or "&": "Co", "Sons", "Partners"
  WordSet currencies_;       // always currencies: "Dlrs", "Stg", "Cents"
  WordSet currency_nouns_;   // currencies after initials only: "Marks", "Francs"
  WordSet holdings_;         // after a name: "shares", "stock"
  WordSet possessions_;      // after a possessive: "subsidiary", "unit"
  WordSet market_analysts_;  // "analyst" at or after a firm
  WordSet determiners_;      // "shares his": a verb, not the firm's shares
};

}  // namespace tidings::person_detail

#endif  // TIDINGS_COMMON_PERSON_ORGANISATIONS_H_
