#include <tidings/tagger.h>

#include <algorithm>
#include <cstdio>

#include "common/country_gazetteer.h"
#include "common/date_mentions.h"
#include "common/person_recognizer.h"

namespace tidings {

std::string DateMention::iso() const {
  char buffer[16];
  switch (precision) {
    case Precision::kYear: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buffer, sizeof buffer, "%04d-%02u", year, month); break;
    case Precision::kDay: std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day); break;
  }
  return buffer;
}

struct Tagger::Impl {
  CountryGazetteer countries;
  PersonRecognizer persons{countries};
};

Tagger::Tagger() : impl_(std::make_unique<Impl>()) {}
Tagger::~Tagger() = default;

namespace {

void add_unique(std::vector<std::string>& list, std::string value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(std::move(value));
}

}  // namespace

Tags Tagger::given(const Article& article) {
  Tags tags;
  for (const auto& person : article.persons) add_unique(tags.persons, person);
  for (const auto& country : article.countries) {
    // A given tag that names a known country is stored as its code, so that
    // country: filters find it; anything else is kept as given.
    add_unique(tags.countries, impl_->countries.resolve(country).value_or(country));
  }
  return tags;
}

Tags Tagger::tag(const Article& article) {
  Tags tags = given(article);
  for (const auto& mention : impl_->persons.find(article.title, article.body))
    add_unique(tags.persons, mention.name);
  // One pass over headline and body together: the gazetteer's whole-article
  // rules (Georgia the state, Jersey, places that are also first names)
  // must see the body when they judge a word in the headline.
  const std::string text = article.title.empty() ? article.body : article.title + "\n\n" + article.body;
  for (const auto& mention : impl_->countries.find(text)) add_unique(tags.countries, mention.code);

  tags.mentioned_dates = find_date_mentions(article.body, article.date);
  return tags;
}

}  // namespace tidings
