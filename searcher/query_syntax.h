// Strict checks on a query string before Xapian parses it.
#ifndef TIDINGS_SEARCHER_QUERY_SYNTAX_H_
#define TIDINGS_SEARCHER_QUERY_SYNTAX_H_

#include <string_view>

namespace tidings {

// Xapian's query parser is lenient: when a query does not parse it quietly
// retries with operators read as words, so "(tillerson AND" would search
// for something the user never typed. These checks reject such queries
// first: unbalanced parentheses, empty parentheses, and a binary operator
// (AND, OR, XOR) or NOT missing its operand. Text inside double quotes
// (straight or typographic) is a phrase and is not checked.
//
// Throws Error(kQuery) whose message quotes the query and marks the
// offending position with a caret on the line below.
void check_query_syntax(std::string_view query);

}  // namespace tidings

#endif  // TIDINGS_SEARCHER_QUERY_SYNTAX_H_
