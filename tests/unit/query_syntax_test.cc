#include "searcher/query_syntax.h"

#include <gtest/gtest.h>

#include <tidings/error.h>

namespace tidings {
namespace {

TEST(QuerySyntax, AcceptsWellFormedQueries) {
  for (const char* query : {"visit", "rex tillerson", "\"rex tillerson\" AND qatar", "a AND NOT b",
                            "(a OR b) NOT c", "NOT a", "a XOR (b AND c)", "title:\"a (b\" c", "“(curly” x",
                            "+qatar -doha", "diplom*", "((a))", "a AND (NOT b)"}) {
    SCOPED_TRACE(query);
    EXPECT_NO_THROW(check_query_syntax(query));
  }
}

TEST(QuerySyntax, RejectsWhatXapianWouldSilentlyReinterpret) {
  struct Case {
    const char* query;
    const char* problem;
    std::size_t caret_column;  // 0-based, in characters
  };
  const Case cases[] = {
      {"(tillerson AND qatar", "'(' is never closed", 0},
      {"tillerson AND", "'AND' needs something to its right", 10},
      {"AND x", "'AND' needs something to its left", 0},
      {"a OR OR b", "'OR' needs something to its right", 2},
      {"x)", "')' without a matching '('", 1},
      {"()", "empty parentheses", 0},
      {"a NOT", "'NOT' needs something to its right", 2},
      {"(a AND) b", "'AND' needs something to its right", 3},
      {"Erdoğan XOR", "'XOR' needs something to its right", 8},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.query);
    try {
      check_query_syntax(c.query);
      ADD_FAILURE() << "accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kQuery);
      const std::string message = e.what();
      EXPECT_NE(message.find(c.problem), std::string::npos) << message;
      EXPECT_NE(message.find("position " + std::to_string(c.caret_column + 1)), std::string::npos) << message;
      // The query is shown, with a caret under the offending place.
      const std::string marker =
          "\n  " + std::string(c.query) + "\n  " + std::string(c.caret_column, ' ') + "^";
      EXPECT_NE(message.find(marker), std::string::npos) << message;
    }
  }
}

}  // namespace
}  // namespace tidings
