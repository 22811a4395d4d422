// Shared set-up for the end-to-end tests: a scratch directory, and the real
// tidings-index and tidings-search programs.
#ifndef TIDINGS_TESTS_E2E_E2E_FIXTURE_H_
#define TIDINGS_TESTS_E2E_E2E_FIXTURE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "support/process.h"
#include "support/utf32.h"

namespace tidings::test {

inline const std::filesystem::path kSourceDir = TIDINGS_SOURCE_DIR;
inline const std::filesystem::path kCorpusDir = kSourceDir / "corpus";
inline const std::filesystem::path kSharedDir = TIDINGS_SHARED_DIR;

class EndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    dir_ = std::filesystem::temp_directory_path() / ("tidings-e2e-" + std::to_string(random()));
    std::filesystem::create_directories(dir_);
    db_ = (dir_ / "index").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // tidings-index --db <scratch index> ARGS...
  ProcessResult index(std::vector<std::string> args, const ProcessOptions& options = {}) const {
    args.insert(args.begin(), {TIDINGS_INDEX_BIN, "--db", db_});
    return run_process(args, options);
  }

  // tidings-search --db <scratch index> ARGS...
  ProcessResult search(std::vector<std::string> args, const ProcessOptions& options = {}) const {
    args.insert(args.begin(), {TIDINGS_SEARCH_BIN, "--db", db_});
    return run_process(args, options);
  }

  // tidings-search --json; fails the test unless the output is one JSON document.
  nlohmann::json search_json(std::vector<std::string> args, int expected_status = 0) const {
    args.insert(args.begin(), "--json");
    const ProcessResult result = search(args);
    EXPECT_EQ(result.exit_status, expected_status) << result.err;
    return nlohmann::json::parse(result.out);
  }

  std::filesystem::path write_file(const std::string& name, const std::string& content) const {
    const auto path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  void index_corpus() const {
    const ProcessResult result = index({kCorpusDir.string()});
    ASSERT_EQ(result.exit_status, 0) << result.err;
  }

  std::filesystem::path dir_;
  std::string db_;
};

// The highlighted words of a JSON snippet object {"text", "highlights"}.
inline std::vector<std::string> highlighted_words(const nlohmann::json& snippet) {
  const std::u32string text = to_u32(snippet.at("text").get<std::string>());
  std::vector<std::string> words;
  for (const auto& span : snippet.at("highlights")) {
    const auto start = span.at("start").get<std::size_t>();
    const auto end = span.at("end").get<std::size_t>();
    EXPECT_LE(start, end);
    EXPECT_LE(end, text.size());
    if (start <= end && end <= text.size()) words.push_back(to_utf8(text.substr(start, end - start)));
  }
  return words;
}

}  // namespace tidings::test

#endif  // TIDINGS_TESTS_E2E_E2E_FIXTURE_H_
