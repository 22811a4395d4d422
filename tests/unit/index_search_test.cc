// IndexWriter and Searcher together, through the public API only.
#include <tidings/index_writer.h>
#include <tidings/searcher.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <tidings/article.h>
#include <tidings/date.h>
#include <tidings/error.h>

namespace tidings {
namespace {

namespace fs = std::filesystem;

Article make_article(std::string id, std::string title, std::string body) {
  Article a;
  a.id = std::move(id);
  a.title = std::move(title);
  a.body = std::move(body);
  return a;
}

std::vector<std::string> ids_of(const SearchResults& results) {
  std::vector<std::string> ids;
  for (const Hit& hit : results.hits) ids.push_back(hit.id);
  return ids;
}

std::set<std::string> id_set(const SearchResults& results) {
  const std::vector<std::string> ids = ids_of(results);
  return {ids.begin(), ids.end()};
}

// Calls `f` and returns the code of the tidings::Error it throws.
template <typename F>
std::optional<ErrorCode> error_code_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return std::nullopt;
}

class IndexSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("tidings-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
            std::to_string(random()) + "-" + info->name());
    ASSERT_FALSE(fs::exists(dir_));
  }

  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string path() const { return dir_.string(); }

  void index(const std::vector<Article>& articles) {
    IndexWriter writer(path());
    for (const Article& a : articles) writer.add(a);
    writer.commit();
  }

  SearchResults search(const std::string& query, SearchOptions options = {}) {
    Searcher searcher(path());
    return searcher.search(query, options);
  }

  fs::path dir_;
};

TEST_F(IndexSearchTest, AddingTheSameIdReplaces) {
  {
    IndexWriter writer(path());
    EXPECT_EQ(writer.add(make_article("a1", "Old Title", "The zebra crossed the road.")),
              IndexWriter::AddOutcome::kAdded);
    EXPECT_EQ(writer.add(make_article("a2", "Other", "Unrelated text about lions.")),
              IndexWriter::AddOutcome::kAdded);
    writer.commit();
    EXPECT_EQ(writer.add(make_article("a1", "New Title", "The giraffe ate leaves.")),
              IndexWriter::AddOutcome::kReplaced);
    // Replacing again before a commit is still a replacement.
    EXPECT_EQ(writer.add(make_article("a1", "Newest Title", "The giraffe ate more leaves.")),
              IndexWriter::AddOutcome::kReplaced);
    writer.commit();
    EXPECT_EQ(writer.document_count(), 2u);
  }
  Searcher searcher(path());
  EXPECT_EQ(searcher.document_count(), 2u);
  const SearchResults giraffe = searcher.search("giraffe");
  ASSERT_EQ(giraffe.hits.size(), 1u);
  EXPECT_EQ(giraffe.hits[0].id, "a1");
  EXPECT_EQ(giraffe.hits[0].title, "Newest Title");
  EXPECT_EQ(giraffe.hits[0].snippet.text, "The giraffe ate more leaves.");
  EXPECT_TRUE(searcher.search("zebra").hits.empty());
  EXPECT_TRUE(searcher.search("title:old").hits.empty());
}

TEST_F(IndexSearchTest, RemoveById) {
  {
    IndexWriter writer(path());
    writer.add(make_article("keep", "", "Apples and pears."));
    writer.add(make_article("drop", "", "Apples and plums."));
    writer.commit();
    EXPECT_TRUE(writer.remove("drop"));
    EXPECT_FALSE(writer.remove("drop"));  // already gone
    EXPECT_FALSE(writer.remove("never-indexed"));
    EXPECT_FALSE(writer.remove("KEEP"));  // ids are case-sensitive
    writer.commit();
    EXPECT_EQ(writer.document_count(), 1u);
  }
  EXPECT_TRUE(search("plums").hits.empty());
  EXPECT_EQ(ids_of(search("apples")), std::vector<std::string>{"keep"});
}

