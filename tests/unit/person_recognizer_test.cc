// Unit tests for PersonRecognizer (common/person_recognizer.h): the traps of
// English news text, and the seed articles of corpus/.
#include "common/person_recognizer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/country_gazetteer.h"

namespace tidings {
namespace {

class PersonRecognizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    places_ = new CountryGazetteer();
    recognizer_ = new PersonRecognizer(*places_);
  }
  static void TearDownTestSuite() {
    delete recognizer_;
    delete places_;
  }

  static std::vector<std::string> names(std::string_view title, std::string_view body) {
    std::vector<std::string> out;
    for (const auto& mention : recognizer_->find(title, body)) out.push_back(mention.name);
    return out;
  }

  static CountryGazetteer* places_;
  static PersonRecognizer* recognizer_;
};

CountryGazetteer* PersonRecognizerTest::places_ = nullptr;
PersonRecognizer* PersonRecognizerTest::recognizer_ = nullptr;

struct Case {
  std::string label;
  std::string title;
  std::string body;
  std::vector<std::string> persons;  // in order of first mention
};

TEST_F(PersonRecognizerTest, Traps) {
  const std::vector<Case> cases = {
      // Titles and honorifics are removed; particles stay.
      {"emir", "", "He met Emir Shaih Tamim Bin Hamad Al Thani on Monday.", {"Tamim Bin Hamad Al Thani"}},
      {"shaikh", "", "Kuwait's ruler, Shaikh Sabah Al Ahmad Al Sabah, met him.", {"Sabah Al Ahmad Al Sabah"}},
      {"foreign minister", "", "Talks with Foreign Minister Sergey Lavrov ended.", {"Sergey Lavrov"}},
      {"president", "", "He met President Recep Tayyip Erdogan in Ankara.", {"Recep Tayyip Erdogan"}},
      {"lower-case role", "", "Talks with Russian president Vladimir Putin ended.", {"Vladimir Putin"}},
      {"secretary of state", "", "US Secretary of State Rex Tillerson flew in.", {"Rex Tillerson"}},
      {"mr", "", "Mr. Smith said nothing.", {"Smith"}},
      {"sheikh alone", "", "Sheikh Tamim said no.", {"Tamim"}},
      {"al-", "", "Support for President Bashar al-Assad grew.", {"Bashar al-Assad"}},
      {"no al", "", "The fight against Syrian President Bashar Assad.", {"Bashar Assad"}},
      {"van", "", "The coach Louis van Gaal said he was happy.", {"Louis van Gaal"}},
      {"de", "", "He spoke of Charles de Gaulle often.", {"Charles de Gaulle"}},
      {"initials", "", "said senior Tillerson adviser R.C. Hammond.", {"R.C. Hammond"}},
      {"middle initial", "", "George W. Bush visited Texas.", {"George W. Bush"}},
      // A surname later, or in a headline that comes first, is the same person.
      {"surname", "", "Rex Tillerson arrived. Later Tillerson said he was hopeful.", {"Rex Tillerson"}},
      {"possessive",
       "",
       "Rex Tillerson arrived. Tillerson’s visit was short. Tillerson's aides left.",
       {"Rex Tillerson"}},
      {"headline first",
       "Tillerson Visits Russia Amid Syria Tensions",
       "Secretary of State Rex Tillerson arrives in Moscow.",
       {"Rex Tillerson"}},
      {"title-case headline only", "Stocks Rally As Investors Cheer", "Shares rose on Monday.", {}},
      {"title-only name unconfirmed", "Markets Await Greenspan Testimony", "The Fed chief spoke.", {}},
      {"title then fuller", "", "President Xi said so. Xi Jinping later spoke again.", {"Xi Jinping"}},
      // Organisations and places, even with name-like words.
      {"morgan stanley", "", "Morgan Stanley said profits rose.", {}},
      {"goldman", "", "Analysts at Goldman Sachs expect more.", {}},
      {"exxon", "", "He was CEO of Exxon Mobil for years.", {}},
      {"al jazeera", "", "They want to close the media network Al Jazeera, Reuters said.", {}},
      {"brotherhood", "", "Groups such as the Muslim Brotherhood were named.", {}},
      {"company", "", "Ford Motor Co said sales fell.", {}},
      {"persian gulf", "", "He is heading to the Persian Gulf region.", {}},
      {"saudi arabia", "", "Saudi Arabia said it would not talk.", {}},
      {"middle east", "", "destabilizing the Middle East, he added.", {}},
      {"state department", "", "The US State Department said on Monday the talks were off.", {}},
      {"street", "", "Downing Street said the talks were off.", {}},
      {"lone word", "", "Officials in Doha said Lucca was calm.", {}},
      // Capitalised only because a sentence or line begins there.
      {"read more", "", "Read more: Moreover the talks ended.", {}},
      {"describing", "", "Describing himself as a friend, he smiled.", {}},
      {"long story", "", "Long story short, it failed. Image source: usnews", {}},
      {"weekday", "", "Hamid Karzai Sunday visited troops.", {"Hamid Karzai"}},
      // Months as names and as dates.
      {"may as name",
       "",
       "Prime Minister Theresa May said she would stay. May added that talks go on.",
       {"Theresa May"}},
      {"may as month", "", "The split erupted in May after the visit.", {}},
      {"may both", "", "Theresa May said talks started in May. May said more in June.", {"Theresa May"}},
      {"june", "", "The crisis unfolded on June 5 in the Gulf.", {}},
      // Speech verbs confirm names no list knows.
      {"speaker", "", "Sameh Shoukry told reporters the talks would go on.", {"Sameh Shoukry"}},
      {"according to", "", "according to Thabo Mbeki, the deal holds.", {"Thabo Mbeki"}},
      // All-caps text: only names a given-name list vouches for.
      {"all caps",
       "",
       "THE NASSAU ACCORD BETWEEN PRESIDENT KENNEDY AND PRIME MINISTER MACMILLAN WAS SIGNED. HAROLD "
       "MACMILLAN "
       "SAID LITTLE ABOUT THE SHIPS AND THE ALLIES.",
       {"Harold Macmillan"}},
      {"all-caps title links",
       "TILLERSON TO VISIT GULF",
       "Rex Tillerson will travel on Monday.",
       {"Rex Tillerson"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names(c.title, c.body), c.persons) << c.label;
  }
}

// Patterns found by bench/tagger_eval.cc on Reuters-21578, BBC and AG News.
TEST_F(PersonRecognizerTest, FirmsNamedAfterPeople) {
  const std::vector<Case> cases = {
      {"and co", "", "It was underwritten by Smith Barney, Harris Upham and Co and others.", {}},
      {"ampersand", "", "Eli Lilly & Co said sales rose.", {}},
      {"partner run", "", "said lead manager Goldman, Sachs and Co. Kidder, Peabody and Co agreed.", {}},
      {"company word in run", "", "Chase Manhattan Bank N.A. said it would expand.", {}},
      {"firm table", "", "Analysts at James Capel said the deal was good, E.F. Hutton said.", {}},
      {"firm remembered", "", "E.F. Hutton Group Inc said it would sell. Hutton said later.", {}},
      {"name part remembered", "", "General Acquisition Co bid. General Acquisition said it would wait.", {}},
      {"later bare name", "", "David Jones Ltd earned more. David Jones, owned by Adsteam, grew.", {}},
      {"shares of", "", "Shares of Eli Lilly rose.", {}},
      {"x shares", "", "Salomon shares rose 2 pct.", {}},
      {"said its", "", "Gabelli said its fund sold the stock.", {}},
      {"possessive unit", "", "Sanford Bernstein's subsidiary said so.", {}},
      {"analyst at", "", "said one analyst at Laurie Milbank in London.", {}},
      {"x analyst", "", "a Laurie Milbank analyst said.", {}},
      {"lead manager", "", "said lead manager Drexel. Co-lead manager WestLB said so.", {}},
      {"particle not a name", "", "Talks in Punta del Este ended. Banca Nazionale del Lavoro said so.", {}},
      {"film and car",
       "",
       "Imelda Staunton starred in Vera Drake. He drove a Morris Minor.",
       {"Imelda Staunton"}},
      // People whose firms bear their names stay people.
      {"founder and firm",
       "",
       "says Detroit analyst Arvid Jauppi of Arvid Jauppi and Associates.",
       {"Arvid Jauppi"}},
      {"shares as a verb", "", "Jane Smith shares her view.", {"Jane Smith"}},
      {"investor's stake", "", "Carl Icahn's stake rose.", {"Carl Icahn"}},
      {"and bank of",
       "",
       "Finance Minister Edouard Balladur and Bank of France officials met.",
       {"Edouard Balladur"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names(c.title, c.body), c.persons) << c.label;
  }
}

TEST_F(PersonRecognizerTest, CurrenciesInstitutionsAndRuns) {
  const std::vector<Case> cases = {
      {"nz dlrs", "", "The shares rose 10 N.Z. Dlrs on Monday, said John Smith.", {"John Smith"}},
      {"hk cents", "", "Profit was 30 H.K. Cents a share, John Smith said.", {"John Smith"}},
      {"white house", "", "The White House said on Monday it would act.", {}},
      {"reagan white house", "", "President Reagan spoke. The Reagan White House said so.", {"Reagan"}},
      {"parties", "", "Christian Democrats, Social Democrats and Free Democrats met Liberal Democrats.", {}},
      {"departments", "", "The Commerce Departments said more.", {}},
      {"house ways", "", "The House Ways and Means committee met.", {}},
      {"bourse and chamber", "", "Paris Bourse traders said so. The Milan Chamber said so.", {}},
      {"press", "", "Der Spiegel reported it. Business Day said more.", {}},
      {"run ends at corp", "", "He joined Marathon Securities Ltd. Mark Smith said.", {"Mark Smith"}},
      {"n.v. said", "", "Algemene Bank Nederland N.V. Said it would buy.", {}},
      {"reuter sign-off", "", "The notes were rated by Moody's and S/P.\n Reuter", {}},
      {"sign-off after firm", "", "Gordon Capital Corp.\n Reuter", {}},
      // Titles that must go.
      {"financial officer",
       "",
       "Chief Financial Officer Gary B. Erekson said sales rose.",
       {"Gary B. Erekson"}},
      {"minister of mines and energy",
       "",
       "Indonesian Minister of Mines and Energy Subroto told Reuters.",
       {"Subroto"}},
      {"sales manager", "", "USDA General Sales Manager Melvin Sims told the committee.", {"Melvin Sims"}},
      {"baron is a name", "", "The film starred Sacha Baron Cohen as a reporter.", {"Sacha Baron Cohen"}},
      {"given name after a role", "", "Lock Ben Kay also justified his recall.", {"Ben Kay"}},
      // A bare surname opening a sentence joins the full name.
      {"sentence-initial surname",
       "Sumita says BOJ will act",
       "Bank of Japan Governor Satoshi Sumita said the bank would act.",
       {"Satoshi Sumita"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names(c.title, c.body), c.persons) << c.label;
  }
}

TEST_F(PersonRecognizerTest, SpansCoverEveryMention) {
  const std::string title = "Tillerson in Doha";
  const std::string body =
      "US Secretary of State Rex Tillerson arrived. Tillerson’s aides said Tillerson slept.";
  const auto found = recognizer_->find(title, body);
  ASSERT_EQ(found.size(), 1U);
  std::vector<std::string> texts;
  for (const auto& span : found[0].spans) {
    const std::string& source = span.in_title ? title : body;
    texts.push_back((span.in_title ? "title:" : "") + source.substr(span.begin, span.end - span.begin));
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"title:Tillerson", "Rex Tillerson", "Tillerson", "Tillerson"}));
}

// The seed articles: "Date: ...\n\n", then the body (002 begins with its title line).
struct Article {
  std::string title;
  std::string body;
};

Article read_corpus(std::string_view prefix) {
  const auto dir = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "corpus";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.path().filename().string().starts_with(prefix)) continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    text = text.substr(text.find("\n\n") + 2);
    return {"", text};
  }
  ADD_FAILURE() << "no corpus article " << prefix;
  return {};
}

