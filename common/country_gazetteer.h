// CountryGazetteer: every way English news names a country.
#ifndef TIDINGS_COMMON_COUNTRY_GAZETTEER_H_
#define TIDINGS_COMMON_COUNTRY_GAZETTEER_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tidings {

// One mention of a country in a text.
struct CountryMention {
  std::string code;       // ISO 3166-1 alpha-2, upper case ("QA")
  std::size_t begin = 0;  // byte offsets of the mention in the text
  std::size_t end = 0;
};

// Knows countries by ISO code, name (iso-codes' name, official and common
// names; ICU/CLDR English display names and variants), alias ("U.S.", "UK",
// "UAE"), historical name ("Soviet Union", "Burma"), demonym or adjective
// ("Qatari", "Saudi-led", "Turkish"), and place within ("Doha", "Jeddah",
// "Hamburg", "Texas"). Regions ("Middle East", "Europe") are not countries.
//
// Immutable after construction, so one instance may be shared by threads.
class CountryGazetteer {
 public:
  CountryGazetteer();
  ~CountryGazetteer();
  CountryGazetteer(const CountryGazetteer&) = delete;
  CountryGazetteer& operator=(const CountryGazetteer&) = delete;

  // The code of the country a user typed: a code ("qa", "GB"), a name, an
  // alias or a demonym, in any case and with or without accents. Cities and
  // regions are not accepted. nullopt if it is no known country.
  std::optional<std::string> resolve(std::string_view name) const;

  // Every mention of a country in `text`, in text order, with the context
  // rules that keep "May", "Turkey" the bird, "Georgia" the US state,
  // "Jordan" the person and "Chad" the name out.
  std::vector<CountryMention> find(std::string_view text) const;

  // Whether `words` (e.g. "Persian Gulf", "Saudi Arabia", "Doha") names a
  // place (country, city, region, sea...): lets the person recogniser
  // reject places.
  bool is_place(std::string_view words) const;

  // The English short name of a code ("QA" → "Qatar"); empty if unknown.
  std::string name(std::string_view code) const;

 private:
  std::optional<std::string> resolve_key(const std::string& key) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings

#endif  // TIDINGS_COMMON_COUNTRY_GAZETTEER_H_
