// Field tags end to end: what the tagger finds in the seed articles, and
// the person:, country:, date: and mentioned: filters over them.
#include <chrono>
#include <set>

#include "e2e/e2e_fixture.h"

namespace tidings::test {
namespace {

const std::string k000 = "000_008d18d921bead8a";
const std::string k001 = "001_3cc5ee30644e116d";
const std::string k002 = "002_f547a2b77d0459a6";

std::set<std::string> ids_of(const nlohmann::json& results) {
  std::set<std::string> ids;
  for (const auto& hit : results.at("hits")) ids.insert(hit.at("id").get<std::string>());
  return ids;
}

std::set<std::string> as_set(const nlohmann::json& array) {
  std::set<std::string> out;
  for (const auto& v : array) out.insert(v.get<std::string>());
  return out;
}

class Tags : public EndToEnd {
 protected:
  // tidings-index --dry-run --json on corpus/, one object per id.
  std::map<std::string, nlohmann::json> dry_run_corpus() const {
    const ProcessResult result = run_process({TIDINGS_INDEX_BIN, "--dry-run", "--json", kCorpusDir.string()});
    EXPECT_EQ(result.exit_status, 0) << result.err;
    std::map<std::string, nlohmann::json> by_id;
    std::size_t start = 0;
    while (start < result.out.size()) {
      const std::size_t end = result.out.find('\n', start);
      const auto line = nlohmann::json::parse(result.out.substr(start, end - start));
      by_id[line.at("id").get<std::string>()] = line;
      start = end == std::string::npos ? result.out.size() : end + 1;
    }
    return by_id;
  }

