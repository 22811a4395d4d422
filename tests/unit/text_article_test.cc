// Unit tests for tidings::parse_text_article (tidings/article_reader.h).
#include <tidings/article_reader.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <tidings/date.h>
#include <tidings/diagnostic.h>

namespace tidings {
namespace {

using Severity = Diagnostic::Severity;

// Runs parse_text_article, collecting its diagnostics.
struct Parsed {
  std::optional<Article> article;
  std::vector<Diagnostic> diagnostics;
};

Parsed parse(std::string_view text, const std::string& default_id = "default-id",
             const std::string& file = "article.txt") {
  Parsed parsed;
  const DiagnosticSink sink = [&parsed](const Diagnostic& d) { parsed.diagnostics.push_back(d); };
  parsed.article = parse_text_article(text, default_id, ArticleOrigin{file, 0}, sink);
  return parsed;
}

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += "\n  " + d.to_string();
  return out;
}

std::optional<std::string> day_of(const Article& article) {
  if (!article.date) return std::nullopt;
  return format_day(*article.date);
}

TEST(TextArticle, FullHeaderBlock) {
  const Parsed p = parse(
      "Title: Tillerson Arrives in Doha\n"
      "Date: 2017-07-11T09:30:00+03:00\n"
      "Id: gulf-0711\n"
      "Source: Example Wire\n"
      "Url: https://example.com/gulf/0711\n"
      "Person: Rex Tillerson\n"
      "Person: Tamim bin Hamad Al Thani\n"
      "Country: qa\n"
      "Country: us\n"
      "\n"
      "Doha: US Secretary of State Rex Tillerson arrived on Tuesday.\n"
      "He met the Emir.\n");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  const Article& a = *p.article;
  EXPECT_EQ(a.title, "Tillerson Arrives in Doha");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(format_iso8601(*a.date), "2017-07-11T06:30:00Z");
  EXPECT_EQ(a.id, "gulf-0711");
  EXPECT_EQ(a.source, "Example Wire");
  EXPECT_EQ(a.url, "https://example.com/gulf/0711");
  EXPECT_EQ(a.persons, (std::vector<std::string>{"Rex Tillerson", "Tamim bin Hamad Al Thani"}));
  EXPECT_EQ(a.countries, (std::vector<std::string>{"qa", "us"}));
  EXPECT_EQ(a.body, "Doha: US Secretary of State Rex Tillerson arrived on Tuesday.\nHe met the Emir.");
}

TEST(TextArticle, HeaderKeysAreCaseInsensitive) {
  const Parsed p = parse(
      "TITLE: Upper\n"
      "date: 2017-07-10\n"
      "iD: mixed-case-id\n"
      "SoUrCe: src\n"
      "URL: http://u\n"
      "PERSON: Someone\n"
      "country: ru\n"
      "\n"
      "Body text.\n");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  EXPECT_EQ(p.article->title, "Upper");
  EXPECT_EQ(day_of(*p.article), "2017-07-10");
  EXPECT_EQ(p.article->id, "mixed-case-id");
  EXPECT_EQ(p.article->source, "src");
  EXPECT_EQ(p.article->url, "http://u");
  EXPECT_EQ(p.article->persons, std::vector<std::string>{"Someone"});
  EXPECT_EQ(p.article->countries, std::vector<std::string>{"ru"});
  EXPECT_EQ(p.article->body, "Body text.");
}

TEST(TextArticle, UnknownHeaderKeyWarnsWithItsLine) {
  struct Case {
    const char* text;
    std::size_t line;
    const char* key;
  };
  const Case cases[] = {
      {"Date: 2017-07-10\nAuthor: Jane Doe\nTitle: T\n\nBody.\n", 2, "Author"},
      {"Title: T\nDate: 2017-07-10\nId: x\nKeywords: a, b\n\nBody.\n", 4, "Keywords"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Parsed p = parse(c.text);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    const Diagnostic& d = p.diagnostics[0];
    EXPECT_EQ(d.severity, Severity::kWarning);
    EXPECT_EQ(d.file, "article.txt");
    EXPECT_EQ(d.line, c.line);
    EXPECT_NE(d.message.find(c.key), std::string::npos) << d.message;
    // The known keys around the unknown one still count, and the unknown
    // line does not leak into the body.
    EXPECT_EQ(p.article->title, "T");
    EXPECT_EQ(day_of(*p.article), "2017-07-10");
    EXPECT_EQ(p.article->body, "Body.");
  }
}

TEST(TextArticle, MalformedLineInsideHeaderWarnsWithItsLine) {
  const Parsed p = parse("Title: T\nDate: 2017-07-10\nthis is not a header\n\nBody.\n");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(p.diagnostics[0].line, 3u);
  EXPECT_EQ(p.article->title, "T");
  EXPECT_EQ(p.article->body, "Body.");
}

TEST(TextArticle, FirstLineWithUnknownKeyIsNotAHeader) {
  struct Case {
    const char* text;
    const char* title;
    const char* body;
  };
  const Case cases[] = {
      // A dateline: the first line stays in the body; it ends with a full
      // stop, so there is no title either.
      {"Doha: US Secretary of State Rex Tillerson on Tuesday took his mission to Qatar.\n\nMore text.\n", "",
       "Doha: US Secretary of State Rex Tillerson on Tuesday took his mission to Qatar.\n\nMore text."},
      {"Washington: The State Department said on Monday that talks will be held.\nSecond line.\n", "",
       "Washington: The State Department said on Monday that talks will be held.\nSecond line."},
      // A headline with a colon is a headline, not a header.
      {"Breaking: Tillerson Visits Doha\n\nThe visit began on Tuesday.\n", "Breaking: Tillerson Visits Doha",
       "The visit began on Tuesday."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Parsed p = parse(c.text);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
    EXPECT_EQ(p.article->title, c.title);
    EXPECT_EQ(p.article->body, c.body);
    EXPECT_FALSE(p.article->date);
    EXPECT_EQ(p.article->id, "default-id");
  }
}

TEST(TextArticle, TitleRule) {
  const std::string max_title(kMaxTitleLineChars, 'x');
  const std::string too_long_title(kMaxTitleLineChars + 1, 'x');
  // Counted in characters, not bytes: 150 two-byte letters are a title.
  std::string max_title_accented;
  for (std::size_t i = 0; i < kMaxTitleLineChars; ++i) max_title_accented += "\xC3\xA9";  // é

  struct Case {
    std::string text;
    std::string title;
    std::string body;
  };
  const Case cases[] = {
      {"Short Headline\n\nBody text here.\n", "Short Headline", "Body text here."},
      {"Short Headline\nBody text on the next line.\n", "Short Headline", "Body text on the next line."},
      {"\n\n  Headline After Blank Lines  \n\nBody.\n", "Headline After Blank Lines", "Body."},
      {"What will Tillerson do?\n\nNobody knows.\n", "What will Tillerson do?", "Nobody knows."},
      // Like corpus/002: a header block holding only a Date, then a headline.
      {"Date: 2017-04-11\n\nRex Tillerson Visits Russia Amid Syria Tensions\n\nRex Tillerson talking.\n",
       "Rex Tillerson Visits Russia Amid Syria Tensions", "Rex Tillerson talking."},
      // A first line ending with a full stop is a sentence: no title.
      {"The talks ended.\n\nMore.\n", "", "The talks ended.\n\nMore."},
      {"Date: 2017-07-10\n\nUS officials said Monday that talks will resume.\nMore.\n", "",
       "US officials said Monday that talks will resume.\nMore."},
      // Length limit.
      {max_title + "\n\nBody.\n", max_title, "Body."},
      {max_title_accented + "\n\nBody.\n", max_title_accented, "Body."},
      {too_long_title + "\n\nBody.\n", "", too_long_title + "\n\nBody."},
      // An explicit Title header wins; the short first line stays in the body.
      {"Title: Given\n\nShort line\n\nBody.\n", "Given", "Short line\n\nBody."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Parsed p = parse(c.text);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
    EXPECT_EQ(p.article->title, c.title);
    EXPECT_EQ(p.article->body, c.body);
  }
}

TEST(TextArticle, SingleLineWithoutLineBreakIsBodyNotTitle) {
  // The title rule needs more text after the short line: a one-line
  // article is all body, else it would have nothing to show.
  const Parsed p = parse("Tillerson lands in Doha");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_EQ(p.article->title, "");
  EXPECT_EQ(p.article->body, "Tillerson lands in Doha");
}

TEST(TextArticle, BadDateWarnsAndLeavesNoDate) {
  struct Case {
    const char* text;
    const char* date;
    std::size_t line;
  };
  const Case cases[] = {
      {"Date: 10/07/2017\n\nBody.\n", "10/07/2017", 1},
      {"Title: T\nDate: 2017-02-30\n\nBody.\n", "2017-02-30", 2},
      {"Title: T\nId: i\nDate: yesterday\n\nBody.\n", "yesterday", 3},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Parsed p = parse(c.text);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_FALSE(p.article->date);
    EXPECT_EQ(p.article->body, "Body.");
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kWarning);
    EXPECT_EQ(p.diagnostics[0].line, c.line);
    EXPECT_EQ(p.diagnostics[0].file, "article.txt");
    EXPECT_NE(p.diagnostics[0].message.find(c.date), std::string::npos) << p.diagnostics[0].message;
  }
}

TEST(TextArticle, InvalidUtf8IsRepairedWithAWarningNamingTheLine) {
  struct Case {
    std::string text;
    std::size_t line;
    std::string title;
    std::string body;
  };
  const Case cases[] = {
      {"Title: T\n\nLine one\nBad \xFF byte here.\n", 4, "T", "Line one\nBad \xEF\xBF\xBD byte here."},
      {"Caf\xE9 Society\n\nBody.\n", 1, "Caf\xEF\xBF\xBD Society", "Body."},
      // Two bad sequences: one warning, at the first.
      {"Date: 2017-07-10\n\nLine one.\nLine two.\nbad \xC3 and \xFE.\n", 5, "",
       "Line one.\nLine two.\nbad \xEF\xBF\xBD and \xEF\xBF\xBD."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Parsed p = parse(c.text);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_EQ(p.article->title, c.title);
    EXPECT_EQ(p.article->body, c.body);
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kWarning);
    EXPECT_EQ(p.diagnostics[0].line, c.line);
    EXPECT_NE(p.diagnostics[0].message.find("UTF-8"), std::string::npos) << p.diagnostics[0].message;
  }
}

TEST(TextArticle, EmptyOrBlankFileIsAnError) {
  const char* texts[] = {"", "\n", "   \n\t\n  ", "\r\n\r\n", "\xEF\xBB\xBF", "\xEF\xBB\xBF\n\n"};
  for (const char* text : texts) {
    SCOPED_TRACE(::testing::PrintToString(std::string(text)));
    const Parsed p = parse(text, "empty", "empty.txt");
    EXPECT_FALSE(p.article);
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kError);
    EXPECT_EQ(p.diagnostics[0].file, "empty.txt");
    EXPECT_EQ(p.diagnostics[0].line, 0u);
    EXPECT_NE(p.diagnostics[0].message.find("empty"), std::string::npos) << p.diagnostics[0].message;
  }
}

TEST(TextArticle, NoIdAtAllIsAnError) {
  const Parsed p = parse("Some body text.\n", "");
  EXPECT_FALSE(p.article);
  ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].severity, Severity::kError);
  EXPECT_NE(p.diagnostics[0].message.find("id"), std::string::npos) << p.diagnostics[0].message;
}

