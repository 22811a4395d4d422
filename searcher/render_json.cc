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

Json mentions_to_json(const std::vector<DateMention>& mentions) {
  Json array = Json::array();
  for (const auto& m : mentions) array.push_back({{"date", m.iso()}, {"text", m.text}});
  return array;
}

Json facet_to_json(const std::vector<FacetCount>& counts) {
  Json array = Json::array();
  for (const auto& c : counts) {
    Json entry{{"value", c.value}, {"count", c.count}};
    if (c.label != c.value) entry["label"] = c.label;
    array.push_back(std::move(entry));
  }
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
      {"mentioned_dates", mentions_to_json(hit.mentioned_dates)},
      {"score", hit.score},
      {"snippet", {{"text", hit.snippet.text}, {"highlights", spans_to_json(hit.snippet.highlights)}}},
  };
}

}  // namespace

void render_tagged_article_json(const Article& article, const Tags& tags, std::ostream& out) {
  const Json line{
      {"id", article.id},
      {"title", article.title},
      {"date", article.date ? Json(format_iso8601(*article.date)) : Json(nullptr)},
      {"persons", tags.persons},
      {"countries", tags.countries},
      {"mentioned_dates", mentions_to_json(tags.mentioned_dates)},
  };
  out << line.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

void render_json(const SearchResults& results, std::ostream& out) {
  Json hits = Json::array();
  for (const Hit& hit : results.hits) hits.push_back(hit_to_json(hit));
  Json document{
      {"version", kJsonFormatVersion},
      {"query", results.query},
      {"parsed_query", results.parsed_query},
      {"total_estimate", results.total_estimate},
      {"offset", results.offset},
      {"hits", std::move(hits)},
  };
  if (results.facets) {
    document["facets"] = {{"persons", facet_to_json(results.facets->persons)},
                          {"countries", facet_to_json(results.facets->countries)},
                          {"months", facet_to_json(results.facets->months)}};
  }
  // Invalid UTF-8 cannot reach here (input is repaired at indexing), but a
  // replacement character is better than an exception if it ever does.
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace tidings
