#include "common/country_gazetteer.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tidings {
namespace {

const CountryGazetteer& gazetteer() {
  static const CountryGazetteer instance;
  return instance;
}

std::set<std::string> codes_in(std::string_view text) {
  std::set<std::string> codes;
  for (const CountryMention& mention : gazetteer().find(text)) codes.insert(mention.code);
  return codes;
}

std::string corpus_body(const std::string& prefix) {
  const auto dir = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "corpus";
  for (const auto& file : std::filesystem::directory_iterator(dir)) {
    if (!file.path().filename().string().starts_with(prefix)) continue;
    std::ifstream in(file.path());
    std::stringstream content;
    content << in.rdbuf();
    std::string text = content.str();
    // "Date: ...\n\n" comes before the article.
    const auto header_end = text.find("\n\n");
    return header_end == std::string::npos ? text : text.substr(header_end + 2);
  }
  ADD_FAILURE() << "no corpus file " << prefix;
  return {};
}

struct ResolveCase {
  const char* input;
  const char* expected;  // nullptr: not a country
};

class CountryResolveTest : public testing::TestWithParam<ResolveCase> {};

TEST_P(CountryResolveTest, Resolves) {
  const ResolveCase& c = GetParam();
  const auto code = gazetteer().resolve(c.input);
  if (c.expected == nullptr) {
    EXPECT_FALSE(code.has_value()) << c.input << " → " << code.value_or("");
  } else {
    EXPECT_EQ(code.value_or("(none)"), c.expected) << c.input;
  }
}

INSTANTIATE_TEST_SUITE_P(
    CountryResolveTable, CountryResolveTest,
    testing::Values(
        // Codes, alpha-2 and alpha-3, any case.
        ResolveCase{"qa", "QA"}, ResolveCase{"GB", "GB"}, ResolveCase{"us", "US"}, ResolveCase{"QAT", "QA"},
        ResolveCase{"deu", "DE"},
        // Names from iso-codes and CLDR.
        ResolveCase{"Qatar", "QA"}, ResolveCase{"qatar", "QA"}, ResolveCase{"SAUDI ARABIA", "SA"},
        ResolveCase{"United Kingdom", "GB"}, ResolveCase{"Republic of Korea", "KR"},
        ResolveCase{"Korea, Republic of", "KR"}, ResolveCase{"North Korea", "KP"},
        ResolveCase{"Côte d’Ivoire", "CI"}, ResolveCase{"cote d'ivoire", "CI"},
        ResolveCase{"Ivory Coast", "CI"}, ResolveCase{"Türkiye", "TR"}, ResolveCase{"Turkey", "TR"},
        ResolveCase{"Czechia", "CZ"}, ResolveCase{"Czech Republic", "CZ"},
        ResolveCase{"São Tomé and Príncipe", "ST"}, ResolveCase{"St Kitts and Nevis", "KN"},
        ResolveCase{"Myanmar", "MM"}, ResolveCase{"Congo", "CD"}, ResolveCase{"Republic of the Congo", "CG"},
        ResolveCase{"Democratic Republic of the Congo", "CD"}, ResolveCase{"Virgin Islands", nullptr},
        ResolveCase{"British Virgin Islands", "VG"},
        // Aliases and abbreviations.
        ResolveCase{"U.S.", "US"}, ResolveCase{"U.S.A.", "US"}, ResolveCase{"USA", "US"},
        ResolveCase{"America", "US"}, ResolveCase{"United States", "US"}, ResolveCase{"UK", "GB"},
        ResolveCase{"u.k.", "GB"}, ResolveCase{"Britain", "GB"}, ResolveCase{"England", "GB"},
        ResolveCase{"Scotland", "GB"}, ResolveCase{"UAE", "AE"}, ResolveCase{"U.A.E.", "AE"},
        ResolveCase{"Emirates", "AE"}, ResolveCase{"DPRK", "KP"}, ResolveCase{"Russia", "RU"},
        ResolveCase{"Holland", "NL"}, ResolveCase{"Vatican", "VA"}, ResolveCase{"Taiwan", "TW"},
        // Former countries, as their successors.
        ResolveCase{"Soviet Union", "RU"}, ResolveCase{"USSR", "RU"}, ResolveCase{"West Germany", "DE"},
        ResolveCase{"East Germany", "DE"}, ResolveCase{"German Democratic Republic", "DE"},
        ResolveCase{"Burma", "MM"}, ResolveCase{"Yugoslavia", "RS"}, ResolveCase{"Czechoslovakia", "CZ"},
        ResolveCase{"Zaire", "CD"},
        // Demonyms and adjectives.
        ResolveCase{"Qatari", "QA"}, ResolveCase{"qataris", "QA"}, ResolveCase{"Saudi", "SA"},
        ResolveCase{"Saudi Arabian", "SA"}, ResolveCase{"Emirati", "AE"}, ResolveCase{"Turkish", "TR"},
        ResolveCase{"Briton", "GB"}, ResolveCase{"British", "GB"}, ResolveCase{"Americans", "US"},
        ResolveCase{"Frenchmen", "FR"}, ResolveCase{"Ivorian", "CI"}, ResolveCase{"Soviet", "RU"},
        // Not countries.
        ResolveCase{"Doha", nullptr}, ResolveCase{"Texas", nullptr}, ResolveCase{"Middle East", nullptr},
        ResolveCase{"Europe", nullptr}, ResolveCase{"Atlantis", nullptr}, ResolveCase{"", nullptr},
        ResolveCase{"zz", nullptr}, ResolveCase{"Kurdish", nullptr}, ResolveCase{"Latin American", nullptr}));

struct FindCase {
  const char* text;
  std::vector<std::string> codes;  // in text order, repeats included
};

class CountryFindTest : public testing::TestWithParam<FindCase> {};

TEST_P(CountryFindTest, FindsCodesInOrder) {
  const FindCase& c = GetParam();
  std::vector<std::string> codes;
  for (const CountryMention& mention : gazetteer().find(c.text)) codes.push_back(mention.code);
  EXPECT_EQ(codes, c.codes) << c.text;
}

using V = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    CountryFindTable, CountryFindTest,
    testing::Values(
        // Names, aliases, demonyms, possessives, compounds.
        FindCase{"Qatar and Saudi Arabia", V{"QA", "SA"}}, FindCase{"Qatar’s foreign policy", V{"QA"}},
        FindCase{"Saudi Arabia's king", V{"SA"}}, FindCase{"a Saudi-led bloc", V{"SA"}},
        FindCase{"Washington-Ankara relations", V{"US", "TR"}}, FindCase{"Turkish troops", V{"TR"}},
        FindCase{"the U.S. and the U.K.", V{"US", "GB"}}, FindCase{"the US State Department", V{"US"}},
        FindCase{"talks in the UAE", V{"AE"}}, FindCase{"United Arab Emirates", V{"AE"}},
        FindCase{"He met Qatari, Emirati and Bahraini envoys.", V{"QA", "AE", "BH"}},
        FindCase{"Côte d’Ivoire and Ivory Coast", V{"CI", "CI"}},
        FindCase{"the former Soviet Union and West Germany", V{"RU", "DE"}},
        FindCase{"in Burma, now Myanmar", V{"MM", "MM"}},
        // Cities, states, provinces.
        FindCase{"in Doha and Jeddah", V{"QA", "SA"}},
        FindCase{"the G20 summit in Hamburg, Germany", V{"DE", "DE"}},
        FindCase{"Irving, Texas-based", V{"US"}}, FindCase{"from Lucca, Italy", V{"IT", "IT"}},
        FindCase{"Toronto, Ontario", V{"CA", "CA"}}, FindCase{"New South Wales", V{"AU"}},
        FindCase{"New Mexico and New Jersey", V{"US", "US"}}, FindCase{"New York", V{"US"}},
        // Regions are no countries; demonyms inside compounds stay out.
        FindCase{"the Persian Gulf and the Middle East", V{}}, FindCase{"the Indian Ocean", V{}},
        FindCase{"Latin American markets", V{}}, FindCase{"Europe, Africa and Asia", V{}},
        FindCase{"The West is backing him; Western powers agree.", V{}},
        FindCase{"Kurdish militants and the Kurds", V{}}, FindCase{"an American Express card", V{}},
        FindCase{"Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea", V{"PG", "GQ", "GW", "GN"}},
        FindCase{"Niger and Nigeria", V{"NE", "NG"}}, FindCase{"fighting in Congo", V{"CD"}},
        FindCase{"the Republic of Congo", V{"CG"}}, FindCase{"Democratic Republic of the Congo", V{"CD"}},
        // Capitalisation: words that are also countries.
        FindCase{"we ate turkey and used the best china", V{}}, FindCase{"a Thanksgiving Turkey", V{}},
        FindCase{"Turkey dinner recipes", V{}}, FindCase{"Turkey and Russia", V{"TR", "RU"}},
        FindCase{"May and June were warm. Will they come?", V{}}, FindCase{"let us know", V{}},
        FindCase{"Us and them", V{}},
        // Persons named like countries.
        FindCase{"Michael Jordan scored 30 points.", V{}}, FindCase{"King Abdullah of Jordan", V{"JO"}},
        FindCase{"Chad Smith played drums.", V{}}, FindCase{"Chad and Sudan", V{"TD", "SD"}},
        FindCase{"Amman, Jordan", V{"JO", "JO"}}, FindCase{"the Jordan Times reported", V{"JO"}},
        FindCase{"Michael Jordan retired. Jordan later said", V{}},
        // Georgia: the country unless the text is about the US state.
        FindCase{"Russia and Georgia fought over South Ossetia.", V{"RU", "GE", "GE"}},
        FindCase{"Tbilisi, Georgia", V{"GE", "GE"}}, FindCase{"Atlanta, Georgia", V{"US", "US"}},
        FindCase{"Atlanta, Ga. - Georgia voters", V{"US", "US"}},
        FindCase{"Georgia Gov. Brian Kemp", V{"US"}}, FindCase{"Georgia Tech won", V{"US"}},
        FindCase{"Georgia Power Co said", V{"US"}}, FindCase{"Florida and Georgia", V{"US", "US"}},
        FindCase{"U.S. envoy in Georgia", V{"US", "US"}},
        FindCase{"U.S. envoy in Georgia and Ukraine", V{"US", "GE", "UA"}},
        // All capitals: headlines, datelines, TIME.
        FindCase{"SAO PAULO, Feb 26 - Brazil's coffee", V{"BR", "BR"}},
        FindCase{"CHINA TO BUY U.S. WHEAT", V{"CN", "US"}},
        FindCase{"THE U.S . OFFER TO SUPPLY BRITAIN AND FRANCE. LET US SEE.", V{"US", "GB", "FR"}},
        FindCase{"THE ALLIES OF THE US AND TURKEY", V{"US", "TR"}}, FindCase{"US-LED FORCES", V{"US"}}));

