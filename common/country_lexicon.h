// CountryLexicon: every phrase CountryGazetteer knows, keyed as find() sees text.
#ifndef TIDINGS_COMMON_COUNTRY_LEXICON_H_
#define TIDINGS_COMMON_COUNTRY_LEXICON_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/country_tables.h"
#include "common/text_folder.h"

namespace tidings {

struct LexiconEntry {
  std::string code;  // "" for regions and non-places
  country_tables::Kind kind = country_tables::Kind::kName;
  std::uint16_t flags = 0;
  // Bit i: word i must be capitalised in the text (it is in the source
  // name and is no particle such as "of" or "and").
  std::uint32_t capitalised = 0;
  bool curated = false;
};

// A key's meaning, and whether longer keys start with it: the scan extends
// a phrase only while it is a prefix, so most words cost one lookup.
struct LexiconNode {
  std::int32_t entry = -1;
  bool prefix = false;
};

// Loaded once: iso-codes (generated at build time), ICU/CLDR English names
// and the curated tables. Immutable afterwards.
class CountryLexicon {
 public:
  CountryLexicon();

  // Folded, lower-cased words joined by single spaces, with possessive "'s"
  // removed: "Côte d’Ivoire's" → "cote d'ivoire". The form text is matched in.
  static std::string key_of(std::string_view text, TextFolder& folder, std::uint32_t* capitalised = nullptr);

  const LexiconNode* node(const std::string& key) const {
    auto found = nodes_.find(key);
    return found == nodes_.end() ? nullptr : &found->second;
  }
  const LexiconEntry& entry(std::int32_t index) const { return entries_[static_cast<std::size_t>(index)]; }
  std::size_t max_words() const { return max_words_; }

  // Whether a phrase may start with this word written in lower case ("the
  // States"); most words of news are lower case and need no lookup at all.
  bool may_start_lower_case(std::string_view term) const {
    return std::find(lower_case_starts_.begin(), lower_case_starts_.end(), term) != lower_case_starts_.end();
  }

  // The alpha-2 code for a lower-case alpha-2 or alpha-3 code.
  std::optional<std::string> code_for_alpha(std::string_view lower) const;
  bool is_name_neighbour(std::string_view term) const { return neighbours_.contains(std::string(term)); }
  std::string short_name(std::string_view code) const;

 private:
  void add(std::string_view text, std::string_view code, country_tables::Kind kind, std::uint16_t flags,
           bool curated);
  void add_generated_name(std::string name, const std::string& code);
  void load_iso();
  void load_icu();

  TextFolder folder_;
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, LexiconNode> nodes_;
  std::unordered_map<std::string, std::string> alpha_codes_;  // "qa", "qat" → "QA"
  std::unordered_map<std::string, std::string> short_names_;  // "QA" → "Qatar"
  std::unordered_set<std::string> neighbours_;
  std::vector<std::string> lower_case_starts_;
  std::size_t max_words_ = 1;
};

}  // namespace tidings

#endif  // TIDINGS_COMMON_COUNTRY_LEXICON_H_