TEST_F(IndexSearchTest, AddRejectsUnusableIds) {
  IndexWriter writer(path());
  EXPECT_EQ(error_code_of([&] { writer.add(make_article("", "T", "Body.")); }), ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      error_code_of([&] { writer.add(make_article(std::string(Article::kMaxIdBytes + 1, 'x'), "", "B")); }),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(writer.add(make_article(std::string(Article::kMaxIdBytes, 'x'), "", "B")),
            IndexWriter::AddOutcome::kAdded);
  EXPECT_EQ(writer.document_count(), 1u);
}

TEST_F(IndexSearchTest, TitleWordsRankAboveBodyWords) {
  // Same length, the word once in each: in the title of one, the body of the other.
  index({
      make_article("in-body", "Harbour News",
                   "Officials said the pipeline project would resume after talks."),
      make_article("in-title", "Pipeline News",
                   "Officials said the harbour project would resume after talks."),
  });
  const SearchResults results = search("pipeline");
  EXPECT_EQ(ids_of(results), (std::vector<std::string>{"in-title", "in-body"}));
  ASSERT_EQ(results.hits.size(), 2u);
  EXPECT_GT(results.hits[0].score, results.hits[1].score);
  EXPECT_EQ(results.hits[0].title_highlights, (std::vector<Span>{{0, 8}}));
  EXPECT_TRUE(results.hits[1].title_highlights.empty());

  // title: finds only the title.
  EXPECT_EQ(ids_of(search("title:pipeline")), std::vector<std::string>{"in-title"});
}

TEST_F(IndexSearchTest, Stemming) {
  index({
      make_article("visited", "", "The minister visited Moscow in April."),
      make_article("other", "", "The minister stayed in Paris."),
  });
  for (const char* query : {"visit", "visits", "visiting", "visited"}) {
    SCOPED_TRACE(query);
    const SearchResults results = search(query);
    ASSERT_EQ(ids_of(results), std::vector<std::string>{"visited"});
    ASSERT_EQ(results.hits[0].snippet.highlights.size(), 1u);
    EXPECT_EQ(results.hits[0].snippet.highlights[0], (Span{13, 20}));  // "visited"
  }
}

TEST_F(IndexSearchTest, AccentsAndCaseAreIgnored) {
  index({
      make_article("accented", "", "President Erdoğan spoke in Zürich."),
      make_article("plain", "", "President Erdogan arrived in Zurich."),
      make_article("neither", "", "The president stayed home."),
  });
  const std::set<std::string> both{"accented", "plain"};
  for (const char* query : {"erdogan", "Erdoğan", "ERDOGAN", "erdoğan", "zurich", "Zürich", "ZÜRICH"}) {
    SCOPED_TRACE(query);
    EXPECT_EQ(id_set(search(query)), both);
  }
  // The snippet shows the original spelling, highlighted.
  const SearchResults results = search("erdogan");
  for (const Hit& hit : results.hits) {
    SCOPED_TRACE(hit.id);
    ASSERT_EQ(hit.snippet.highlights.size(), 1u);
    EXPECT_EQ(hit.snippet.highlights[0], (Span{10, 17}));
  }
}

TEST_F(IndexSearchTest, CurlyApostropheDoesNotSplitWords) {
  index({
      make_article("curly", "", "Saudi Arabia wants to rein in Qatar’s foreign policy."),
      make_article("straight", "", "Analysts discussed Qatar's economy."),
      make_article("other", "", "Nothing about the Gulf here."),
  });
  const std::set<std::string> both{"curly", "straight"};
  for (const char* query : {"qatar", "qatar's", "Qatar’s", "qatar’s", "Qatar's"}) {
    SCOPED_TRACE(query);
    EXPECT_EQ(id_set(search(query)), both);
  }
  // "s" alone is not a word of either article.
  EXPECT_TRUE(search("s").hits.empty());
}

TEST_F(IndexSearchTest, CaseDoesNotChangeResults) {
  // searcher.h: "Accents and case are ignored". A capitalised query word
  // must find what the lower-case one finds.
  index({
      make_article("visited", "", "The minister visited Moscow in April."),
      make_article("qatar", "", "Saudi Arabia wants to rein in Qatar\u2019s foreign policy."),
      make_article("other", "", "Nothing to see here."),
  });
  struct Case {
    const char* lower;
    const char* other;
  };
  const Case cases[] = {
      {"visit", "Visit"},
      {"visit", "VISIT"},
      {"visits", "Visits"},
      {"qatar", "Qatar"},
      {"qatar", "QATAR"},
      {"moscow", "Moscow"},
      {"minister visit", "Minister Visit"},
  };
  std::string differences;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.other);
    const std::set<std::string> expected = id_set(search(c.lower));
    ASSERT_FALSE(expected.empty()) << c.lower;
    if (id_set(search(c.other)) != expected) differences += std::string(" '") + c.other + "'";
  }
  EXPECT_TRUE(differences.empty()) << "these find other articles than their lower-case form:" << differences;
}

