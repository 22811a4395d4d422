// Unit tests for build_snippet / code_point_spans (searcher/snippet_builder.h)
// and Highlighter (searcher/highlighter.h).
#include "searcher/snippet_builder.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/text_folder.h"
#include "searcher/highlighter.h"
#include "support/utf32.h"

namespace tidings {
namespace {

const std::string kEllipsis = "\u2026";

std::u32string decode(std::string_view s) {
  return test::to_u32(s);
}
std::string encode(std::u32string_view s) {
  return test::to_utf8(s);
}

std::size_t length_in_chars(std::string_view s) {
  return decode(s).size();
}

// The text of each span, sliced by code points.
std::vector<std::string> slices(std::string_view text, const std::vector<Span>& spans) {
  const std::u32string chars = decode(text);
  std::vector<std::string> out;
  for (const Span& span : spans) {
    if (span.begin > span.end || span.end > chars.size()) {
      out.push_back("<span out of range>");
      continue;
    }
    out.push_back(encode(std::u32string_view(chars).substr(span.begin, span.end - span.begin)));
  }
  return out;
}

std::vector<std::string> byte_slices(std::string_view text, const std::vector<TermMatch>& matches) {
  std::vector<std::string> out;
  for (const auto& m : matches) out.emplace_back(text.substr(m.begin, m.end - m.begin));
  return out;
}

// Runs of white space collapsed to one space, ends trimmed.
std::string collapse(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// `text` in quotes with line breaks shown as \n, for messages.
std::string visible(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) out += c == '\n' ? std::string("\\n") : std::string(1, c);
  return out + "\"";
}

struct Stripped {
  bool front = false;
  bool back = false;
  std::string text;
};

Stripped strip_ellipses(std::string text) {
  Stripped s;
  if (text.starts_with(kEllipsis)) {
    s.front = true;
    text.erase(0, kEllipsis.size());
  }
  if (text.ends_with(kEllipsis)) {
    s.back = true;
    text.erase(text.size() - kEllipsis.size());
  }
  s.text = std::move(text);
  return s;
}

std::vector<std::string> split_spaces(std::string_view text) {
  std::vector<std::string> tokens;
  std::istringstream in{std::string(text)};
  std::string token;
  while (in >> token) tokens.push_back(token);
  return tokens;
}

// The checks every snippet must pass, whatever the text and query.
void check_snippet_invariants(std::string_view text, const Snippet& snippet) {
  // Single line, white space collapsed.
  EXPECT_EQ(snippet.text.find('\n'), std::string::npos) << snippet.text;
  EXPECT_EQ(snippet.text.find('\t'), std::string::npos) << snippet.text;
  EXPECT_EQ(snippet.text.find("  "), std::string::npos) << snippet.text;

  // The passage is a stretch of the (collapsed) text, and "…" marks exactly
  // the ends where the text goes on.
  const std::string whole = collapse(text);
  const Stripped s = strip_ellipses(snippet.text);
  const std::string passage = collapse(s.text);
  EXPECT_EQ(passage, s.text) << "snippet has white space at its ends: '" << snippet.text << "'";
  EXPECT_NE(whole.find(passage), std::string::npos) << "'" << passage << "' is not in the text";
  EXPECT_EQ(s.front, !whole.starts_with(passage)) << snippet.text;
  EXPECT_EQ(s.back, !whole.ends_with(passage)) << snippet.text;

  // No word cut in half: every word of the passage is a whole word of the text.
  std::set<std::string> words;
  for (const auto& token : split_spaces(text)) words.insert(token);
  for (const auto& token : split_spaces(passage)) {
    EXPECT_TRUE(words.contains(token)) << "'" << token << "' is a cut word in '" << snippet.text << "'";
  }

  // Highlights: in range, in order, not overlapping, not empty.
  const std::size_t chars = length_in_chars(snippet.text);
  std::size_t previous_end = 0;
  for (const Span& span : snippet.highlights) {
    EXPECT_LT(span.begin, span.end);
    EXPECT_LE(span.end, chars);
    EXPECT_GE(span.begin, previous_end);
    previous_end = span.end;
  }
}

// --- Queries as the searcher builds them ------------------------------------

class SnippetTest : public ::testing::Test {
 protected:
  Xapian::Query parse(const std::string& query) {
    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem("english"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.add_prefix("title", "S");
    return parser.parse_query(folder_.fold(query), Xapian::QueryParser::FLAG_DEFAULT |
                                                       Xapian::QueryParser::FLAG_PHRASE |
                                                       Xapian::QueryParser::FLAG_LOVEHATE);
  }

  std::vector<TermMatch> find(const std::string& query, std::string_view text) {
    Highlighter highlighter(parse(query), folder_);
    return highlighter.find(text);
  }

  Snippet snippet(const std::string& query, std::string_view text, std::size_t target) {
    const Snippet s = build_snippet(text, find(query, text), target);
    check_snippet_invariants(text, s);
    return s;
  }

  TextFolder folder_;
};

// A long text of plain sentences, with `special` as sentence number `at`.
std::string make_text(std::size_t sentences, std::size_t at, const std::string& special) {
  static const char* const kWords[] = {"alpha", "bravo",  "charlie", "delta",  "echo",  "foxtrot", "golf",
                                       "hotel", "india",  "juliett", "kilo",   "lima",  "mike",    "november",
                                       "oscar", "quebec", "romeo",   "sierra", "tango", "uniform"};
  constexpr std::size_t kWordCount = std::size(kWords);
  std::string text;
  std::size_t w = 0;
  for (std::size_t i = 0; i < sentences; ++i) {
    if (!text.empty()) text += ' ';
    if (i == at) {
      text += special;
      continue;
    }
    std::string sentence;
    for (std::size_t k = 0; k < 7; ++k) {
      std::string word = kWords[w++ % kWordCount];
      if (k == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      sentence += (k == 0 ? "" : " ") + word;
    }
    text += sentence + ".";
  }
  return text;
}

TEST_F(SnippetTest, HighlighterMatchesWhatTheIndexWouldMatch) {
  struct Case {
    const char* query;
    const char* text;
    std::vector<std::string> highlighted;
  };
  const Case cases[] = {
      // Stemmed query words match every word with the same stem.
      {"visit",
       "He visited Moscow. The visit was short. Visits continue; visitors wait.",
       {"visited", "visit", "Visits"}},
      {"visits", "A visit, two visits, he visited.", {"visit", "visits", "visited"}},
      {"russia", "Russia and Russian and RUSSIA.", {"Russia", "RUSSIA"}},
      // Accents are folded as in the index.
      {"erdogan", "Erdoğan met Erdogan and Эрдоган.", {"Erdoğan", "Erdogan"}},
      {"Erdoğan", "Erdoğan met Erdogan.", {"Erdoğan", "Erdogan"}},
      {"zurich", "In Zürich, ZURICH and zurich.", {"Zürich", "ZURICH", "zurich"}},
      // The curly apostrophe belongs to the word.
      {"qatar", "Qatar’s crisis; Qatar's allies; Qatar.", {"Qatar’s", "Qatar's", "Qatar"}},
      // Initials.
      {"U.S.", "the U.S. said US officials", {"U.S", "US"}},
      // Phrases highlight their words.
      {"\"rex tillerson\"", "Rex Tillerson met Rex in Doha.", {"Rex", "Tillerson", "Rex"}},
      // title: words count in any text.
      {"title:russia", "Tillerson arrives in Russia.", {"Russia"}},
      {"title:visit", "The visit ended.", {"visit"}},
      // Several query words.
      {"tillerson doha",
       "Tillerson flew to Doha; tillerson's aide stayed.",
       {"Tillerson", "Doha", "tillerson's"}},
      // Nothing matches.
      {"moscow", "Tillerson flew to Doha.", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.query) + " in: " + c.text);
    const std::vector<TermMatch> matches = find(c.query, c.text);
    EXPECT_EQ(byte_slices(c.text, matches), c.highlighted);
    for (std::size_t i = 1; i < matches.size(); ++i) EXPECT_LE(matches[i - 1].end, matches[i].begin);
  }
}

TEST_F(SnippetTest, NegatedFieldTermsAreNotHighlighted) {
  // "visit NOT title:russia" matches an article whose body names Russia: the
  // body's "Russia" did not make it match and must not be highlighted.
  const std::vector<TermMatch> matches = find("visit NOT title:russia", "Tillerson will visit Russia.");
  const std::vector<std::string> words = byte_slices("Tillerson will visit Russia.", matches);
  EXPECT_EQ(words, std::vector<std::string>{"visit"});
}

TEST_F(SnippetTest, ShortTextIsShownWholeWithHighlights) {
  const std::string text = "He visited Moscow. The visit was short. Visits continue.";
  const Snippet s = snippet("visit", text, 200);
  EXPECT_EQ(s.text, text);
  EXPECT_EQ(slices(s.text, s.highlights), (std::vector<std::string>{"visited", "visit", "Visits"}));
  EXPECT_EQ(s.highlights, (std::vector<Span>{{3, 10}, {23, 28}, {40, 46}}));
}

TEST_F(SnippetTest, SpansAreCodePointOffsets) {
  struct Case {
    const char* query;
    std::string text;
    std::vector<std::string> highlighted;
  };
  const Case cases[] = {
      {"erdogan zurich",
       "Президент Эрдоган и Erdoğan’s visit to Zürich: Erdoğan.",
       {"Erdoğan’s", "Zürich", "Erdoğan"}},
      {"putin", "Путин — Putin — “Putin”", {"Putin", "Putin"}},
      {"москва", "Визит в Москва, МОСКВА и москва.", {"Москва", "МОСКВА", "москва"}},
      {"emoji", "\xF0\x9F\x98\x80 emoji \xF0\x9F\x98\x80 EMOJI", {"emoji", "EMOJI"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Snippet s = snippet(c.query, c.text, 200);
    EXPECT_EQ(s.text, c.text);
    EXPECT_EQ(slices(s.text, s.highlights), c.highlighted);

    // Short texts shown whole (titles) get the same spans.
    const std::vector<Span> spans = code_point_spans(c.text, find(c.query, c.text));
    EXPECT_EQ(slices(c.text, spans), c.highlighted);
    EXPECT_EQ(spans, s.highlights);
  }
}

TEST(CodePointSpans, CountsCharactersNotBytes) {
  const std::string text = "Zürich Zürich";  // ü is two bytes
  const std::vector<TermMatch> matches = {{0, 7, "zurich"}, {8, 15, "zurich"}};
  EXPECT_EQ(code_point_spans(text, matches), (std::vector<Span>{{0, 6}, {7, 13}}));
  EXPECT_TRUE(code_point_spans(text, {}).empty());
}

TEST_F(SnippetTest, LengthStaysNearTargetAndWordsStayWhole) {
  const std::string special = "Engineers inspected the pipeline today.";
  for (const std::size_t target : {40u, 80u, 120u, 200u, 300u}) {
    for (const std::size_t at : {0u, 1u, 20u, 38u, 39u}) {
      SCOPED_TRACE("target " + std::to_string(target) + ", match in sentence " + std::to_string(at));
      const std::string text = make_text(40, at, special);
      const Snippet s = snippet("pipeline", text, target);
      const std::size_t chars = length_in_chars(s.text);
      // At most the target, plus the two ellipses and a little slack for
      // completing a word; never much shorter.
      EXPECT_LE(chars, target + 2 + 8) << s.text;
      EXPECT_GE(chars, target / 2) << s.text;
      EXPECT_EQ(slices(s.text, s.highlights), std::vector<std::string>{"pipeline"}) << s.text;
      // (Whether "…" is where it belongs is checked by snippet().)
      const Stripped stripped = strip_ellipses(s.text);
      if (at == 20) {
        EXPECT_TRUE(stripped.front && stripped.back) << s.text;
      }
      // In the middle of the text, the passage starts at a sentence start
      // close before the match.
      if (target >= 80 && at == 20) {
        EXPECT_TRUE(stripped.text.front() >= 'A' && stripped.text.front() <= 'Z') << s.text;
        EXPECT_NE(stripped.text.find("Engineers inspected the pipeline"), std::string::npos) << s.text;
      }
    }
  }
}

TEST_F(SnippetTest, MultiByteTextIsMeasuredInCharacters) {
  // Cyrillic letters are two bytes each: a snippet measured in bytes would
  // come out about half as long as asked.
  std::string text;
  for (int i = 0; i < 30; ++i) text += "Президент встретился с министром в Москве. ";
  text += "Потом Erdoğan прилетел. ";
  for (int i = 0; i < 30; ++i) text += "Переговоры продолжатся завтра утром снова. ";
  for (const std::size_t target : {60u, 150u, 250u}) {
    SCOPED_TRACE(target);
    const Snippet s = snippet("erdogan", text, target);
    const std::size_t chars = length_in_chars(s.text);
    EXPECT_LE(chars, target + 2 + 8) << s.text;
    EXPECT_GE(chars, target * 2 / 3) << s.text;
    EXPECT_EQ(slices(s.text, s.highlights), std::vector<std::string>{"Erdoğan"}) << s.text;
    EXPECT_TRUE(s.text.starts_with(kEllipsis));
    EXPECT_TRUE(s.text.ends_with(kEllipsis));
  }
}

TEST_F(SnippetTest, NoMatchGivesTheLeadWithoutHighlights) {
  const std::string text = make_text(30, 100, "");
  for (const std::size_t target : {50u, 200u}) {
    SCOPED_TRACE(target);
    const Snippet s = snippet("nonexistentword", text, target);
    EXPECT_TRUE(s.highlights.empty());
    EXPECT_FALSE(s.text.starts_with(kEllipsis)) << s.text;
    EXPECT_TRUE(s.text.ends_with(kEllipsis)) << s.text;
    EXPECT_TRUE(text.starts_with(strip_ellipses(s.text).text)) << s.text;
    EXPECT_LE(length_in_chars(s.text), target + 2 + 8);
    EXPECT_GE(length_in_chars(s.text), target / 2);

    // Same with no matches at all.
    const Snippet t = build_snippet(text, {}, target);
    EXPECT_EQ(t.text, s.text);
    EXPECT_TRUE(t.highlights.empty());
  }
  // A short text with no match is shown whole.
  const Snippet whole = snippet("nonexistentword", "Just a short body.", 200);
  EXPECT_EQ(whole.text, "Just a short body.");
  EXPECT_TRUE(whole.highlights.empty());
}

TEST_F(SnippetTest, EmptyText) {
  const Snippet s = build_snippet("", {}, 200);
  EXPECT_TRUE(s.text.empty());
  EXPECT_TRUE(s.highlights.empty());
}

TEST_F(SnippetTest, WhiteSpaceIsCollapsed) {
  const std::string text = "First line.\n\nSecond   line\twith\r\ntabs and\n breaks.";
  const Snippet s = snippet("second breaks", text, 200);
  EXPECT_EQ(s.text, "First line. Second line with tabs and breaks.");
  EXPECT_EQ(slices(s.text, s.highlights), (std::vector<std::string>{"Second", "breaks"}));
}

TEST_F(SnippetTest, SurroundingWhiteSpaceIsDroppedWithoutEllipsis) {
  // White space around the text is not part of the passage, and leaving it
  // out is not a cut: no "…" and no leading or trailing space.
  struct Case {
    const char* text;
    const char* query;
    const char* expected;
  };
  const Case cases[] = {
      {"Tillerson visited Doha.\n", "visit", "Tillerson visited Doha."},
      {"\n  Tillerson visited Doha.", "visit", "Tillerson visited Doha."},
      {"\n\nTillerson visited Doha.\n\n", "visit", "Tillerson visited Doha."},
      {"  Tillerson visited Doha.", "nonexistentword", "Tillerson visited Doha."},
      {"Tillerson visited Doha.  \n", "nonexistentword", "Tillerson visited Doha."},
  };
  std::string wrong;
  for (const Case& c : cases) {
    SCOPED_TRACE(::testing::PrintToString(std::string(c.text)));
    const Snippet s = build_snippet(c.text, find(c.query, c.text), 200);
    if (s.text != c.expected) {
      // Only the ends may be wrong; the passage itself must be right.
      EXPECT_EQ(collapse(strip_ellipses(s.text).text), c.expected);
      wrong += " " + visible(c.text) + " -> " + visible(s.text) + ";";
      continue;
    }
    EXPECT_EQ(slices(s.text, s.highlights), std::string(c.query) == "visit"
                                                ? std::vector<std::string>{"visited"}
                                                : std::vector<std::string>{});
  }
  EXPECT_TRUE(wrong.empty()) << "white space at the ends kept as a cut or a space:" << wrong;
}

TEST_F(SnippetTest, WindowPrefersMoreDistinctQueryTerms) {
  // The start repeats "visit"; later, one sentence has both "visit" and
  // "Russia". The snippet should show the second.
  const std::string lead = "The visit was a visit, another visit, visit after visit.";
  const std::string both = "Tillerson will visit Russia next week.";
  std::string text = lead;
  text += " " + make_text(12, 100, "");
  text += " " + both;
  text += " " + make_text(12, 100, "");
  for (const std::size_t target : {60u, 100u}) {
    SCOPED_TRACE(target);
    const Snippet s = snippet("visit russia", text, target);
    const std::vector<std::string> words = slices(s.text, s.highlights);
    EXPECT_NE(std::find(words.begin(), words.end(), "Russia"), words.end()) << s.text;
    EXPECT_NE(std::find(words.begin(), words.end(), "visit"), words.end()) << s.text;
    EXPECT_NE(s.text.find("Tillerson will visit Russia"), std::string::npos) << s.text;
  }
}

TEST_F(SnippetTest, TitleFieldQueryHighlightsBody) {
  const std::string text =
      "Secretary of State Rex Tillerson arrives on Tuesday in Russia, amid escalating tensions.";
  const Snippet s = snippet("title:russia", text, 200);
  EXPECT_EQ(slices(s.text, s.highlights), std::vector<std::string>{"Russia"});
}

TEST_F(SnippetTest, MatchAtTheEndOfALongText) {
  const std::string text = make_text(40, 39, "Finally the pipeline closed");
  const Snippet s = snippet("pipeline", text, 100);
  EXPECT_TRUE(s.text.starts_with(kEllipsis));
  EXPECT_FALSE(s.text.ends_with(kEllipsis));
  EXPECT_TRUE(s.text.ends_with("the pipeline closed")) << s.text;
  EXPECT_EQ(slices(s.text, s.highlights), std::vector<std::string>{"pipeline"});
}

}  // namespace
}  // namespace tidings
