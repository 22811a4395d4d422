#include "common/article_record.h"

#include <nlohmann/json.hpp>

#include <tidings/error.h>

namespace tidings {

std::string encode_article_record(const Article& article) {
  nlohmann::json record = {
      {"id", article.id},
      {"title", article.title},
      {"body", article.body},
      {"source", article.source},
      {"url", article.url},
      {"persons", article.persons},
      {"countries", article.countries},
  };
  if (article.date) record["date"] = format_iso8601(*article.date);
  return record.dump();
}

Article decode_article_record(std::string_view data) {
  Article article;
  try {
    const auto record = nlohmann::json::parse(data);
    article.id = record.at("id").get<std::string>();
    article.title = record.value("title", "");
    article.body = record.value("body", "");
    article.source = record.value("source", "");
    article.url = record.value("url", "");
    article.persons = record.value("persons", std::vector<std::string>{});
    article.countries = record.value("countries", std::vector<std::string>{});
    if (record.contains("date")) article.date = parse_date(record["date"].get<std::string>());
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kCorruption, std::string("unreadable article record in index: ") + e.what());
  }
  return article;
}

}  // namespace tidings