TEST_F(IndexSearchTest, PhraseQueries) {
  index({
      make_article("phrase", "", "Secretary of State Rex Tillerson visited Doha."),
      make_article("apart", "", "Tillerson met Rex Smith in Doha."),
  });
  EXPECT_EQ(id_set(search("rex tillerson")), (std::set<std::string>{"phrase", "apart"}));
  EXPECT_EQ(ids_of(search("\"rex tillerson\"")), std::vector<std::string>{"phrase"});
  EXPECT_EQ(ids_of(search("\u201Crex tillerson\u201D")), std::vector<std::string>{"phrase"});  // curly quotes
  EXPECT_EQ(ids_of(search("\"tillerson met\"")), std::vector<std::string>{"apart"});
  EXPECT_TRUE(search("\"tillerson rex\"").hits.empty());
}

TEST_F(IndexSearchTest, PhraseDoesNotSpanTitleAndBody) {
  index({make_article("a", "Talks in Doha", "Tillerson arrived on Tuesday.")});
  EXPECT_TRUE(search("\"doha tillerson\"").hits.empty());
  EXPECT_EQ(ids_of(search("doha tillerson")), std::vector<std::string>{"a"});
}

TEST_F(IndexSearchTest, BooleanOperators) {
  index({
      make_article("ab", "", "apple banana"),
      make_article("ac", "", "apple cherry"),
      make_article("bc", "", "banana cherry"),
  });
  struct Case {
    const char* query;
    std::set<std::string> ids;
  };
  const Case cases[] = {
      {"apple banana", {"ab"}},  // plain words must all match
      {"apple AND banana", {"ab"}},
      {"apple OR banana", {"ab", "ac", "bc"}},
      {"apple NOT banana", {"ac"}},
      {"apple -banana", {"ac"}},
      {"apple -cherry", {"ab"}},
      {"(apple OR banana) AND cherry", {"ac", "bc"}},
      {"apple XOR banana", {"ac", "bc"}},
      {"appl*", {"ab", "ac"}},
      {"durian", {}},
      {"apple durian", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    EXPECT_EQ(id_set(search(c.query)), c.ids);
  }
}

TEST_F(IndexSearchTest, PagingGivesConsecutiveRanks) {
  std::vector<Article> articles;
  for (int i = 0; i < 25; ++i) {
    std::string body = "common";
    // Different frequencies give a well-defined order.
    for (int k = 0; k < i; ++k) body += " common";
    body += " filler" + std::to_string(i);
    articles.push_back(make_article("doc" + std::to_string(i), "", body));
  }
  index(articles);

  SearchOptions all;
  all.limit = 25;
  const SearchResults everything = search("common", all);
  ASSERT_EQ(everything.hits.size(), 25u);
  EXPECT_EQ(everything.total_estimate, 25u);

  std::vector<std::string> paged;
  for (std::size_t offset = 0; offset < 30; offset += 10) {
    SCOPED_TRACE(offset);
    SearchOptions page;
    page.limit = 10;
    page.offset = offset;
    const SearchResults results = search("common", page);
    EXPECT_EQ(results.offset, offset);
    EXPECT_EQ(results.total_estimate, 25u);
    EXPECT_EQ(results.hits.size(), std::min<std::size_t>(10, 25 - offset));
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
      EXPECT_EQ(results.hits[i].rank, offset + i + 1);
      if (i > 0) {
        EXPECT_GE(results.hits[i - 1].score, results.hits[i].score);
      }
      paged.push_back(results.hits[i].id);
    }
  }
  EXPECT_EQ(paged, ids_of(everything));
  for (std::size_t i = 0; i < everything.hits.size(); ++i) EXPECT_EQ(everything.hits[i].rank, i + 1);

  SearchOptions beyond;
  beyond.offset = 100;
  EXPECT_TRUE(search("common", beyond).hits.empty());
}

TEST_F(IndexSearchTest, EmptyQueriesThrowQueryErrors) {
  index({make_article("a", "", "Some text.")});
  Searcher searcher(path());
  // Nothing to search for: no words at all, or only punctuation.
  for (const char* query : {"", " ", "\t\n", "()", "\"\"", "...", "-", "*"}) {
    SCOPED_TRACE(::testing::PrintToString(std::string(query)));
    try {
      searcher.search(query);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kQuery);
      EXPECT_NE(std::string(e.what()), "");
    }
  }
}

