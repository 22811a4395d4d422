#include "common/article_record.h"

#include <nlohmann/json.hpp>

#include <tidings/error.h>

namespace tidings {

std::string encode_article_record(const Article& article, const Tags& tags) {
  nlohmann::json mentioned = nlohmann::json::array();
  for (const auto& m : tags.mentioned_dates) mentioned.push_back({{"date", m.iso()}, {"text", m.text}});
  nlohmann::json record = {
      {"id", article.id},
      {"title", article.title},
      {"body", article.body},
      {"source", article.source},
      {"url", article.url},
      {"persons", tags.persons},
      {"countries", tags.countries},
      {"mentioned_dates", mentioned},
  };
  if (article.date) record["date"] = format_iso8601(*article.date);
  return record.dump();
}

namespace {

// "2017", "2017-06" or "2017-06-05" back into a DateMention.
DateMention mention_from(const std::string& iso, std::string text) {
  DateMention m;
  m.text = std::move(text);
  m.year = std::stoi(iso.substr(0, 4));
  m.precision = DateMention::Precision::kYear;
  if (iso.size() >= 7) {
    m.month = static_cast<unsigned>(std::stoul(iso.substr(5, 2)));
    m.precision = DateMention::Precision::kMonth;
  }
  if (iso.size() >= 10) {
    m.day = static_cast<unsigned>(std::stoul(iso.substr(8, 2)));
    m.precision = DateMention::Precision::kDay;
  }
  return m;
}

}  // namespace

StoredArticle decode_article_record(std::string_view data) {
  StoredArticle stored;
  Article& article = stored.article;
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
    for (const auto& m : record.value("mentioned_dates", nlohmann::json::array())) {
      stored.mentioned_dates.push_back(mention_from(m.at("date").get<std::string>(), m.value("text", "")));
    }
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kCorruption, std::string("unreadable article record in index: ") + e.what());
  }
  return stored;
}

}  // namespace tidings
