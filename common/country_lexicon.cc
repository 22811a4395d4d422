#include "common/country_lexicon.h"

#include <algorithm>
#include <array>

#include <unicode/locid.h>
#include <unicode/putil.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <xapian.h>

#include "common/utf8.h"
#include "common/word_scanner.h"

namespace tidings {

namespace ct = country_tables;

namespace {

// Particles that stay lower case inside names ("Isle of Man", "Bosnia and
// Herzegovina", "Trinidad and Tobago"), so the text need not capitalise them.
bool is_particle(std::string_view term) {
  static constexpr std::array<std::string_view, 20> kParticles = {
      "the", "of", "and", "de", "da", "do", "du", "des", "del", "la",
      "le",  "au", "al",  "el", "y",  "et", "d",  "und", "dos", "das"};
  return std::find(kParticles.begin(), kParticles.end(), term) != kParticles.end();
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// An all-capitals short form such as "UK" or "US" is only a country in
// capitals; "us" is a pronoun.
bool is_acronym(std::string_view name) {
  if (name.size() > 6) return false;
  bool letter = false;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (c != '.') {
      return false;
    }
  }
  return letter;
}

// CLDR writes "Côte d’Ivoire"; queries and highlighting want the plain apostrophe.
std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  replace_all(out, "\u2019", "'");
  return out;
}

// CLDR writes "St. Kitts & Nevis", "Congo - Kinshasa", "Myanmar (Burma)" and
// "Hong Kong SAR China"; news writes "St Kitts and Nevis", "Congo-Kinshasa",
// "Myanmar" and "Hong Kong".
std::vector<std::string> cldr_variants(std::string name) {
  if (auto open = name.find(" ("); open != std::string::npos) name.erase(open);
  replace_all(name, " SAR China", "");
  replace_all(name, " - ", "-");
  replace_all(name, " & ", " and ");
  std::vector<std::string> variants{name};
  if (name.starts_with("St. ")) variants.push_back("Saint " + name.substr(4));
  return variants;
}

}  // namespace

std::string CountryLexicon::key_of(std::string_view text, TextFolder& folder, std::uint32_t* capitalised) {
  const std::string folded = folder.fold(text);
  WordScanner scanner(folded);
  Word word;
  std::string key;
  std::uint32_t mask = 0;
  unsigned index = 0;
  while (scanner.next(word)) {
    std::string term = std::move(word.term);
    if (term.size() > 2 && term.ends_with("'s")) term.resize(term.size() - 2);
    if (!key.empty()) key += ' ';
    key += term;
    if (index < 32 && !is_particle(term) && starts_upper(folded, word.begin)) mask |= 1U << index;
    ++index;
  }
  if (capitalised != nullptr) *capitalised = mask;
  return key;
}

CountryLexicon::CountryLexicon() {
  // Curated tables first: a key keeps its first meaning, so they override
  // what iso-codes and CLDR say ("Congo" is the DRC in news).
  for (auto table : {ct::aliases(), ct::demonyms(), ct::places(), ct::regions()}) {
    for (const ct::Phrase& phrase : table) add(phrase.text, phrase.code, phrase.kind, phrase.flags, true);
  }
  // Plurals of demonyms ("Qataris", "Americans"), unless the word has none.
  for (const ct::Phrase& phrase : ct::demonyms()) {
    std::string_view text = phrase.text;
    if (text.ends_with("s") || text.ends_with("sh") || text.ends_with("ch") || text.ends_with("ese") ||
        text.ends_with("x") || text.ends_with("z") || text.ends_with("men")) {
      continue;
    }
    std::string plural = text.ends_with("man") ? std::string(text.substr(0, text.size() - 3)) + "men"
                                               : std::string(text) + "s";
    add(plural, phrase.code, phrase.kind, phrase.flags, true);
  }
  for (const char* word : ct::name_neighbours()) neighbours_.insert(word);
  load_iso();
  load_icu();
  for (const ct::ShortName& name : ct::short_names()) short_names_[name.code] = name.name;
}

void CountryLexicon::add(std::string_view text, std::string_view code, ct::Kind kind, std::uint16_t flags,
                         bool curated) {
  std::uint32_t capitalised = 0;
  std::string key = key_of(text, folder_, &capitalised);
  if (key.empty()) return;
  LexiconNode& node = nodes_[key];
  if (node.entry >= 0) {
    LexiconEntry& existing = entries_[static_cast<std::size_t>(node.entry)];
    if (existing.code == code) {
      // "Palestinian territories" and "Palestinian Territories": either will do.
      existing.capitalised &= capitalised;
    } else if (!curated && !existing.curated) {
      // Two generated names for different countries ("Virgin Islands" from
      // both "Virgin Islands, British" and "Virgin Islands, U.S."): a place,
      // but no country.
      existing.code.clear();
      existing.kind = ct::Kind::kRegion;
    }
    return;
  }
  if ((capitalised & 1U) == 0 && kind != ct::Kind::kAcronym) {
    std::string first = key.substr(0, key.find(' '));
    if (!may_start_lower_case(first)) lower_case_starts_.push_back(std::move(first));
  }
  node.entry = static_cast<std::int32_t>(entries_.size());
  entries_.push_back({std::string(code), kind, flags, capitalised, curated});
  std::size_t words = 1;
  for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
    nodes_[key.substr(0, space)].prefix = true;
    ++words;
  }
  max_words_ = std::max(max_words_, words);
}

