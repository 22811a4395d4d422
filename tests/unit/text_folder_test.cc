// Unit tests for TextFolder (common/text_folder.h).
#include "common/text_folder.h"

#include <string>

#include <gtest/gtest.h>

namespace tidings {
namespace {

struct FoldCase {
  const char* input;
  const char* fold;        // expected fold()
  const char* fold_lower;  // expected fold_lower()
};

const FoldCase kFoldCases[] = {
    // ASCII passes through unchanged (fold keeps case).
    {"", "", ""},
    {"Hello, World! AND OR NOT 123 (x) \"q\" 'a' -b +c", "Hello, World! AND OR NOT 123 (x) \"q\" 'a' -b +c",
     "hello, world! and or not 123 (x) \"q\" 'a' -b +c"},
    {"title:Russia\tline\nbreak", "title:Russia\tline\nbreak", "title:russia\tline\nbreak"},
    // Accents removed, case kept.
    {"Erdoğan", "Erdogan", "erdogan"},
    {"Zürich", "Zurich", "zurich"},
    {"café", "cafe", "cafe"},
    {"ÉCOLE Française", "ECOLE Francaise", "ecole francaise"},
    {"São Paulo", "Sao Paulo", "sao paulo"},
    {"Łódź", "Lodz", "lodz"},
    // Combining marks (decomposed input) go too.
    {"nai\xCC\x88ve", "naive", "naive"},
    {"Erdog\xCC\x86"
     "an",
     "Erdogan", "erdogan"},
    // Latin letters without a decomposition are spelled in ASCII.
    {"Straße", "Strasse", "strasse"},
    {"Øresund", "Oresund", "oresund"},
    {"Ørsted Æsir", "Orsted AEsir", "orsted aesir"},
    // Compatibility forms.
    {"ﬁnance", "finance", "finance"},
    {"ﬂow", "flow", "flow"},
    {"½", "1/2", "1/2"},
    // Typographic punctuation made plain.
    {"Qatar’s", "Qatar's", "qatar's"},
    {"‘quoted’", "'quoted'", "'quoted'"},
    {"“Rex Tillerson”", "\"Rex Tillerson\"", "\"rex tillerson\""},
    {"war—peace", "war-peace", "war-peace"},
    {"2016–2017", "2016-2017", "2016-2017"},
    // Non-Latin scripts keep their letters, minus accents.
    {"Москва", "Москва", "москва"},
    {"ПУТИН", "ПУТИН", "путин"},
    {"Αθήνα", "Αθηνα", "αθηνα"},
    // Mixed text: only the non-ASCII parts change.
    {"Erdoğan’s visit to Zürich — “historic”", "Erdogan's visit to Zurich - \"historic\"",
     "erdogan's visit to zurich - \"historic\""},
};

TEST(TextFolder, Fold) {
  TextFolder folder;
  for (const FoldCase& c : kFoldCases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(folder.fold(c.input), c.fold);
  }
}

TEST(TextFolder, FoldLower) {
  TextFolder folder;
  for (const FoldCase& c : kFoldCases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(folder.fold_lower(c.input), c.fold_lower);
  }
}

TEST(TextFolder, FoldIsStableAndIdempotent) {
  // The memo must not change answers: folding twice, in any order, agrees,
  // and folded text folds to itself.
  TextFolder folder;
  TextFolder fresh;
  for (auto it = std::rbegin(kFoldCases); it != std::rend(kFoldCases); ++it) folder.fold(it->input);
  for (const FoldCase& c : kFoldCases) {
    SCOPED_TRACE(c.input);
    const std::string once = folder.fold(c.input);
    EXPECT_EQ(once, fresh.fold(c.input));
    EXPECT_EQ(folder.fold(once), once);
  }
}

TEST(TextFolder, InvalidUtf8DoesNotCrash) {
  TextFolder folder;
  const std::string folded = folder.fold("caf\xC3 \xFF ok");
  EXPECT_TRUE(folded.starts_with("caf"));
  EXPECT_TRUE(folded.ends_with(" ok"));
}

}  // namespace
}  // namespace tidings
