#include "common/country_gazetteer.h"

#include <tidings/article_reader.h>

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
        FindCase{"THE ALLIES OF THE US AND TURKEY", V{"US", "TR"}}, FindCase{"US-LED FORCES", V{"US"}},
        FindCase{"HK Disneyland to open", V{"HK"}}));

// Errors found by evaluation on Reuters-21578, BBC and AG News, one table
// per rule (see country_gazetteer.cc).
INSTANTIATE_TEST_SUITE_P(
    CountryJerseyTable, CountryFindTest,
    testing::Values(
        // New Jersey, whole or split over a line break or before a hyphen.
        FindCase{"a New\nJersey-based company", V{"US"}}, FindCase{"a New Jersey-based company", V{"US"}},
        FindCase{"the Port Authority of New York and New\n    Jersey said", V{"US", "US"}},
        // A bare "Jersey" beside New Jersey's words is the US state.
        FindCase{"the company's Jersey Central Power and Light Co unit", V{"US"}},
        FindCase{"On January 28, Jersey Central filed for a rate cut.", V{"US"}},
        FindCase{"litigation with Central Jersey Individual Practice Association", V{"US"}},
        FindCase{"because First Jersey Securities has withdrawn", V{"US"}},
        FindCase{"United Jersey Banks said it plans to merge", V{"US"}},
        FindCase{"Steero Bouillon of Jersey City, N.J.", V{"US"}},
        FindCase{"Exxon, once Jersey Standard, said", V{"US"}},
        FindCase{
            "the offer is under way through underwriters led by Jersey Capital Markets Group Inc, it said",
            V{"US"}},
        FindCase{"Trenton, N.J. - the Jersey company said", V{"US", "US"}},
        // The island with island context, its own names or a British company form.
        FindCase{"a court in the Channel Island of Jersey", V{"JE"}},
        FindCase{"ST HELIER, Jersey - the lawyer has gone to the Jersey court to recover it",
                 V{"JE", "JE", "JE"}},
        FindCase{"set up in the Isle of Jersey last year", V{"JE"}},
        FindCase{"it plans to set up units in Canada, Singapore, the Cayman Islands and Jersey this year",
                 V{"CA", "SG", "KY", "JE"}},
        FindCase{"Guernsey and Jersey", V{"GG", "JE"}},
        FindCase{"The bond, for BHF Finance Jersey Ltd, pays", V{"JE"}},
        FindCase{"Britain's Guinness paid 5.2 mln stg to a Jersey company", V{"GB", "JE"}},
        // Not a place at all.
        FindCase{"Arizona State Retires Tillman's Jersey", V{"US"}}, FindCase{"a football jersey", V{}}));

INSTANTIATE_TEST_SUITE_P(
    CountryGeorgiaTable, CountryFindTest,
    testing::Values(
        // Companies, schools and offices "of Georgia" are the US state.
        FindCase{"services to First Union Corp of Georgia <FUNC>.", V{"US"}},
        FindCase{"HOME FEDERAL SAVINGS BANK OF GEORGIA", V{"US"}},
        FindCase{"the DeKalb Country School System of Georgia", V{"US"}},
        FindCase{"the University of Georgia said", V{"US"}},
        FindCase{"urged the governor of Georgia to veto a bill. Georgia motorists would pay.", V{"US", "US"}},
        FindCase{"Georgia-Pacific Corp and Georgia Power said", V{"US", "US"}},
        FindCase{"the purchase of Georgia International Life Insurance Co", V{"US"}},
        FindCase{"A Georgia school board is in court", V{"US"}},
        // The country in a list of countries, or as the Republic of Georgia.
        FindCase{"drawn against Samoa, France, Italy, Georgia and Chinese Taipei; USA next",
                 V{"WS", "FR", "IT", "GE", "TW", "US"}},
        FindCase{"England (2), Samoa (7), France, Italy, Georgia, Canada. USA.",
                 V{"GB", "WS", "FR", "IT", "GE", "CA", "US"}},
        FindCase{"beat Irakli Labadze of the Republic of Georgia; the American won", V{"GE", "US"}},
        FindCase{"the southern Soviet republic of Georgia", V{"RU", "GE"}},
        FindCase{"SOVIET PAPER DETAILS GEORGIAN FLOOD DAMAGE", V{"RU", "GE"}}));

