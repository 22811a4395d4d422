// TextFolder: the Unicode folding that makes "erdogan" find "Erdoğan".
#ifndef TIDINGS_COMMON_TEXT_FOLDER_H_
#define TIDINGS_COMMON_TEXT_FOLDER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <unicode/utypes.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace tidings {

// Folds text before Xapian tokenises it, identically for articles and
// queries: compatibility forms are decomposed (ﬁ → fi, ½ → 1/2), accents
// removed (Erdoğan → Erdogan, Zürich → Zurich), Latin letters without a
// decomposition spelled in ASCII (ß → ss, Ø → O, Ł → L) and typographic
// punctuation made plain (’ → ', “ ” → ", — → -), so a curly apostrophe
// never splits "Qatar’s" and curly quotes still delimit a phrase.
// Non-Latin scripts keep their letters, minus accents.
//
// The work is ICU's transliterator "NFKD; [:Nonspacing Mark:] Remove;
// Latin-ASCII; NFC". Run over whole texts it manages well under a megabyte
// a second, so it is applied one code point at a time and memoised: ASCII
// passes through untouched and each other code point is transliterated once
// per TextFolder. (Only the rare sequences that Latin-ASCII treats in
// context differ from a whole-text run, and the same rule is applied to
// articles and queries alike.)
//
// Not thread-safe (the memo is mutable): one TextFolder per thread.
class TextFolder {
 public:
  // Throws Error(kInternal) if ICU's data lacks the transliterator.
  TextFolder();
  ~TextFolder();
  TextFolder(const TextFolder&) = delete;
  TextFolder& operator=(const TextFolder&) = delete;

  // Folds accents, compatibility forms and punctuation; keeps letter case,
  // so query operators such as AND stay recognisable.
  std::string fold(std::string_view utf8);

  // fold() followed by Xapian's lower-casing: the form of an indexed term.
  std::string fold_lower(std::string_view utf8);

 private:
  const std::string& fold_code_point(UChar32 code_point);

  std::unique_ptr<icu::Transliterator> transliterator_;
  std::unordered_map<UChar32, std::string> memo_;
};

}  // namespace tidings

#endif  // TIDINGS_COMMON_TEXT_FOLDER_H_
