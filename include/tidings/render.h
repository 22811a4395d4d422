// tidings/render.h — showing search results to people and to programs.
#ifndef TIDINGS_RENDER_H_
#define TIDINGS_RENDER_H_

#include <ostream>

#include <tidings/article.h>
#include <tidings/results.h>
#include <tidings/tagger.h>

namespace tidings {

enum class ColorMode { kAuto, kAlways, kNever };

// Whether to colour output: kAlways and kNever decide; kAuto colours only a
// terminal, and only when NO_COLOR is unset or empty (https://no-color.org).
bool use_color(ColorMode mode, bool output_is_terminal, const char* no_color_env);

struct TextRenderOptions {
  bool color = false;  // ANSI bold colour for matched words and titles
};

// A compact listing for people: rank and title, then date, id and source,
// then the snippet with matched words highlighted, and a closing count.
void render_text(const SearchResults& results, std::ostream& out, const TextRenderOptions& options);

// One JSON document (format described in tidings-search(1)); always valid
// UTF-8 JSON, whatever the article text contains.
void render_json(const SearchResults& results, std::ostream& out);

// One line of JSON for `tidings-index --dry-run --json`: the article's id,
// title, date and its tags (persons, countries, mentioned_dates as
// {"date": "2017-06-05", "text": "June 5"}).
void render_tagged_article_json(const Article& article, const Tags& tags, std::ostream& out);

// Version of the JSON document's shape; it changes whenever the shape does.
inline constexpr int kJsonFormatVersion = 2;

}  // namespace tidings

#endif  // TIDINGS_RENDER_H_
