// The --json document.
#include <nlohmann/json.hpp>

#include <tidings/render.h>

namespace tidings {

namespace {

using Json = nlohmann::ordered_json;

Json spans_to_json(const std::vector<Span>& spans) {
  Json array = Json::array();
  for (const Span& span : spans) array.push_back({{"start", span.begin}, {"end", span.end}});
  return array;
}

Json hit_to_json(const Hit& hit) {
  return Json{
      {"rank", hit.rank},
      {"id", hit.id},
      {"title", hit.title},
      {"title_highlights", spans_to_json(hit.title_highlights)},
      {"date", hit.date ? Json(format_iso8601(*hit.date)) : Json(nullptr)},
      {"source", hit.source},
      {"url", hit.url},
      {"persons", hit.persons},
      {"countries", hit.countries},
      {"score", hit.score},
      {"snippet", {{"text", hit.snippet.text}, {"highlights", spans_to_json(hit.snippet.highlights)}}},
  };
}

}  // namespace

void render_json(const SearchResults& results, std::ostream& out) {
  Json hits = Json::array();
  for (const Hit& hit : results.hits) hits.push_back(hit_to_json(hit));
  const Json document{
      {"version", kJsonFormatVersion},
      {"query", results.query},
      {"parsed_query", results.parsed_query},
      {"total_estimate", results.total_estimate},
      {"offset", results.offset},
      {"hits", std::move(hits)},
  };
  // Invalid UTF-8 cannot reach here (input is repaired at indexing), but a
  // replacement character is better than an exception if it ever does.
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace tidings
