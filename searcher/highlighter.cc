#include "searcher/highlighter.h"

#include "common/schema.h"
#include "common/utf8.h"
#include "common/word_scanner.h"

namespace tidings {

namespace {

// Splits a query term into its field prefix and its text. Xapian prefixes
// are upper-case ASCII (terms are lower-cased), optionally followed by ':'.
// Stemmed terms carry an extra leading 'Z'.
struct SplitTerm {
  bool stemmed = false;
  std::string_view prefix;
  std::string_view text;
};

SplitTerm split_term(std::string_view term) {
  SplitTerm split;
  std::size_t i = 0;
  while (i < term.size() && term[i] >= 'A' && term[i] <= 'Z') ++i;
  std::string_view prefix = term.substr(0, i);
  std::string_view text = term.substr(i);
  if (!text.empty() && text.front() == ':') text.remove_prefix(1);
  if (!prefix.empty() && prefix.front() == 'Z') {
    split.stemmed = true;
    prefix.remove_prefix(1);
  }
  split.prefix = prefix;
  split.text = text;
  return split;
}

bool is_free_text_prefix(std::string_view prefix) {
  for (const auto& field : schema::fields()) {
    if (field.kind == schema::FieldKind::kFreeText && field.prefix == prefix) return true;
  }
  return false;
}

// The terms whose presence can make a document match: everything except
// what sits on the excluded side of NOT (AND_NOT's right-hand operands).
void collect_positive_terms(const Xapian::Query& query, std::vector<std::string>& terms) {
  if (query.get_type() == Xapian::Query::LEAF_TERM) {
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) terms.push_back(*it);
    return;
  }
  const std::size_t count = query.get_num_subqueries();
  const std::size_t positive =
      query.get_type() == Xapian::Query::OP_AND_NOT ? std::min<std::size_t>(count, 1) : count;
  for (std::size_t i = 0; i < positive; ++i) collect_positive_terms(query.get_subquery(i), terms);
}

}  // namespace

Highlighter::Highlighter(const Xapian::Query& query, TextFolder& folder)
    : folder_(folder), stemmer_(std::string(schema::kStemmerLanguage)) {
  std::vector<std::string> terms;
  collect_positive_terms(query, terms);
  for (const auto& term : terms) {
    const SplitTerm split = split_term(term);
    if (split.text.empty() || !is_free_text_prefix(split.prefix)) continue;
    (split.stemmed ? stems_ : exact_).emplace(split.text);
  }
}

const std::string* Highlighter::match(const std::string& term) {
  if (auto it = exact_.find(term); it != exact_.end()) return &*it;
  if (stems_.empty()) return nullptr;
  auto memo = stem_memo_.find(term);
  if (memo == stem_memo_.end()) memo = stem_memo_.emplace(term, stemmer_(term)).first;
  if (auto it = stems_.find(memo->second); it != stems_.end()) return &*it;
  return nullptr;
}

std::vector<TermMatch> Highlighter::find(std::string_view text) {
  std::vector<TermMatch> matches;
  if (empty()) return matches;
  WordScanner scanner(text);
  Word word;
  while (scanner.next(word)) {
    const std::string term = is_ascii(word.term) ? word.term : folder_.fold_lower(word.term);
    if (const std::string* key = match(term)) matches.push_back({word.begin, word.end, *key});
  }
  return matches;
}

}  // namespace tidings