TEST_F(IndexSearchTest, MalformedQueriesThrowQueryErrorsNamingTheQuery) {
  index({make_article("a", "", "Some text.")});
  Searcher searcher(path());
  for (const char* query : {"text AND", "AND text", "text OR OR", "OR", "NOT", "text XOR", "text NOT"}) {
    SCOPED_TRACE(query);
    try {
      searcher.search(query);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kQuery);
      EXPECT_NE(std::string(e.what()).find(query), std::string::npos) << e.what();
    }
  }
  // The searcher is still usable afterwards.
  EXPECT_EQ(searcher.search("text").hits.size(), 1u);
}

TEST_F(IndexSearchTest, SearcherOnMissingIndexThrowsNotFound) {
  const std::string missing = (dir_ / "does-not-exist").string();
  EXPECT_EQ(error_code_of([&] { Searcher searcher(missing); }), ErrorCode::kNotFound);
}

TEST_F(IndexSearchTest, SecondWriterIsLockedOut) {
  IndexWriter first(path());
  first.add(make_article("a", "", "text"));
  EXPECT_EQ(error_code_of([&] { IndexWriter second(path()); }), ErrorCode::kLocked);
  // Searching while the writer is open works.
  first.commit();
  EXPECT_EQ(ids_of(search("text")), std::vector<std::string>{"a"});
}

TEST_F(IndexSearchTest, WriterCanReopenAfterTheFirstCloses) {
  { IndexWriter first(path()); }
  IndexWriter second(path());
  EXPECT_EQ(second.document_count(), 0u);
}

TEST_F(IndexSearchTest, HitsCarryTheArticleFields) {
  Article a = make_article("gulf-0711", "Tillerson Arrives in Doha",
                           "Doha: US Secretary of State Rex Tillerson arrived on Tuesday.\nHe met the Emir.");
  a.date = parse_date("2017-07-11T09:30:00+03:00");
  ASSERT_TRUE(a.date);
  a.source = "Example Wire";
  a.url = "https://example.com/gulf/0711?x=1&y=2";
  a.persons = {"Rex Tillerson", "Tamim bin Hamad Al Thani"};
  a.countries = {"qa", "us"};
  Article b = make_article("bare", "", "Tillerson, no date, no tags.");
  index({a, b});

  const SearchResults results = search("tillerson doha");
  ASSERT_EQ(results.hits.size(), 1u);
  const Hit& hit = results.hits[0];
  EXPECT_EQ(hit.rank, 1u);
  EXPECT_EQ(hit.id, a.id);
  EXPECT_EQ(hit.title, a.title);
  EXPECT_EQ(hit.date, a.date);
  EXPECT_EQ(hit.source, a.source);
  EXPECT_EQ(hit.url, a.url);
  EXPECT_EQ(hit.persons, a.persons);
  // Given countries that name a known country are stored as upper-case codes.
  EXPECT_EQ(hit.countries, (std::vector<std::string>{"QA", "US"}));
  EXPECT_GT(hit.score, 0.0);
  EXPECT_EQ(hit.title_highlights, (std::vector<Span>{{0, 9}, {21, 25}}));  // Tillerson, Doha
  EXPECT_EQ(hit.snippet.text,
            "Doha: US Secretary of State Rex Tillerson arrived on Tuesday. He met the Emir.");
  EXPECT_EQ(hit.snippet.highlights, (std::vector<Span>{{0, 4}, {32, 41}}));  // Doha, Tillerson
  EXPECT_EQ(results.query, "tillerson doha");
  EXPECT_FALSE(results.parsed_query.empty());

  const SearchResults bare = search("id:bare");
  ASSERT_EQ(bare.hits.size(), 1u);
  EXPECT_FALSE(bare.hits[0].date);
  EXPECT_TRUE(bare.hits[0].source.empty());
  EXPECT_TRUE(bare.hits[0].persons.empty());
  EXPECT_TRUE(bare.hits[0].countries.empty());
}

TEST_F(IndexSearchTest, SearcherOnEmptyIndexFindsNothing) {
  { IndexWriter writer(path()); }
  Searcher searcher(path());
  EXPECT_EQ(searcher.document_count(), 0u);
  EXPECT_TRUE(searcher.search("anything").hits.empty());
}

}  // namespace
}  // namespace tidings
