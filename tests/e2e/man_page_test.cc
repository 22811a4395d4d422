// Every option a program's --help lists is documented in its man page.
#include <regex>
#include <set>
#include <sstream>

#include "e2e/e2e_fixture.h"

namespace tidings::test {
namespace {

std::set<std::string> long_options(const std::string& help) {
  std::set<std::string> options;
  const std::regex option(R"((?:^|[\s,])--([a-z][a-z0-9-]*))");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it) {
    options.insert((*it)[1]);
  }
  return options;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

void expect_documented(const std::string& program, const std::string& man_page) {
  const ProcessResult help = run_process({program, "--help"});
  ASSERT_EQ(help.exit_status, 0) << help.err;
  const auto options = long_options(help.out);
  ASSERT_GE(options.size(), 4U) << "too few options found in --help:\n" << help.out;
  const std::string page = read(kSourceDir / "man" / man_page);
  ASSERT_FALSE(page.empty()) << man_page << " is missing";
  for (const auto& name : options) {
    std::string escaped = "\\-\\-";
    for (const char c : name) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
    EXPECT_NE(page.find(escaped), std::string::npos) << "--" << name << " is not in man/" << man_page;
  }
}

TEST(ManPages, DocumentEveryIndexOption) {
  expect_documented(TIDINGS_INDEX_BIN, "tidings-index.1");
}

TEST(ManPages, DocumentEverySearchOption) {
  expect_documented(TIDINGS_SEARCH_BIN, "tidings-search.1");
}

}  // namespace
}  // namespace tidings::test