TEST(CountryFind, OffsetsAreExact) {
  const std::string text = "Qatar’s ties with the U.S. and Saudi Arabia's Doha-based staff";
  const auto mentions = gazetteer().find(text);
  std::vector<std::string> spans;
  for (const auto& m : mentions) spans.push_back(text.substr(m.begin, m.end - m.begin));
  EXPECT_EQ(spans, (V{"Qatar", "U.S.", "Saudi Arabia", "Doha"}));
}

TEST(CountryFind, EmptyAndWordlessText) {
  EXPECT_TRUE(gazetteer().find("").empty());
  EXPECT_TRUE(gazetteer().find(" -- 123, 456 ").empty());
}

struct CorpusCase {
  const char* prefix;
  std::set<std::string> codes;
};

class CountryCorpusTest : public testing::TestWithParam<CorpusCase> {};

TEST_P(CountryCorpusTest, TagsExactlyTheIssuesCountries) {
  EXPECT_EQ(codes_in(corpus_body(GetParam().prefix)), GetParam().codes);
}

INSTANTIATE_TEST_SUITE_P(
    CountrySeedCorpus, CountryCorpusTest,
    testing::Values(CorpusCase{"000_", {"US", "QA", "SA", "KW", "BH", "AE", "EG", "TR", "UA", "DE", "SY"}},
                    CorpusCase{"001_", {"US", "QA", "SA", "EG", "BH", "AE", "KW", "IR", "TR"}},
                    CorpusCase{"002_", {"RU", "SY", "US", "IT", "GB"}}));

