// The terminal listing of search results.
#include <tidings/render.h>

#include "common/utf8.h"

namespace tidings {

namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kMatch = "\x1b[1;31m";  // bold red, as grep --color
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

// Writes `text` with the code point spans wrapped in colour codes. `base`
// is the style outside the spans, restored after each one.
void write_highlighted(std::ostream& out, std::string_view text, const std::vector<Span>& spans, bool color,
                       std::string_view base = {}) {
  if (!color) {
    out << text;
    return;
  }
  out << base;
  std::size_t byte = 0;
  std::size_t chars = 0;
  auto advance_to = [&](std::size_t target_chars) {
    const std::size_t start = byte;
    while (byte < text.size() && chars < target_chars) {
      byte += utf8_sequence_length(static_cast<unsigned char>(text[byte]));
      ++chars;
    }
    out << text.substr(start, byte - start);
  };
  for (const Span& span : spans) {
    advance_to(span.begin);
    out << kMatch;
    advance_to(span.end);
    out << kReset << base;
  }
  out << text.substr(std::min(byte, text.size()));
  if (!base.empty()) out << kReset;
}

void write_list(std::ostream& out, std::string_view label, const std::vector<std::string>& values) {
  if (values.empty()) return;
  out << label << ": ";
  for (std::size_t i = 0; i < values.size(); ++i) out << (i > 0 ? ", " : "") << values[i];
}

void write_facet(std::ostream& out, std::string_view label, const std::vector<FacetCount>& counts) {
  out << label << ":";
  if (counts.empty()) out << " none";
  for (std::size_t i = 0; i < counts.size(); ++i) {
    out << (i > 0 ? ", " : " ") << counts[i].label << " (" << counts[i].count << ")";
  }
  out << '\n';
}

}  // namespace

bool use_color(ColorMode mode, bool output_is_terminal, const char* no_color_env) {
  switch (mode) {
    case ColorMode::kAlways: return true;
    case ColorMode::kNever: return false;
    case ColorMode::kAuto: return output_is_terminal && (no_color_env == nullptr || *no_color_env == '\0');
  }
  return false;
}

void render_text(const SearchResults& results, std::ostream& out, const TextRenderOptions& options) {
  const bool color = options.color;
  for (const Hit& hit : results.hits) {
    out << hit.rank << ". ";
    if (hit.title.empty()) {
      out << (color ? kBold : "") << "(no title)" << (color ? kReset : "");
    } else {
      write_highlighted(out, hit.title, hit.title_highlights, color, color ? kBold : "");
    }
    out << '\n' << "   " << (color ? kDim : "");
    out << (hit.date ? format_day(*hit.date) : std::string("no date")) << "  " << hit.id;
    if (!hit.source.empty()) out << "  " << hit.source;
    out << (color ? kReset : "") << '\n';
    if (!hit.persons.empty() || !hit.countries.empty()) {
      out << "   " << (color ? kDim : "");
      write_list(out, "persons", hit.persons);
      if (!hit.persons.empty() && !hit.countries.empty()) out << "  ";
      write_list(out, "countries", hit.countries);
      out << (color ? kReset : "") << '\n';
    }
    if (!hit.snippet.text.empty()) {
      out << "   ";
      write_highlighted(out, hit.snippet.text, hit.snippet.highlights, color);
      out << '\n';
    }
    out << '\n';
  }
  const std::size_t shown = results.hits.size();
  if (shown == 0) {
    out << (results.total_estimate == 0 ? "No matches.\n" : "No more matches.\n");
  } else {
    out << "Results " << results.offset + 1 << "-" << results.offset + shown << " of about "
        << results.total_estimate << ".\n";
  }
  if (results.facets) {
    out << '\n';
    write_facet(out, "Persons", results.facets->persons);
    write_facet(out, "Countries", results.facets->countries);
    write_facet(out, "Months", results.facets->months);
  }
}

}  // namespace tidings