INSTANTIATE_TEST_SUITE_P(
    CountryGivenNamePlaceTable, CountryFindTest,
    testing::Values(
        // Places that are also given names: a person before a surname...
        FindCase{"David and Victoria Beckham attended.", V{}},
        FindCase{"the premiere with boyfriend Orlando Bloom", V{}},
        FindCase{"Leicester wing Austin Healey hopes", V{"GB"}},
        FindCase{"the film stars Thomas Haden Church and the actress Virginia Madsen", V{}},
        FindCase{"the film starring Sydney Poitier", V{}}, FindCase{"Jose Lima pitched a shutout", V{}},
        FindCase{"Paris Hilton said", V{}}, FindCase{"Milan Baros scored twice", V{}},
        FindCase{"Denzel Washington won", V{}},
        // ...but the place before a place's word, or alone.
        FindCase{"the 2000 Sydney Olympics", V{"AU"}}, FindCase{"the Victoria Cross", V{"AU"}},
        FindCase{"the Paris Club of creditors", V{"FR"}}, FindCase{"Orlando Magic beat Miami", V{"US", "US"}},
        FindCase{"Virginia Tech won", V{"US"}}, FindCase{"Inter Milan and AC Milan", V{"IT", "IT"}},
        FindCase{"he lives in Sydney and Paris", V{"AU", "FR"}}, FindCase{"WASHINGTON, March 3 -", V{"US"}}));

INSTANTIATE_TEST_SUITE_P(
    CountryMorePlacesTable, CountryFindTest,
    testing::Values(
        // Towns and counties BBC names bare; cities AG News and Reuters name.
        FindCase{"Newcastle beat Bolton at St James' Park", V{"GB", "GB"}},
        FindCase{"England play at Twickenham", V{"GB", "GB"}}, FindCase{"a farm in Devon", V{"GB"}},
        FindCase{"jobs in the Kalamazoo area", V{"US"}}, FindCase{"a bombing in Samarra", V{"IQ"}},
        FindCase{"the Cannes film festival", V{"FR"}},
        FindCase{"resorts such as Pattaya and Phuket", V{"TH", "TH"}},
        FindCase{"Britain's economy and the Netherlands", V{"GB", "NL"}},
        FindCase{"England's game against Holland", V{"GB", "NL"}}, FindCase{"Jools Holland played", V{}},
        FindCase{"the Phil Redmond drama", V{}}, FindCase{"Kobe Bryant scored 25 points", V{}},
        FindCase{"SYDNEY Sons of Gwalia said", V{"AU"}},
        FindCase{"the Dean of Sydney Phillip Jensen", V{"AU"}},
        FindCase{"Bristol-Myers said the vaccine works", V{}},
        FindCase{"bought the assets of Bethlehem Steel Corp", V{"US"}},
        // A town of the same name in another country.
        FindCase{"a Cambridge, Mass.,-based company", V{"US"}}, FindCase{"Dartmouth at Hanover, N.H.", V{}},
        FindCase{"its Essex, Ontario engine plant", V{"CA", "CA"}},
        FindCase{"the Savings and Loan Association of Bristol, Va., said", V{"US"}},
        FindCase{"Birmingham, Alabama and Birmingham, England", V{"US", "US", "GB", "GB"}},
        FindCase{"officials in Washington, London and Paris", V{"US", "GB", "FR"}},
        // Regions, not countries.
        FindCase{"the Gulf states and the Channel Islands", V{}}));

// Reuters-21578 keeps the dateline apart from the body; the reader puts it
// back as the body's first line, so the tagger sees it as a reader does.
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

// The all-caps dateline the JSON reader puts first tags where the story was filed.
TEST(CountryGazetteerFind, DatelineOfAParsedReutersArticle) {
  const auto article =
      parse_json_article(R"({"id":"r-6","body":"Prices fell.","dateline":"SAO PAULO, Feb 26 -"})",
                         ArticleOrigin{"reuters.jsonl", 1}, [](const Diagnostic&) {});
  ASSERT_TRUE(article);
  EXPECT_EQ(codes_in(article->body), std::set<std::string>{"BR"});
}

}  // namespace
}  // namespace tidings
