// tidings-search end to end, on the sample corpus.
#include <algorithm>
#include <set>

#include "e2e/e2e_fixture.h"

namespace tidings::test {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::set<std::string> ids_of(const nlohmann::json& results) {
  std::set<std::string> ids;
  for (const auto& hit : results.at("hits")) ids.insert(hit.at("id").get<std::string>());
  return ids;
}

TEST_F(EndToEnd, VisitFindsAllThreeSeedArticlesWithStemmedWordsHighlighted) {
  index_corpus();
  const auto results = search_json({"visit"});
  EXPECT_EQ(ids_of(results),
            (std::set<std::string>{"000_008d18d921bead8a", "001_3cc5ee30644e116d", "002_f547a2b77d0459a6"}));
  std::set<std::string> highlighted;
  for (const auto& hit : results.at("hits")) {
    const auto words = highlighted_words(hit.at("snippet"));
    EXPECT_FALSE(words.empty()) << "no highlight in the snippet of " << hit.at("id");
    for (const auto& word : words) {
      EXPECT_TRUE(lower(word).starts_with("visit")) << "highlighted '" << word << "'";
      highlighted.insert(word);
    }
  }
  for (const char* form : {"visit", "visited", "Visits"}) {
    EXPECT_TRUE(highlighted.count(form)) << "'" << form << "' was not highlighted in any snippet";
  }
}

TEST_F(EndToEnd, TitleFieldFindsOnlyTheArticleWithThatHeadline) {
  index_corpus();
  const auto results = search_json({"title:russia"});
  EXPECT_EQ(ids_of(results), std::set<std::string>{"002_f547a2b77d0459a6"});
  EXPECT_EQ(results.at("hits").at(0).at("title"), "Rex Tillerson Visits Russia Amid Syria Tensions");
  EXPECT_EQ(results.at("hits").at(0).at("date"), "2017-04-11");
}

TEST_F(EndToEnd, QueryMatchingNothingExitsOne) {
  index_corpus();
  const ProcessResult result = search({"zanzibar"});
  EXPECT_EQ(result.exit_status, 1) << result.err;
  EXPECT_NE(result.out.find("No matches"), std::string::npos) << result.out;
  const auto json = search_json({"zanzibar"}, 1);
  EXPECT_TRUE(json.at("hits").empty());
  EXPECT_EQ(json.at("total_estimate"), 0);
}

TEST_F(EndToEnd, AccentsAndCaseAreFolded) {
  index_corpus();
  // The corpus writes "Erdogan"; a query with the Turkish letter must find it.
  for (const char* query : {"erdogan", "Erdoğan", "ERDOĞAN"}) {
    SCOPED_TRACE(query);
    const auto results = search_json({query});
    EXPECT_EQ(ids_of(results), std::set<std::string>{"000_008d18d921bead8a"});
  }
}

TEST_F(EndToEnd, AccentedTextIsFoundAndHighlightedByCodePoint) {
  write_file("in/turkey.txt",
             "Title: Ankara talks\nDate: 2017-07-09\n\nPresident Erdoğan met the délégation in Ankara.\n");
  ASSERT_EQ(index({(dir_ / "in").string()}).exit_status, 0);
  const auto results = search_json({"erdogan", "delegation"});
  ASSERT_EQ(results.at("hits").size(), 1U);
  const auto words = highlighted_words(results.at("hits").at(0).at("snippet"));
  EXPECT_EQ(words, (std::vector<std::string>{"Erdoğan", "délégation"}));
}

TEST_F(EndToEnd, PhrasesBooleansAndCurlyQuotes) {
  index_corpus();
  EXPECT_EQ(ids_of(search_json({"\"rex tillerson\" AND jeddah"})),
            std::set<std::string>{"001_3cc5ee30644e116d"});
  EXPECT_EQ(ids_of(search_json({"lavrov OR hamburg"})),
            (std::set<std::string>{"000_008d18d921bead8a", "002_f547a2b77d0459a6"}));
  EXPECT_EQ(ids_of(search_json({"tillerson NOT qatar"})), std::set<std::string>{"002_f547a2b77d0459a6"});
  // Typographic quotes delimit a phrase, and "Qatar’s" in the text is one word.
  EXPECT_EQ(ids_of(search_json({"“land border”"})), std::set<std::string>{"001_3cc5ee30644e116d"});
  EXPECT_EQ(ids_of(search_json({"qatar's"})),
            (std::set<std::string>{"000_008d18d921bead8a", "001_3cc5ee30644e116d"}));
}

TEST_F(EndToEnd, LimitAndOffsetPageThroughTheRanking) {
  index_corpus();
  const auto all = search_json({"tillerson"});
  ASSERT_EQ(all.at("hits").size(), 3U);
  const auto page2 = search_json({"-n", "1", "--offset", "1", "tillerson"});
  ASSERT_EQ(page2.at("hits").size(), 1U);
  EXPECT_EQ(page2.at("hits").at(0).at("id"), all.at("hits").at(1).at("id"));
  EXPECT_EQ(page2.at("hits").at(0).at("rank"), 2);
  EXPECT_EQ(page2.at("total_estimate"), 3);
}

TEST_F(EndToEnd, ColourOnlyWhenAskedOrOnATerminal) {
  index_corpus();
  const ProcessResult piped = search({"visit"});
  EXPECT_EQ(piped.out.find('\x1b'), std::string::npos) << "colour codes in piped output";
  const ProcessResult forced = search({"--color=always", "visit"});
  EXPECT_NE(forced.out.find("\x1b[1;31mvisited\x1b[0m"), std::string::npos) << forced.out;
  const ProcessResult never = search({"--color=never", "visit"}, with_env({{"TERM", "xterm"}}));
  EXPECT_EQ(never.out.find('\x1b'), std::string::npos);
}

TEST_F(EndToEnd, TextOutputShowsRankTitleDateIdAndSnippet) {
  index_corpus();
  const ProcessResult result = search({"title:russia"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find("1. Rex Tillerson Visits Russia Amid Syria Tensions\n"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("2017-04-11  002_f547a2b77d0459a6"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Russia"), std::string::npos);
}

TEST_F(EndToEnd, MissingIndexIsAClearError) {
  const ProcessResult result = search({"visit"});
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("no index at '" + db_ + "'"), std::string::npos) << result.err;
}

TEST_F(EndToEnd, MalformedQueryIsAnErrorNotAnEmptyResult) {
  index_corpus();
  for (const char* query : {"", "   "}) {
    const ProcessResult result = search({query});
    EXPECT_EQ(result.exit_status, 2) << "query '" << query << "'";
    EXPECT_NE(result.err.find("error"), std::string::npos);
  }
  const ProcessResult unbalanced = search({"(tillerson AND qatar"});
  EXPECT_EQ(unbalanced.exit_status, 2) << unbalanced.out;
  EXPECT_NE(unbalanced.err.find("(tillerson AND qatar"), std::string::npos) << unbalanced.err;
}

TEST_F(EndToEnd, IdFilterMatchesTheIdExactlyAsStored) {
  write_file("in.jsonl", "{\"id\":\"Ünicode-1\",\"title\":\"Zürich talks\",\"body\":\"Talks in Zürich.\"}\n");
  ASSERT_EQ(index({(dir_ / "in.jsonl").string()}).exit_status, 0);
  EXPECT_EQ(search_json({"id:Ünicode-1"}).at("total_estimate"), 1);
  EXPECT_EQ(search_json({"zurich AND id:Ünicode-1"}).at("total_estimate"), 1);
  // Ids are exact: neither the folded nor the lower-cased form is the same id.
  EXPECT_EQ(search_json({"id:Unicode-1"}, 1).at("total_estimate"), 0);
  EXPECT_EQ(search_json({"id:ünicode-1"}, 1).at("total_estimate"), 0);
}

TEST_F(EndToEnd, BadOptionValuesAreRejectedWithTheAllowedValues) {
  index_corpus();
  const ProcessResult color = search({"--color", "sometimes", "visit"});
  EXPECT_EQ(color.exit_status, 2);
  EXPECT_NE(color.err.find("{auto,always,never}"), std::string::npos) << color.err;
  const ProcessResult offset = search({"--offset", "-1", "visit"});
  EXPECT_EQ(offset.exit_status, 2);
  EXPECT_NE(offset.err.find("--offset"), std::string::npos) << offset.err;
  const ProcessResult format = index({"--format", "xml", kCorpusDir.string()});
  EXPECT_EQ(format.exit_status, 2);
  EXPECT_NE(format.err.find("{auto,text,jsonl}"), std::string::npos) << format.err;
}

TEST_F(EndToEnd, IndexLocationComesFromTheEnvironment) {
  const std::string from_env = (dir_ / "env-index").string();
  ASSERT_EQ(
      run_process({TIDINGS_INDEX_BIN, kCorpusDir.string()}, with_env({{"TIDINGS_DB", from_env}})).exit_status,
      0);
  EXPECT_TRUE(std::filesystem::exists(from_env));
  const ProcessResult found =
      run_process({TIDINGS_SEARCH_BIN, "title:russia"}, with_env({{"TIDINGS_DB", from_env}}));
  EXPECT_EQ(found.exit_status, 0) << found.err;

  const auto data_home = dir_ / "xdg";
  ASSERT_EQ(run_process({TIDINGS_INDEX_BIN, kCorpusDir.string()},
                        with_env({{"XDG_DATA_HOME", data_home.string()}}, {"TIDINGS_DB"}))
                .exit_status,
            0);
  EXPECT_TRUE(std::filesystem::exists(data_home / "tidings"));
  const auto home = dir_ / "home";
  ASSERT_EQ(run_process({TIDINGS_INDEX_BIN, kCorpusDir.string()},
                        with_env({{"HOME", home.string()}}, {"TIDINGS_DB", "XDG_DATA_HOME"}))
                .exit_status,
            0);
  EXPECT_TRUE(std::filesystem::exists(home / ".local/share/tidings"));
}

}  // namespace
}  // namespace tidings::test
