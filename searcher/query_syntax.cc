#include "searcher/query_syntax.h"

#include <string>
#include <vector>

#include <tidings/error.h>

#include "common/utf8.h"

namespace tidings {

namespace {

enum class TokenKind { kWord, kOpen, kClose, kBinary, kNot };

struct Token {
  TokenKind kind;
  std::size_t offset;  // byte offset in the query
  std::string_view text;
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Length of a double quote (straight or typographic) at `i`, or 0.
std::size_t quote_length(std::string_view q, std::size_t i) {
  if (q[i] == '"') return 1;
  if (q.substr(i, 3) == "\u201C" || q.substr(i, 3) == "\u201D" || q.substr(i, 3) == "\u201E") return 3;
  return 0;
}

std::vector<Token> tokenize(std::string_view q) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < q.size()) {
    if (is_space(q[i])) {
      ++i;
    } else if (q[i] == '(' || q[i] == ')') {
      tokens.push_back({q[i] == '(' ? TokenKind::kOpen : TokenKind::kClose, i, q.substr(i, 1)});
      ++i;
    } else if (const std::size_t quote = quote_length(q, i); quote > 0) {
      // A phrase is one word, up to the closing quote or the end.
      const std::size_t start = i;
      i += quote;
      while (i < q.size() && quote_length(q, i) == 0) ++i;
      if (i < q.size()) i += quote_length(q, i);
      tokens.push_back({TokenKind::kWord, start, q.substr(start, i - start)});
    } else {
      const std::size_t start = i;
      while (i < q.size() && !is_space(q[i]) && q[i] != '(' && q[i] != ')') {
        // field:"a phrase" stays one word
        if (const std::size_t inner = quote_length(q, i); inner > 0) {
          i += inner;
          while (i < q.size() && quote_length(q, i) == 0) ++i;
          if (i < q.size()) i += quote_length(q, i);
          continue;
        }
        ++i;
      }
      const std::string_view word = q.substr(start, i - start);
      TokenKind kind = TokenKind::kWord;
      if (word == "AND" || word == "OR" || word == "XOR") kind = TokenKind::kBinary;
      if (word == "NOT") kind = TokenKind::kNot;
      tokens.push_back({kind, start, word});
    }
  }
  return tokens;
}

[[noreturn]] void fail(std::string_view query, std::size_t offset, const std::string& problem) {
  const std::size_t column = count_code_points(query.substr(0, offset));
  throw Error(ErrorCode::kQuery, "malformed query: " + problem + " at position " +
                                     std::to_string(column + 1) + "\n  " + std::string(query) + "\n  " +
                                     std::string(column, ' ') + "^");
}

}  // namespace

void check_query_syntax(std::string_view query) {
  const std::vector<Token> tokens = tokenize(query);
  std::vector<std::size_t> open;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    const Token* prev = k > 0 ? &tokens[k - 1] : nullptr;
    const Token* next = k + 1 < tokens.size() ? &tokens[k + 1] : nullptr;
    switch (t.kind) {
      case TokenKind::kOpen: open.push_back(t.offset); break;
      case TokenKind::kClose:
        if (open.empty()) fail(query, t.offset, "')' without a matching '('");
        if (prev != nullptr && prev->kind == TokenKind::kOpen) fail(query, prev->offset, "empty parentheses");
        open.pop_back();
        break;
      case TokenKind::kBinary: {
        const bool left_ok =
            prev != nullptr && (prev->kind == TokenKind::kWord || prev->kind == TokenKind::kClose);
        if (!left_ok) fail(query, t.offset, "'" + std::string(t.text) + "' needs something to its left");
        const bool right_ok =
            next != nullptr && (next->kind == TokenKind::kWord || next->kind == TokenKind::kOpen ||
                                next->kind == TokenKind::kNot);
        if (!right_ok) fail(query, t.offset, "'" + std::string(t.text) + "' needs something to its right");
        break;
      }
      case TokenKind::kNot: {
        const bool right_ok =
            next != nullptr && (next->kind == TokenKind::kWord || next->kind == TokenKind::kOpen);
        if (!right_ok) fail(query, t.offset, "'NOT' needs something to its right");
        break;
      }
      case TokenKind::kWord: break;
    }
  }
  if (!open.empty()) fail(query, open.back(), "'(' is never closed");
}

}  // namespace tidings