void CountryLexicon::add_generated_name(std::string name, const std::string& code) {
  if (auto open = name.find(" ("); open != std::string::npos) name.erase(open);
  if (name.starts_with("The ")) name.erase(0, 4);
  const ct::Kind kind = is_acronym(name) ? ct::Kind::kAcronym : ct::Kind::kName;
  // iso-codes inverts some names: "Korea, Republic of", "Virgin Islands, British".
  if (auto comma = name.find(", "); comma != std::string::npos) {
    std::string head = name.substr(0, comma);
    std::string tail = name.substr(comma + 2);
    if (tail.starts_with("The ")) tail[0] = 't';
    add(tail + " " + head, code, kind, 0, false);
    add(head, code, kind, 0, false);
    add(name, code, kind, 0, false);  // for resolve(); text never joins across the comma
    return;
  }
  add(name, code, kind, 0, false);
}

void CountryLexicon::load_iso() {
  for (std::size_t i = 0; i < ct::kIsoCountryCount; ++i) {
    const ct::IsoCountry& country = ct::kIsoCountries[i];
    const std::string code = country.alpha2;
    std::string lower2 = code;
    std::string lower3 = country.alpha3;
    for (char& c : lower2) c = static_cast<char>(c - 'A' + 'a');
    for (char& c : lower3) c = static_cast<char>(c - 'A' + 'a');
    alpha_codes_[lower2] = code;
    alpha_codes_[lower3] = code;
    short_names_[code] = *country.common_name != '\0' ? country.common_name : country.name;
    for (const char* name : {country.name, country.official_name, country.common_name}) {
      if (*name != '\0') add_generated_name(name, code);
    }
  }
  for (const ct::Successor& successor : ct::successors()) {
    for (std::size_t i = 0; i < ct::kIsoFormerCountryCount; ++i) {
      const ct::IsoFormerCountry& former = ct::kIsoFormerCountries[i];
      if (std::string_view(former.alpha4) != successor.alpha4) continue;
      // "USSR, Union of Soviet Socialist Republics": both halves are names;
      // "Zaire, Republic of": only the first is.
      std::string name = former.name;
      auto comma = name.find(", ");
      std::string tail = comma == std::string::npos ? "" : name.substr(comma + 2);
      add_generated_name(name.substr(0, comma), successor.code);
      if (!tail.empty() && !tail.ends_with(" of") && tail.find('(') == std::string::npos) {
        add_generated_name(tail, successor.code);
      }
    }
  }
}

void CountryLexicon::load_icu() {
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    if (!alpha_codes_.contains(std::string(1, static_cast<char>(**code - 'A' + 'a')) +
                               static_cast<char>((*code)[1] - 'A' + 'a'))) {
      continue;  // CLDR's extras (Ceuta & Melilla) have no ISO code
    }
    icu::UnicodeString display;
    icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), display);
    const std::string name = to_utf8(display);
    if (name == *code) continue;
    short_names_[*code] = cldr_variants(name).front();
    for (const std::string& variant : cldr_variants(name)) add_generated_name(variant, *code);
  }
  // The region bundle's short forms ("UK", "US") and variants ("Ivory Coast",
  // "Czech Republic", "Türkiye").
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", "en", &status);
  for (const char* table_name : {"Countries%short", "Countries%variant"}) {
    if (U_FAILURE(status)) break;
    UErrorCode table_status = U_ZERO_ERROR;
    UResourceBundle* table = ures_getByKey(bundle, table_name, nullptr, &table_status);
    while (U_SUCCESS(table_status) && ures_hasNext(table)) {
      int32_t length = 0;
      const char* key = nullptr;
      const UChar* value = ures_getNextString(table, &length, &key, &table_status);
      if (U_FAILURE(table_status) || key == nullptr || std::string_view(key).size() != 2) continue;
      std::string lower{static_cast<char>(key[0] - 'A' + 'a'), static_cast<char>(key[1] - 'A' + 'a')};
      if (!alpha_codes_.contains(lower)) continue;  // "UN"
      for (const std::string& variant : cldr_variants(to_utf8(icu::UnicodeString(value, length)))) {
        add_generated_name(variant, key);
      }
    }
    ures_close(table);
  }
  ures_close(bundle);
}

std::optional<std::string> CountryLexicon::code_for_alpha(std::string_view lower) const {
  auto found = alpha_codes_.find(std::string(lower));
  if (found == alpha_codes_.end()) return std::nullopt;
  return found->second;
}

std::string CountryLexicon::short_name(std::string_view code) const {
  auto found = short_names_.find(std::string(code));
  return found == short_names_.end() ? std::string() : found->second;
}

}  // namespace tidings
