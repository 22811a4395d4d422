// tidings-index end to end: inputs, re-indexing, and bad input in a batch.
#include "e2e/e2e_fixture.h"

namespace tidings::test {
namespace {

TEST_F(EndToEnd, IndexingTheCorpusTwiceLeavesThreeArticles) {
  index_corpus();
  const ProcessResult again = index({kCorpusDir.string()});
  ASSERT_EQ(again.exit_status, 0) << again.err;
  EXPECT_NE(again.err.find("0 added, 3 replaced"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("3 articles in"), std::string::npos) << again.err;
  EXPECT_EQ(search_json({"tillerson"}).at("total_estimate"), 3);
}

TEST_F(EndToEnd, SameFileGivenDirectlyOrThroughItsDirectoryHasOneId) {
  index_corpus();
  const ProcessResult one = index({(kCorpusDir / "001_3cc5ee30644e116d.txt").string()});
  ASSERT_EQ(one.exit_status, 0) << one.err;
  EXPECT_NE(one.err.find("0 added, 1 replaced"), std::string::npos) << one.err;
}

TEST_F(EndToEnd, MalformedJsonLineIsReportedWithItsLineAndTheOthersIndexed) {
  const auto file =
      write_file("batch.jsonl",
                 "{\"id\": \"a\", \"title\": \"Cocoa prices rise\", \"body\": \"Cocoa rose.\"}\n"
                 "{\"id\": \"b\", \"title\": \"broken\" \"body\": \"x\"}\n"
                 "\n"
                 "{\"id\": \"c\", \"title\": \"Cocoa harvest\", \"body\": \"A good cocoa harvest.\"}\n");
  const ProcessResult result = index({file.string()});
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find(file.string() + ":2: error: malformed JSON"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("2 indexed"), std::string::npos) << result.err;
  const auto found = search_json({"cocoa"});
  EXPECT_EQ(found.at("total_estimate"), 2);
}

TEST_F(EndToEnd, BadFilesNeverStopTheBatch) {
  write_file("in/good.txt", "Title: Wheat exports\n\nWheat exports grew in March.\n");
  write_file("in/empty.txt", "");
  write_file("in/latin1.txt", "Title: Caf\xE9 society\n\nThe caf\xE9 was full of wheat traders.\n");
  write_file("in/notes.md", "wheat wheat wheat");  // not an article file: skipped
  const ProcessResult result = index({(dir_ / "in").string(), (dir_ / "missing.txt").string()});
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("empty.txt: error: empty article"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("latin1.txt:1: warning: invalid UTF-8 repaired"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("missing.txt: error: cannot open"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("2 indexed"), std::string::npos) << result.err;
  const auto found = search_json({"wheat"});
  EXPECT_EQ(found.at("total_estimate"), 2);
  // The repaired title is valid UTF-8 with U+FFFD where the bad byte was.
  bool saw_repaired = false;
  for (const auto& hit : found.at("hits")) saw_repaired |= hit.at("title") == "Caf\uFFFD society";
  EXPECT_TRUE(saw_repaired) << found.dump();
}

TEST_F(EndToEnd, HeaderBlockFieldsAreStoredAndIdsComeFromPaths) {
  write_file("in/world/2017/tillerson.txt",
             "Title: Tillerson in Doha\nDate: Tue, 11 Jul 2017 09:30:00 +0300\nSource: Example Wire\n"
             "Url: https://example.com/a\nPerson: Rex Tillerson\nCountry: QA\n\nTillerson met the emir.\n");
  ASSERT_EQ(index({(dir_ / "in").string()}).exit_status, 0);
  const auto results = search_json({"emir"});
  ASSERT_EQ(results.at("hits").size(), 1U);
  const auto& hit = results.at("hits").at(0);
  EXPECT_EQ(hit.at("id"), "world/2017/tillerson");
  EXPECT_EQ(hit.at("title"), "Tillerson in Doha");
  EXPECT_EQ(hit.at("date"), "2017-07-11T06:30:00Z");
  EXPECT_EQ(hit.at("source"), "Example Wire");
  EXPECT_EQ(hit.at("url"), "https://example.com/a");
  EXPECT_EQ(hit.at("persons"), nlohmann::json::array({"Rex Tillerson"}));
  EXPECT_EQ(hit.at("countries"), nlohmann::json::array({"QA"}));
  EXPECT_EQ(search_json({"source:\"example wire\""}).at("total_estimate"), 1);
  EXPECT_EQ(search_json({"id:world/2017/tillerson"}).at("total_estimate"), 1);
}

TEST_F(EndToEnd, UnparseableDateIsAWarningAndTheArticleIsIndexed) {
  const auto file =
      write_file("in/a.txt", "Title: Dated\nDate: last Tuesday\n\nSome body text about barley.\n");
  const ProcessResult result = index({file.string()});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.err.find("a.txt:2: warning: unrecognised date 'last Tuesday'"), std::string::npos)
      << result.err;
  const auto found = search_json({"barley"});
  ASSERT_EQ(found.at("hits").size(), 1U);
  EXPECT_TRUE(found.at("hits").at(0).at("date").is_null());
}

TEST_F(EndToEnd, JsonLinesFromStandardInput) {
  const ProcessResult result = index(
      {"-"},
      with_input(
          "{\"id\":\"s1\",\"title\":\"Sugar quota\",\"body\":\"Sugar quotas cut.\",\"date\":\"1987-03-02\"}\n"
          "{\"id\":\"s2\",\"body\":\"More sugar.\"}\n"));
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(search_json({"sugar"}).at("total_estimate"), 2);
}

TEST_F(EndToEnd, NothingToIndexExitsOne) {
  std::filesystem::create_directories(dir_ / "empty-dir");
  const ProcessResult result = index({(dir_ / "empty-dir").string()});
  EXPECT_EQ(result.exit_status, 1) << result.err;
}

TEST_F(EndToEnd, UnknownOptionIsAnError) {
  const ProcessResult result = index({"--no-such-flag", kCorpusDir.string()});
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("no-such-flag"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace tidings::test
