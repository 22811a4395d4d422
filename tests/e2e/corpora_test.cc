// The real corpora in ../shared/corpora, when they are there.
#include "e2e/e2e_fixture.h"

namespace tidings::test {
namespace {

void skip_without(const std::filesystem::path& file) {
  if (!std::filesystem::exists(file)) {
    GTEST_SKIP() << file << " is not there (../shared is absent); skipping the real-corpus test";
  }
}

TEST_F(EndToEnd, TimeCollectionIndexesFromGzippedJsonLines) {
  const auto file = kSharedDir / "corpora" / "time-docs.jsonl.gz";
  skip_without(file);
  const ProcessResult result = index({file.string()});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.err.find("423 articles in"), std::string::npos) << result.err;
  const auto found = search_json({"diem"});
  EXPECT_GT(found.at("total_estimate").get<int>(), 0);
}

TEST_F(EndToEnd, ReutersIndexesAll21578Articles) {
  const auto file = kSharedDir / "corpora" / "reuters.jsonl.gz";
  skip_without(file);
  const ProcessResult result = index({file.string()});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.err.find("21578 indexed (21578 added, 0 replaced), 0 failed"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("21578 articles in"), std::string::npos) << result.err;
  const auto cocoa = search_json({"title:cocoa"});
  EXPECT_GT(cocoa.at("total_estimate").get<int>(), 10);
  EXPECT_EQ(search_json({"id:reuters-1"}).at("hits").at(0).at("title"), "BAHIA COCOA REVIEW");
}

}  // namespace
}  // namespace tidings::test
