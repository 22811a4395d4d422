// Unit tests for WordScanner (common/word_scanner.h), including its agreement
// with Xapian's TermGenerator.
#include "common/word_scanner.h"

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

namespace tidings {
namespace {

struct ExpectedWord {
  std::string term;
  std::size_t begin;
  std::size_t end;

  friend bool operator==(const ExpectedWord&, const ExpectedWord&) = default;
  friend std::ostream& operator<<(std::ostream& out, const ExpectedWord& w) {
    return out << "(" << w.term << ", " << w.begin << ", " << w.end << ")";
  }
};

std::vector<ExpectedWord> scan(std::string_view text) {
  std::vector<ExpectedWord> words;
  WordScanner scanner(text);
  Word word;
  while (scanner.next(word)) {
    words.push_back({word.term, word.begin, word.end});
    if (words.size() > text.size()) break;  // guard against a scanner that never ends
  }
  return words;
}

struct ScanCase {
  std::string text;
  std::vector<ExpectedWord> words;
};

TEST(WordScanner, Words) {
  const ScanCase cases[] = {
      {"", {}},
      {"   \n\t ", {}},
      {"... !!! --", {}},
      {"Hello world", {{"hello", 0, 5}, {"world", 6, 11}}},
      {"  leading and trailing  ", {{"leading", 2, 9}, {"and", 10, 13}, {"trailing", 14, 22}}},
      {"MOSCOW, Tuesday.", {{"moscow", 0, 6}, {"tuesday", 8, 15}}},
      // Apostrophes join letters; the curly one is kept as a straight one.
      {"Qatar’s crisis", {{"qatar's", 0, 9}, {"crisis", 10, 16}}},
      {"Qatar's crisis", {{"qatar's", 0, 7}, {"crisis", 8, 14}}},
      {"don't", {{"don't", 0, 5}}},
      {"'quoted'", {{"quoted", 1, 7}}},
      // A hyphen separates.
      {"Saudi-led bloc", {{"saudi", 0, 5}, {"led", 6, 9}, {"bloc", 10, 14}}},
      // Initials.
      {"the U.S. said", {{"the", 0, 3}, {"us", 4, 7}, {"said", 9, 13}}},
      {"U.S.A.", {{"usa", 0, 5}}},
      {"R.C. Hammond", {{"rc", 0, 3}, {"hammond", 5, 12}}},
      {"A. Smith", {{"a", 0, 1}, {"smith", 3, 8}}},
      // '&' between letters.
      {"AT&T profits", {{"at&t", 0, 4}, {"profits", 5, 12}}},
      {"salt & pepper", {{"salt", 0, 4}, {"pepper", 7, 13}}},
      // ',' and '.' between digits.
      {"1,000.5 dollars", {{"1,000.5", 0, 7}, {"dollars", 8, 15}}},
      {"in 2017.", {{"in", 0, 2}, {"2017", 3, 7}}},
      {"a,b", {{"a", 0, 1}, {"b", 2, 3}}},
      // Trailing '+' and '#'.
      {"C++ and C#", {{"c++", 0, 3}, {"and", 4, 7}, {"c#", 8, 10}}},
      {"fish+chips", {{"fish", 0, 4}, {"chips", 5, 10}}},
      // Byte offsets into the original, accents kept, lower-cased.
      {"Erdoğan met", {{"erdoğan", 0, 8}, {"met", 9, 12}}},
      {"in Zürich", {{"in", 0, 2}, {"zürich", 3, 10}}},
      {"ÉCOLE", {{"école", 0, 6}}},
      {"Москва и Путин", {{"москва", 0, 12}, {"и", 13, 15}, {"путин", 16, 26}}},
      {"“Erdoğan’s” visit", {{"erdoğan's", 3, 15}, {"visit", 19, 24}}},
      {"snake_case x", {{"snake_case", 0, 10}, {"x", 11, 12}}},
  };
  for (const ScanCase& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<ExpectedWord> words = scan(c.text);
    EXPECT_EQ(words, c.words);
    for (const ExpectedWord& w : words) {
      ASSERT_LE(w.begin, w.end);
      ASSERT_LE(w.end, c.text.size());
    }
  }
}

TEST(WordScanner, PositionAdvances) {
  const std::string text = "one two three";
  WordScanner scanner(text);
  Word word;
  EXPECT_EQ(scanner.position(), 0u);
  ASSERT_TRUE(scanner.next(word));
  EXPECT_GE(scanner.position(), word.end);
  ASSERT_TRUE(scanner.next(word));
  EXPECT_EQ(word.term, "two");
  ASSERT_TRUE(scanner.next(word));
  EXPECT_EQ(word.term, "three");
  EXPECT_FALSE(scanner.next(word));
  EXPECT_FALSE(scanner.next(word));  // stays at the end
}

// The terms Xapian's TermGenerator (no stemmer) indexes for `text`.
std::set<std::string> xapian_terms(const std::string& text) {
  Xapian::Document doc;
  Xapian::TermGenerator generator;
  generator.set_document(doc);
  generator.index_text(text);
  std::set<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.insert(*it);
  return terms;
}

TEST(WordScanner, AgreesWithXapianTermGenerator) {
  // Highlighting finds words with WordScanner; the index found them with
  // TermGenerator. Every word the scanner finds must be a term of the index
  // (else it could never be highlighted), and every indexed term must be a
  // word the scanner finds (else a match would go unhighlighted).
  const std::string sentences[] = {
      "US Secretary of State Rex Tillerson is embarking on his first shuttle diplomacy mission.",
      "Many experts see the blockade as an attempt by Saudi Arabia to rein in Qatar’s increasingly "
      "independent foreign policy.",
      "\"We've had one round of exchanges,\" said senior Tillerson adviser R.C. Hammond.",
      "The U.S. and the U.K. met at 10.30 on 11/07/2017; 1,000.5 barrels, 3.14 and 2,5.",
      "AT&T, C++, C#, F# and fish+chips; x+++ y### e-mail co-operation.",
      "Erdoğan’s visit to Zürich — “historic”, said Émile Zola’s heir.",
      "Президент Путин встретился с Эрдоганом в Москве.",
      "Straße ﬁnance naïve café Øresund Łódź São Paulo.",
      "snake_case under_score A.B.C. P.T.O U.Sa x.y.z I.",
      "rock'n'roll O'Neill Qatar‘s ‛quoted‛ 'single' don't.",
      "Tabs\tand\nnew lines\r\nand  double  spaces.",
  };
  for (const std::string& text : sentences) {
    SCOPED_TRACE(text);
    const std::set<std::string> indexed = xapian_terms(text);
    std::set<std::string> scanned;
    for (const ExpectedWord& w : scan(text)) {
      EXPECT_TRUE(indexed.contains(w.term))
          << "scanner term '" << w.term << "' (bytes " << w.begin << "-" << w.end << ") is not indexed";
      scanned.insert(w.term);
    }
    for (const std::string& term : indexed) {
      EXPECT_TRUE(scanned.contains(term)) << "indexed term '" << term << "' is not found by the scanner";
    }
  }
}

}  // namespace
}  // namespace tidings
