// PersonRecognizer: the people an English news article names.
#ifndef TIDINGS_COMMON_PERSON_RECOGNIZER_H_
#define TIDINGS_COMMON_PERSON_RECOGNIZER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tidings {

class CountryGazetteer;

// One person found, with every place the text names them.
struct PersonMention {
  std::string name;  // fullest form in the article, without titles ("Rex Tillerson")
  struct Span {
    bool in_title = false;  // in the title rather than the body
    std::size_t begin = 0;  // byte offsets in the title or body
    std::size_t end = 0;
  };
  std::vector<Span> spans;  // "Rex Tillerson", and each later "Tillerson"
};

// Rules and name lists rather than a model: title and role triggers
// ("President", "Foreign Minister", "Sheikh"), given-name lists, capitalised
// runs with particles (al-, bin, van, de), rejection cues for organisations
// and places, and a whole-document pass that links a surname to the full
// name given elsewhere in the article.
//
// Immutable after construction; `places` must outlive it.
class PersonRecognizer {
 public:
  explicit PersonRecognizer(const CountryGazetteer& places);
  ~PersonRecognizer();
  PersonRecognizer(const PersonRecognizer&) = delete;
  PersonRecognizer& operator=(const PersonRecognizer&) = delete;

  // Each person once, in order of first mention (title first).
  std::vector<PersonMention> find(std::string_view title, std::string_view body) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings

#endif  // TIDINGS_COMMON_PERSON_RECOGNIZER_H_