std::multiset<std::string> as_set(const std::vector<std::string>& names) {
  return {names.begin(), names.end()};
}

TEST_F(PersonRecognizerTest, Corpus000) {
  const Article a = read_corpus("000_");
  EXPECT_EQ(as_set(names(a.title, a.body)), as_set({"Rex Tillerson", "R.C. Hammond", "Donald Trump",
                                                    "Recep Tayyip Erdogan", "Bashar Assad"}));
}

TEST_F(PersonRecognizerTest, Corpus001) {
  const Article a = read_corpus("001_");
  EXPECT_EQ(as_set(names(a.title, a.body)),
            as_set({"Rex Tillerson", "Sameh Shoukry", "Adel Al Jubeir", "Tamim Bin Hamad Al Thani",
                    "Sabah Al Ahmad Al Sabah", "Donald Trump"}));
}

TEST_F(PersonRecognizerTest, Corpus002) {
  Article a = read_corpus("002_");
  const std::size_t line_end = a.body.find('\n');
  a.title = a.body.substr(0, line_end);
  a.body = a.body.substr(line_end + 1);
  EXPECT_EQ(a.title, "Rex Tillerson Visits Russia Amid Syria Tensions");
  EXPECT_EQ(as_set(names(a.title, a.body)),
            as_set({"Rex Tillerson", "Vladimir Putin", "Bashar al-Assad", "Donald Trump", "Sergey Lavrov",
                    "John Kerry", "Barack Obama", "Boris Johnson"}));
  // The title's name comes first.
  const auto found = recognizer_->find(a.title, a.body);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().name, "Rex Tillerson");
  EXPECT_TRUE(found.front().spans.front().in_title);
}

}  // namespace
}  // namespace tidings
