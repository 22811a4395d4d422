// Every option a program's --help lists is documented in its man page.
#include <cctype>
#include <set>
#include <sstream>

#include "e2e/e2e_fixture.h"

namespace tidings::test {
namespace {

// Every "--name" in the help text that starts a word.
std::set<std::string> long_options(const std::string& help) {
  std::set<std::string> options;
  for (std::size_t at = help.find("--"); at != std::string::npos; at = help.find("--", at + 2)) {
    if (at > 0 && help[at - 1] != ' ' && help[at - 1] != ',' && help[at - 1] != '\n') continue;
    std::size_t end = at + 2;
    while (end < help.size() && (std::isalnum(static_cast<unsigned char>(help[end])) || help[end] == '-'))
      ++end;
    if (end > at + 2 && std::isalpha(static_cast<unsigned char>(help[at + 2])))
      options.insert(help.substr(at + 2, end - at - 2));
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
