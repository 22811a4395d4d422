// tidings/tagger.h — the persons, countries and dates an article mentions.
#ifndef TIDINGS_TAGGER_H_
#define TIDINGS_TAGGER_H_

#include <memory>
#include <string>
#include <vector>

#include <tidings/article.h>

namespace tidings {

// A calendar date named in an article's text, resolved against the
// publication date ("June 5" in an article of 2017-07-10 → 2017-06-05),
// kept at the precision the text gives.
struct DateMention {
  enum class Precision { kYear, kMonth, kDay };

  int year = 0;
  unsigned month = 0;  // 1-12; 0 when precision is kYear
  unsigned day = 0;    // 1-31; 0 unless precision is kDay
  Precision precision = Precision::kYear;
  std::string text;  // the words as written ("June 5", "early June", "the 2016 coup" → "2016")

  // "2017", "2017-06" or "2017-06-05", by precision.
  std::string iso() const;

  friend bool operator==(const DateMention&, const DateMention&) = default;
};

struct Tags {
  // Every person named, once, in the fullest form the article gives, in
  // order of first mention; titles and honorifics removed.
  std::vector<std::string> persons;
  // ISO 3166-1 alpha-2 codes (upper case), in order of first mention.
  std::vector<std::string> countries;
  // Each distinct date mentioned (by iso()), in order of first mention.
  std::vector<DateMention> mentioned_dates;
};

// Finds persons, countries and mentioned dates in English news text, and
// merges them with the tags the article already carries (which are kept).
//
// Building a Tagger loads its gazetteers and name lists (tens of
// milliseconds): make one and reuse it. A Tagger is not thread-safe; use
// one per thread.
class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Tags `article` (its title, body and publication date). Given persons
  // and countries come first, as given (countries normalised to codes when
  // they name a known country), then what was found.
  Tags tag(const Article& article);

  // Only the tags the article carries, normalised as tag() normalises them,
  // without looking at its text.
  Tags given(const Article& article);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings

#endif  // TIDINGS_TAGGER_H_
