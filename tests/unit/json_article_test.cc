// Unit tests for tidings::parse_json_article (tidings/article_reader.h).
#include <tidings/article_reader.h>

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <tidings/date.h>
#include <tidings/diagnostic.h>

namespace tidings {
namespace {

using Severity = Diagnostic::Severity;

struct Parsed {
  std::optional<Article> article;
  std::vector<Diagnostic> diagnostics;
};

Parsed parse(std::string_view line, std::size_t line_number = 7, const std::string& file = "feed.jsonl") {
  Parsed parsed;
  const DiagnosticSink sink = [&parsed](const Diagnostic& d) { parsed.diagnostics.push_back(d); };
  parsed.article = parse_json_article(line, ArticleOrigin{file, line_number}, sink);
  return parsed;
}

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += "\n  " + d.to_string();
  return out;
}

TEST(JsonArticle, AllKeys) {
  const Parsed p = parse(
      R"({"id":"gulf-0711","title":"Tillerson in Doha","body":"Doha: US Secretary of State.\nSecond line.",)"
      R"("date":"2017-07-11T09:30:00+03:00","source":"Example Wire","url":"https://example.com/a",)"
      R"("persons":["Rex Tillerson","Tamim bin Hamad Al Thani"],"countries":["qa","us"]})");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  const Article& a = *p.article;
  EXPECT_EQ(a.id, "gulf-0711");
  EXPECT_EQ(a.title, "Tillerson in Doha");
  EXPECT_EQ(a.body, "Doha: US Secretary of State.\nSecond line.");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(format_iso8601(*a.date), "2017-07-11T06:30:00Z");
  EXPECT_EQ(a.source, "Example Wire");
  EXPECT_EQ(a.url, "https://example.com/a");
  EXPECT_EQ(a.persons, (std::vector<std::string>{"Rex Tillerson", "Tamim bin Hamad Al Thani"}));
  EXPECT_EQ(a.countries, (std::vector<std::string>{"qa", "us"}));
}

TEST(JsonArticle, OnlyIdIsRequired) {
  const Parsed p = parse(R"({"id":"bare"})");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  EXPECT_EQ(p.article->id, "bare");
  EXPECT_TRUE(p.article->title.empty());
  EXPECT_TRUE(p.article->body.empty());
  EXPECT_FALSE(p.article->date);
  EXPECT_TRUE(p.article->persons.empty());
  EXPECT_TRUE(p.article->countries.empty());
}

TEST(JsonArticle, UnknownKeysAndNullsAreIgnoredSilently) {
  const char* lines[] = {
      R"({"id":"a","body":"text","author":"Jane","tags":[1,2],"meta":{"x":{"y":null}}})",
      R"({"id":"a","body":"text","title":null,"date":null,"persons":null,"url":null})",
      R"(  {"id":"a","body":"text"}  )",
  };
  for (const char* line : lines) {
    SCOPED_TRACE(line);
    const Parsed p = parse(line);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
    EXPECT_EQ(p.article->id, "a");
    EXPECT_EQ(p.article->body, "text");
    EXPECT_TRUE(p.article->title.empty());
    EXPECT_FALSE(p.article->date);
  }
}

TEST(JsonArticle, TagsAsArrayOrSingleString) {
  struct Case {
    const char* line;
    std::vector<std::string> persons;
    std::vector<std::string> countries;
  };
  const Case cases[] = {
      {R"({"id":"a","persons":["A B","C D"],"countries":["us"]})", {"A B", "C D"}, {"us"}},
      {R"({"id":"a","persons":"Rex Tillerson","countries":"qa"})", {"Rex Tillerson"}, {"qa"}},
      {R"({"id":"a","persons":[],"countries":[]})", {}, {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    const Parsed p = parse(c.line);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
    EXPECT_EQ(p.article->persons, c.persons);
    EXPECT_EQ(p.article->countries, c.countries);
  }
}

TEST(JsonArticle, IdAsStringOrInteger) {
  struct Case {
    const char* line;
    const char* id;
  };
  const Case cases[] = {
      {R"({"id":"abc-123"})", "abc-123"},
      {R"({"id":42})", "42"},
      {R"({"id":0})", "0"},
      {R"({"id":-7})", "-7"},
      {R"({"id":9007199254740993})", "9007199254740993"},
      {R"({"id":9223372036854775807})", "9223372036854775807"},
      {R"({"id":"Ünïcode-id"})", "Ünïcode-id"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    const Parsed p = parse(c.line);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
    EXPECT_EQ(p.article->id, c.id);
  }
}

TEST(JsonArticle, IntegerIdAboveInt64IsKeptExactly) {
  // JSON has no integer size limit; nlohmann reads integers up to 2^64-1
  // exactly, and an id must never change its value on the way in.
  const Parsed p = parse(R"({"id":18446744073709551615})");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  EXPECT_EQ(p.article->id, "18446744073709551615");
}

TEST(JsonArticle, UnusableIdIsAnError) {
  const std::string long_id(Article::kMaxIdBytes + 1, 'x');
  const std::string longest_id(Article::kMaxIdBytes, 'x');
  struct Case {
    std::string line;
    const char* why;
  };
  const Case cases[] = {
      {R"({"title":"no id","body":"b"})", "missing"},
      {R"({"id":null,"body":"b"})", "null"},
      {R"({"id":"","body":"b"})", "empty"},
      {R"({"id":1.5})", "a float"},
      {R"({"id":true})", "a boolean"},
      {R"({"id":["a"]})", "an array"},
      {R"({"id":{"v":"a"}})", "an object"},
      {R"({"id":")" + long_id + R"("})", "too long"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.why);
    const Parsed p = parse(c.line, 12);
    EXPECT_FALSE(p.article);
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kError);
    EXPECT_EQ(p.diagnostics[0].line, 12u);
    EXPECT_EQ(p.diagnostics[0].file, "feed.jsonl");
    EXPECT_NE(p.diagnostics[0].message.find("id"), std::string::npos) << p.diagnostics[0].message;
  }
  // The longest id allowed is fine.
  const Parsed ok = parse(R"({"id":")" + longest_id + R"("})");
  ASSERT_TRUE(ok.article) << describe(ok.diagnostics);
  EXPECT_EQ(ok.article->id, longest_id);
}

TEST(JsonArticle, MalformedJsonIsAnErrorNamingTheColumn) {
  const char* lines[] = {
      R"({"id":"a",})",  R"({"id":"a")",           R"({"id": 'a'})",          R"({id:"a"})",
      "not json at all", R"({"id":"a"} trailing)", R"({"id":"a"}{"id":"b"})",
  };
  for (const char* line : lines) {
    SCOPED_TRACE(line);
    const Parsed p = parse(line, 3);
    EXPECT_FALSE(p.article);
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kError);
    EXPECT_EQ(p.diagnostics[0].line, 3u);
    EXPECT_NE(p.diagnostics[0].message.find("column"), std::string::npos) << p.diagnostics[0].message;
    // The location is the Diagnostic's business; the message does not repeat
    // nlohmann's "[json.exception...]" noise.
    EXPECT_EQ(p.diagnostics[0].message.find("json.exception"), std::string::npos) << p.diagnostics[0].message;
  }
}

TEST(JsonArticle, NonObjectIsAnError) {
  const char* lines[] = {R"([{"id":"a"}])", "42", R"("a string")", "null", "true"};
  for (const char* line : lines) {
    SCOPED_TRACE(line);
    const Parsed p = parse(line, 5);
    EXPECT_FALSE(p.article);
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kError);
    EXPECT_EQ(p.diagnostics[0].line, 5u);
    EXPECT_NE(p.diagnostics[0].message.find("object"), std::string::npos) << p.diagnostics[0].message;
  }
}

TEST(JsonArticle, WrongTypedFieldWarnsAndIsIgnored) {
  struct Case {
    const char* line;
    const char* key;
  };
  const Case cases[] = {
      {R"({"id":"a","body":"kept","title":5})", "title"},
      {R"({"id":"a","body":"kept","title":["T"]})", "title"},
      {R"({"id":"a","body":"kept","source":{"name":"x"}})", "source"},
      {R"({"id":"a","body":"kept","url":false})", "url"},
      {R"({"id":"a","body":"kept","date":20170710})", "date"},
      {R"({"id":"a","body":"kept","persons":7})", "persons"},
      {R"({"id":"a","body":"kept","countries":{"us":1}})", "countries"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    const Parsed p = parse(c.line, 9);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    const Article& a = *p.article;
    EXPECT_EQ(a.id, "a");
    EXPECT_EQ(a.body, "kept");
    EXPECT_TRUE(a.title.empty());
    EXPECT_TRUE(a.source.empty());
    EXPECT_TRUE(a.url.empty());
    EXPECT_FALSE(a.date);
    EXPECT_TRUE(a.persons.empty());
    EXPECT_TRUE(a.countries.empty());
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kWarning);
    EXPECT_EQ(p.diagnostics[0].line, 9u);
    EXPECT_NE(p.diagnostics[0].message.find(c.key), std::string::npos) << p.diagnostics[0].message;
  }
  // A wrong body keeps the rest.
  const Parsed p = parse(R"({"id":"a","title":"T","body":123})");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_EQ(p.article->title, "T");
  EXPECT_TRUE(p.article->body.empty());
  ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
  EXPECT_NE(p.diagnostics[0].message.find("body"), std::string::npos) << p.diagnostics[0].message;
}

TEST(JsonArticle, NonStringTagsAreDroppedWithAWarning) {
  const Parsed p = parse(R"({"id":"a","persons":["A",3,"B",null]})");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_EQ(p.article->persons, (std::vector<std::string>{"A", "B"}));
  ASSERT_FALSE(p.diagnostics.empty());
  for (const auto& d : p.diagnostics) {
    EXPECT_EQ(d.severity, Severity::kWarning);
    EXPECT_NE(d.message.find("persons"), std::string::npos) << d.message;
  }
}

TEST(JsonArticle, BadDateWarnsAndLeavesNoDate) {
  const char* dates[] = {"yesterday", "2017-02-30", "10/07/2017", "2017-07-10garbage"};
  for (const char* date : dates) {
    SCOPED_TRACE(date);
    const Parsed p = parse(std::string(R"({"id":"a","body":"b","date":")") + date + R"("})", 21);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_FALSE(p.article->date);
    EXPECT_EQ(p.article->body, "b");
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kWarning);
    EXPECT_EQ(p.diagnostics[0].line, 21u);
    EXPECT_NE(p.diagnostics[0].message.find(date), std::string::npos) << p.diagnostics[0].message;
  }
}

TEST(JsonArticle, InvalidUtf8IsRepairedWithAWarning) {
  struct Case {
    std::string line;
    std::string title;
    std::string body;
  };
  const Case cases[] = {
      {"{\"id\":\"a\",\"body\":\"caf\xE9 au lait\"}", "", "caf\xEF\xBF\xBD au lait"},
      {"{\"id\":\"a\",\"title\":\"bad \xFF\xFE\",\"body\":\"ok\"}", "bad \xEF\xBF\xBD\xEF\xBF\xBD", "ok"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(::testing::PrintToString(c.line));
    const Parsed p = parse(c.line, 44);
    ASSERT_TRUE(p.article) << describe(p.diagnostics);
    EXPECT_EQ(p.article->title, c.title);
    EXPECT_EQ(p.article->body, c.body);
    ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
    EXPECT_EQ(p.diagnostics[0].severity, Severity::kWarning);
    EXPECT_EQ(p.diagnostics[0].line, 44u);
    EXPECT_EQ(p.diagnostics[0].file, "feed.jsonl");
    EXPECT_NE(p.diagnostics[0].message.find("UTF-8"), std::string::npos) << p.diagnostics[0].message;
  }
}

TEST(JsonArticle, EscapedUnicodeIsDecoded) {
  const Parsed p = parse(R"({"id":"a","title":"Erdo\u011fan\u2019s visit","body":"\ud83d\ude00 ok"})");
  ASSERT_TRUE(p.article) << describe(p.diagnostics);
  EXPECT_TRUE(p.diagnostics.empty()) << describe(p.diagnostics);
  EXPECT_EQ(p.article->title, "Erdoğan’s visit");
  EXPECT_EQ(p.article->body, "\xF0\x9F\x98\x80 ok");
}

TEST(JsonArticle, DiagnosticsCarryTheOriginLine) {
  // Every kind of diagnostic names the file and the line it came from.
  struct Case {
    std::string line;
    Severity severity;
  };
  const Case cases[] = {
      {R"({"id":"a","date":"nope"})", Severity::kWarning},
      {R"({"id":"a","title":1})", Severity::kWarning},
      {"{\"id\":\"a\",\"body\":\"\xC0\"}", Severity::kWarning},
      {R"({"body":"no id"})", Severity::kError},
      {R"({"id":)", Severity::kError},
      {R"([])", Severity::kError},
  };
  for (std::size_t line_number : {1u, 2u, 1000u}) {
    for (const Case& c : cases) {
      SCOPED_TRACE(::testing::PrintToString(c.line) + " at line " + std::to_string(line_number));
      const Parsed p = parse(c.line, line_number, "dir/in.jsonl.gz");
      ASSERT_EQ(p.diagnostics.size(), 1u) << describe(p.diagnostics);
      EXPECT_EQ(p.diagnostics[0].severity, c.severity);
      EXPECT_EQ(p.diagnostics[0].line, line_number);
      EXPECT_EQ(p.diagnostics[0].file, "dir/in.jsonl.gz");
      EXPECT_EQ(p.article.has_value(), c.severity == Severity::kWarning);
      EXPECT_TRUE(
          p.diagnostics[0].to_string().starts_with("dir/in.jsonl.gz:" + std::to_string(line_number) + ": "))
          << p.diagnostics[0].to_string();
    }
  }
}

// Reuters-21578 keeps the dateline apart; on the wire it opens the story.
TEST(JsonArticleDateline, IsTheBodysFirstLine) {
  const auto parse = [](std::string_view line) {
    return parse_json_article(line, ArticleOrigin{"reuters.jsonl", 1}, [](const Diagnostic&) {});
  };
  auto article = parse(R"({"id":"r-1","body":"Shares rose.","dateline":"NEW YORK, Feb 26 -"})");
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(article->body, "NEW YORK, Feb 26 -\nShares rose.");
  article = parse(R"({"id":"r-2","body":"NEW YORK, Feb 26 - Shares rose.","dateline":"NEW YORK, Feb 26 -"})");
  EXPECT_EQ(article->body, "NEW YORK, Feb 26 - Shares rose.");
  article = parse(R"({"id":"r-3","body":"Shares rose.","dateline":"  "})");
  EXPECT_EQ(article->body, "Shares rose.");
  article = parse(R"({"id":"r-4","body":"Shares rose.","dateline":null})");
  EXPECT_EQ(article->body, "Shares rose.");
  article = parse(R"({"id":"r-5","dateline":" TOKYO, March 2 - "})");
  EXPECT_EQ(article->body, "TOKYO, March 2 -");
}

TEST(JsonArticleDateline, NotAStringIsAWarning) {
  std::vector<Diagnostic> diagnostics;
  const auto article = parse_json_article(R"({"id":"r-1","body":"Shares rose.","dateline":7})",
                                          ArticleOrigin{"reuters.jsonl", 1},
                                          [&](const Diagnostic& d) { diagnostics.push_back(d); });
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(article->body, "Shares rose.");
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_NE(diagnostics[0].to_string().find("dateline"), std::string::npos);
}

}  // namespace
}  // namespace tidings
