// Cutting a snippet from an article body around the words that matched.
#ifndef TIDINGS_SEARCHER_SNIPPET_BUILDER_H_
#define TIDINGS_SEARCHER_SNIPPET_BUILDER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include <tidings/results.h>

#include "searcher/highlighter.h"

namespace tidings {

// Picks the passage of about `target_chars` code points of `text` that holds
// the most distinct matched terms (then the most matches), starts it at a
// sentence start when one is close before the first match, cuts it at word
// boundaries, collapses white space, marks cuts with "…", and highlights the
// matches inside it. With no matches, the passage is the text's lead.
// `matches` must be in text order (as Highlighter::find returns them).
Snippet build_snippet(std::string_view text, const std::vector<TermMatch>& matches, std::size_t target_chars);

// The matches as code point spans of `text`, for short texts shown whole
// (titles).
std::vector<Span> code_point_spans(std::string_view text, const std::vector<TermMatch>& matches);

}  // namespace tidings

#endif  // TIDINGS_SEARCHER_SNIPPET_BUILDER_H_