TEST(TextArticle, CrlfLineBreaks) {
  const Parsed p = parse(
      "Title: Windows Title\r\nDate: 2017-07-10\r\nPerson: Rex Tillerson\r\n\r\n"
      "Body one.\r\nBody two.\r\n");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  EXPECT_EQ(p.article->title, "Windows Title");
  EXPECT_EQ(day_of(*p.article), "2017-07-10");
  EXPECT_EQ(p.article->persons, std::vector<std::string>{"Rex Tillerson"});
  EXPECT_EQ(p.article->body, "Body one.\nBody two.");

  // The title rule works across CRLF too.
  const Parsed q = parse("Short Headline\r\n\r\nBody.\r\n");
  ASSERT_TRUE(q.article) << describe(q.diagnostics);
  EXPECT_EQ(q.article->title, "Short Headline");
  EXPECT_EQ(q.article->body, "Body.");
}

TEST(TextArticle, ByteOrderMarkIsIgnored) {
  const Parsed p = parse("\xEF\xBB\xBFTitle: With BOM\nDate: 2017-07-10\n\nBody.\n");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  EXPECT_EQ(p.article->title, "With BOM");
  EXPECT_EQ(day_of(*p.article), "2017-07-10");
  EXPECT_EQ(p.article->body, "Body.");

  const Parsed q = parse("\xEF\xBB\xBFHeadline\n\nBody.\n");
  ASSERT_TRUE(q.article) << describe(q.diagnostics);
  EXPECT_EQ(q.article->title, "Headline");
}

