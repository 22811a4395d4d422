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