TEST(CountryIsPlace, KnowsPlacesOfEveryKind) {
  for (const char* place : {"Persian Gulf", "Saudi Arabia", "Doha", "doha", "Texas", "Middle East", "Europe",
                            "Indian Ocean", "UK", "Zürich", "Sao Paulo", "São Paulo", "Kyiv"}) {
    EXPECT_TRUE(gazetteer().is_place(place)) << place;
  }
  for (const char* other : {"Rex Tillerson", "Qatari", "Turkish", "American Express", "Monday", ""}) {
    EXPECT_FALSE(gazetteer().is_place(other)) << other;
  }
}

TEST(CountryName, GivesEnglishShortNames) {
  EXPECT_EQ(gazetteer().name("QA"), "Qatar");
  EXPECT_EQ(gazetteer().name("qa"), "Qatar");
  EXPECT_EQ(gazetteer().name("US"), "United States");
  EXPECT_EQ(gazetteer().name("GB"), "United Kingdom");
  EXPECT_EQ(gazetteer().name("KR"), "South Korea");
  EXPECT_EQ(gazetteer().name("RU"), "Russia");
  EXPECT_EQ(gazetteer().name("CI"), "Côte d'Ivoire");
  EXPECT_EQ(gazetteer().name("ZZ"), "");
}

}  // namespace
}  // namespace tidings