TEST(TextArticle, DefaultIdUnlessIdHeader) {
  const Parsed without = parse("Date: 2017-07-10\n\nBody.\n", "dir/file-name");
  ASSERT_TRUE(without.article);
  EXPECT_EQ(without.article->id, "dir/file-name");

  const Parsed with = parse("Id: explicit-id\n\nBody.\n", "dir/file-name");
  ASSERT_TRUE(with.article);
  EXPECT_EQ(with.article->id, "explicit-id");
}

// The sample articles shipped in corpus/.
std::filesystem::path corpus_dir() {
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "corpus";
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(TextArticle, CorpusFiles) {
  struct Case {
    const char* file;
    const char* title;
    const char* day;
    const char* body_start;
  };
  const Case cases[] = {
      {"000_008d18d921bead8a.txt", "", "2017-07-10",
       "US Secretary of State Rex Tillerson is embarking on his first shuttle diplomacy mission"},
      {"001_3cc5ee30644e116d.txt", "", "2017-07-11", "Doha: US Secretary of State"},
      {"002_f547a2b77d0459a6.txt", "Rex Tillerson Visits Russia Amid Syria Tensions", "2017-04-11",
       "Rex Tillerson talking and gesturing"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.file);
    const std::filesystem::path path = corpus_dir() / c.file;
    ASSERT_TRUE(std::filesystem::is_regular_file(path)) << path;
    const std::string text = slurp(path);
    ASSERT_FALSE(text.empty());
    const std::string id = path.stem().string();
    const Parsed p = parse(text, id, path.string());
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
    EXPECT_EQ(p.article->id, id);
    EXPECT_EQ(p.article->title, c.title);
    EXPECT_EQ(day_of(*p.article), c.day);
    ASSERT_TRUE(p.article->date);
    EXPECT_FALSE(p.article->date->has_time);
    EXPECT_TRUE(p.article->body.starts_with(c.body_start)) << p.article->body.substr(0, 120);
    EXPECT_EQ(p.article->body.find("Date:"), std::string::npos);
    EXPECT_TRUE(p.article->source.empty());
    EXPECT_TRUE(p.article->persons.empty());
  }
}

}  // namespace
}  // namespace tidings