  std::set<std::string> found(const std::string& query) const {
    const ProcessResult result = search({"--json", query});
    EXPECT_LE(result.exit_status, 1) << query << ": " << result.err;
    return ids_of(nlohmann::json::parse(result.out));
  }
};

TEST_F(Tags, SeedArticlesAreTaggedExactly) {
  const auto tags = dry_run_corpus();
  ASSERT_EQ(tags.size(), 3U);
  EXPECT_EQ(as_set(tags.at(k000).at("persons")),
            (std::set<std::string>{"Rex Tillerson", "R.C. Hammond", "Donald Trump", "Recep Tayyip Erdogan",
                                   "Bashar Assad"}));
  EXPECT_EQ(as_set(tags.at(k000).at("countries")),
            (std::set<std::string>{"US", "QA", "SA", "KW", "BH", "AE", "EG", "TR", "UA", "DE", "SY"}));
  EXPECT_EQ(as_set(tags.at(k001).at("persons")),
            (std::set<std::string>{"Rex Tillerson", "Sameh Shoukry", "Adel Al Jubeir",
                                   "Tamim Bin Hamad Al Thani", "Sabah Al Ahmad Al Sabah", "Donald Trump"}));
  EXPECT_EQ(as_set(tags.at(k001).at("countries")),
            (std::set<std::string>{"US", "QA", "SA", "EG", "BH", "AE", "KW", "IR", "TR"}));
  EXPECT_EQ(as_set(tags.at(k002).at("persons")),
            (std::set<std::string>{"Rex Tillerson", "Vladimir Putin", "Bashar al-Assad", "Donald Trump",
                                   "Sergey Lavrov", "John Kerry", "Barack Obama", "Boris Johnson"}));
  EXPECT_EQ(as_set(tags.at(k002).at("countries")), (std::set<std::string>{"RU", "SY", "US", "IT", "GB"}));

  std::set<std::string> dates000;
  for (const auto& m : tags.at(k000).at("mentioned_dates")) dates000.insert(m.at("date").get<std::string>());
  for (const char* date : {"2017-06-05", "2017-05", "2016"}) EXPECT_TRUE(dates000.count(date)) << date;
  std::set<std::string> dates001;
  for (const auto& m : tags.at(k001).at("mentioned_dates")) dates001.insert(m.at("date").get<std::string>());
  EXPECT_TRUE(dates001.count("2017-06"));
}

TEST_F(Tags, PersonMatchesAnyPartOfAName) {
  index_corpus();
  const std::set<std::string> all{k000, k001, k002};
  for (const char* query : {"person:tillerson", "person:\"rex tillerson\"", "person:Tillerson"}) {
    EXPECT_EQ(found(query), all) << query;
  }
  EXPECT_EQ(found("person:assad"), (std::set<std::string>{k000, k002}));
  // The words of a name must stand together in one person's name.
  EXPECT_TRUE(found("person:\"rex trump\"").empty());
}

TEST_F(Tags, CountryTakesCodesNamesAndDemonyms) {
  index_corpus();
  const std::set<std::string> qatar = found("country:qa");
  EXPECT_EQ(qatar, (std::set<std::string>{k000, k001}));
  for (const char* query : {"country:QA", "country:qatar", "country:Qatari"})
    EXPECT_EQ(found(query), qatar) << query;
  EXPECT_EQ(found("country:russia"), std::set<std::string>{k002});
  const ProcessResult unknown = search({"country:atlantis"});
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_NE(unknown.err.find("atlantis"), std::string::npos) << unknown.err;
}

TEST_F(Tags, PublicationDateFilters) {
  index_corpus();
  EXPECT_EQ(found("date:2017-07-10"), std::set<std::string>{k000});
  EXPECT_EQ(found("date:2017-07"), (std::set<std::string>{k000, k001}));
  EXPECT_EQ(found("date:2017"), (std::set<std::string>{k000, k001, k002}));
  EXPECT_EQ(found("date:2017-06-01..2017-07-10"), std::set<std::string>{k000});
  EXPECT_EQ(found("date:2017-07.."), (std::set<std::string>{k000, k001}));
  EXPECT_EQ(found("date:..2017-05"), std::set<std::string>{k002});
  EXPECT_EQ(found("tillerson AND date:2017-04"), std::set<std::string>{k002});
  for (const char* bad : {"date:2017-13", "date:2017-07-10..2017-07-01", "date:soon"}) {
    const ProcessResult result = search({bad});
    EXPECT_EQ(result.exit_status, 2) << bad;
    EXPECT_NE(result.err.find(std::string(bad).substr(5)), std::string::npos) << result.err;
  }
}

TEST_F(Tags, RelativeDatesCountFromToday) {
  const auto now = std::chrono::system_clock::now();
  auto day = [&](int days_ago) {
    const auto t = std::chrono::system_clock::to_time_t(now - std::chrono::hours(24 * days_ago));
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::gmtime(&t));
    return std::string(buffer);
  };
  write_file("in/today.txt", "Date: " + day(0) + "\n\nWheat news today.\n");
  write_file("in/yesterday.txt", "Date: " + day(1) + "\n\nWheat news yesterday.\n");
  write_file("in/old.txt", "Date: " + day(30) + "\n\nWheat news a month ago.\n");
  ASSERT_EQ(index({(dir_ / "in").string()}).exit_status, 0);
  EXPECT_EQ(found("date:today"), std::set<std::string>{"today"});
  EXPECT_EQ(found("date:yesterday"), std::set<std::string>{"yesterday"});
  EXPECT_EQ(found("date:7d.."), (std::set<std::string>{"today", "yesterday"}));
  EXPECT_EQ(found("wheat AND date:..2d"), std::set<std::string>{"old"});
}

TEST_F(Tags, MentionedDatesMatchAtTheirOwnPrecision) {
  index_corpus();
  EXPECT_EQ(found("mentioned:2017-06"), (std::set<std::string>{k000, k001}));
  EXPECT_EQ(found("mentioned:2017-06-05"), std::set<std::string>{k000});
  EXPECT_EQ(found("mentioned:2016"), std::set<std::string>{k000});
  EXPECT_EQ(found("mentioned:2017-05-01..2017-06-30"), (std::set<std::string>{k000, k001}));
}

TEST_F(Tags, HitsShowTheirTagsAndFacetsCountThem) {
  index_corpus();
  const auto results = search_json({"--facets", "tillerson"});
  for (const auto& hit : results.at("hits")) {
    EXPECT_TRUE(as_set(hit.at("persons")).count("Rex Tillerson")) << hit.at("id");
    EXPECT_FALSE(hit.at("countries").empty());
    EXPECT_TRUE(hit.at("mentioned_dates").is_array());
  }
  const auto& facets = results.at("facets");
  // Rex Tillerson and Donald Trump are in all three; ties are in name order.
  ASSERT_GE(facets.at("persons").size(), 2U);
  EXPECT_EQ(facets.at("persons").at(0), nlohmann::json::parse(R"({"value":"Donald Trump","count":3})"));
  EXPECT_EQ(facets.at("persons").at(1), nlohmann::json::parse(R"({"value":"Rex Tillerson","count":3})"));
  EXPECT_EQ(facets.at("persons").at(2).at("count"), 1);
  bool saw_qatar = false;
  for (const auto& c : facets.at("countries")) {
    if (c.at("value") == "QA") {
      saw_qatar = true;
      EXPECT_EQ(c.at("count"), 2);
      EXPECT_EQ(c.at("label"), "Qatar");
    }
  }
  EXPECT_TRUE(saw_qatar) << facets.dump();
  EXPECT_EQ(facets.at("months"),
            nlohmann::json::parse(R"([{"value":"2017-07","count":2},{"value":"2017-04","count":1}])"));

  const ProcessResult text = search({"--facets", "title:russia"});
  EXPECT_NE(text.out.find("persons: "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Months: 2017-04 (1)"), std::string::npos) << text.out;
}

TEST_F(Tags, GivenTagsAreKeptAndNoTagStoresOnlyThem) {
  write_file(
      "in/a.txt",
      "Title: Grain talks\nPerson: Jane Doe\nCountry: Qatar\n\nRex Tillerson met Egyptian officials.\n");
  ASSERT_EQ(index({"--no-tag", (dir_ / "in").string()}).exit_status, 0);
  EXPECT_EQ(found("person:doe"), std::set<std::string>{"a"});
  EXPECT_EQ(found("country:qa"), std::set<std::string>{"a"});  // a given country name is stored as its code
  EXPECT_TRUE(found("person:tillerson").empty());
  EXPECT_TRUE(found("country:eg").empty());
  ASSERT_EQ(index({(dir_ / "in").string()}).exit_status, 0);  // now tagged too
  EXPECT_EQ(found("person:tillerson"), std::set<std::string>{"a"});
  EXPECT_EQ(found("country:egypt"), std::set<std::string>{"a"});
  EXPECT_EQ(found("person:\"jane doe\""), std::set<std::string>{"a"});
}

}  // namespace
}  // namespace tidings::test
