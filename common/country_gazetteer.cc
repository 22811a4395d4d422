// How find() decides (see also the tables' own comments):
// - One pass over WordScanner's words; at each word the longest known phrase
//   wins, so "Papua New Guinea", "Indian Ocean", "New Mexico" and "American
//   Express" hide the country words inside them. Phrases continue across
//   spaces, one line break or one hyphen ("Guinea-Bissau"), never across
//   other punctuation; a hyphen that joins no phrase splits two mentions
//   ("Washington-Ankara", "Saudi-led").
// - Names, demonyms and places count only when capitalised as in the table,
//   so "turkey", "china" and "chad" are words. A word in an all-capitals run
//   (a headline, a dateline such as "SAO PAULO", a TIME article) passes;
//   there the pronoun "US" needs "THE" before it, a hyphen after it or the
//   start of a line.
// - Names that are also given names or surnames (Jordan, Chad, Israel,
//   Holland, Paris...) are a person when joined by a space to a capitalised
//   word that is no title, institution or known place ("Michael Jordan",
//   "Chad Smith"); then that name is a person everywhere in the text unless
//   another mention of its country backs it (Amman, Jordanian).
// - Places that are mostly given names (Victoria, Sydney, Orlando, Paris;
//   kGivenName) are a person also when a capitalised word follows that is
//   no known place or neighbour and no place's word such as "Olympics",
//   "Cross" or "Club": "Victoria Beckham", but "Sydney Olympics".
// - "Georgia" is the US state when the words around it are US politics,
//   sport, business or schools ("Georgia Gov.", "Georgia Bulldogs",
//   "Georgia Power", "a Georgia school board"), or an office, company or
//   school "of Georgia" ("governor of Georgia", "First Union Corp of
//   Georgia", "University of Georgia"); such a mention makes the text's
//   other "Georgia" the state too. It is the country when it stands in a
//   list of other countries ("France, Italy, Georgia and Samoa") or is
//   "the Republic of Georgia". Else it is the country if the text names a
//   Georgian place (Tbilisi, Abkhazia, the Caucasus); the state if it names
//   a US city or state (Atlanta, "Ga.", Florida) or mentions the US and
//   none of Georgia's neighbours (Russia, Armenia, Azerbaijan, Ukraine,
//   Turkey); otherwise the country.
// - A bare "Jersey" ("New Jersey" is a phrase of its own, also across a line
//   break or before a hyphen: "New\nJersey-based") is New Jersey (US) beside
//   words that say so ("Central Jersey", "First Jersey Securities", "Jersey
//   Central Power", "Jersey Standard"). It is the island (JE) when written
//   "Isle of Jersey", before a British company form ("Jersey Ltd"), or when
//   the text has island context: the Channel Islands, St Helier, Guernsey,
//   the Isle of Man, the Cayman Islands, Bermuda. Else it is New Jersey if
//   the text writes "N.J." or mentions the US; the island if it mentions
//   only Britain; otherwise New Jersey, which is what news most often means.
// - A town written "Town, State" is in that state's country: "Cambridge,
//   Mass.", "Hanover, N.H." (US state abbreviations, with their dot), "Essex,
//   Ontario", "Birmingham, Alabama" (a state or province: kDivision).
// - Organisation names: a country word inside a name still mentions the
//   country, by issue 3's rule that a country is "mentioned" whenever it is
//   named ("British Petroleum" GB, "Bank of America" US, a "Puerto Rico" fund
//   PR, "Inter Milan" IT). Only fixed phrases whose country word names no
//   country are left out (kNotPlace: "American Express", "French fries"),
//   and US companies and schools named after Georgia or New
//   Jersey are the US state, not the country or the island.
#include "common/country_gazetteer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include <unicode/uchar.h>

#include "common/country_lexicon.h"
#include "common/text_folder.h"
#include "common/utf8.h"
#include "common/word_scanner.h"

namespace tidings {

namespace ct = country_tables;

namespace {

// TextFolder is not thread-safe and a gazetteer is shared by threads.
TextFolder& thread_folder() {
  thread_local TextFolder folder;
  return folder;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Words beside "Turkey" that make it the bird.
constexpr std::array<std::string_view, 21> kBirdBefore = {
    "thanksgiving", "christmas", "roast",  "roasted", "wild",   "stuffed", "smoked",
    "cooked",       "frozen",    "whole",  "carve",   "carved", "fried",   "baked",
    "grilled",      "ground",    "sliced", "cold",    "fresh",  "live",    "eat"};
constexpr std::array<std::string_view, 32> kBirdAfter = {
    "dinner",   "dinners", "sandwich", "sandwiches", "breast",  "breasts",    "leg",    "legs",
    "meat",     "farm",    "farms",    "farmers",    "burger",  "burgers",    "bacon",  "gravy",
    "stuffing", "day",     "shoot",    "hunting",    "season",  "vultures",   "trot",   "feathers",
    "recipe",   "recipes", "feast",    "pardon",     "growers", "production", "poults", "hatch"};
// Words after "Georgia" that make it the US state: politics, sport,
// business and schools ("Georgia Gov.", "Georgia Bulldogs", "Georgia Power").
constexpr std::array<std::string_view, 42> kUsGeorgiaAfter = {
    "gov",        "governor",  "sen",       "senator",    "rep",         "republican",    "republicans",
    "democrat",   "democrats", "bulldogs",  "bulldog",    "tech",        "state",         "legislature",
    "voters",     "county",    "counties",  "power",      "peach",       "peaches",       "primary",
    "runoff",     "gulf",      "pacific",   "regulators", "southern",    "school",        "schools",
    "university", "college",   "dome",      "aquarium",   "lottery",     "general",       "assembly",
    "federal",    "savings",   "motorists", "attorney",   "congressman", "international", "timberlands"};
// Words before "of Georgia" that make it the US state: its offices, and
// companies and schools named after it ("First Union Corp of Georgia",
// "University of Georgia", "governor of Georgia").
constexpr std::array<std::string_view, 22> kUsGeorgiaOfBefore = {
    "corp",    "corporation", "inc",       "co",       "company",  "bancorp",    "bank",     "banks",
    "savings", "university",  "college",   "system",   "governor", "gov",        "district", "authority",
    "trust",   "association", "insurance", "attorney", "senator",  "legislature"};
// Words before "Jersey" that make it New Jersey ("Central Jersey", "First
// Jersey Securities", "United Jersey Banks"), and words after it ("Jersey
// City", "Jersey Central Power", "Jersey Shore", "Jersey Standard").
constexpr std::array<std::string_view, 9> kUsJerseyBefore = {
    "new", "central", "north", "south", "northern", "southern", "first", "united", "west"};
constexpr std::array<std::string_view, 14> kUsJerseyAfter = {
    "city", "central", "shore",     "turnpike", "standard", "devils", "nets",
    "bell", "transit", "boardwalk", "pine",     "barrens",  "gov",    "governor"};
// Words after "Jersey" that make it the island: British company forms
// ("BHF Finance Jersey Ltd").
constexpr std::array<std::string_view, 3> kIslandJerseyAfter = {"ltd", "limited", "plc"};
// US state abbreviations as news writes them after a town ("Cambridge,
// Mass.", "Hanover, N.H."), always with a full stop.
constexpr std::array<std::string_view, 44> kUsStateAbbreviations = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del",  "fla",  "ga",   "ill", "ind",
    "kan", "kans", "ky",  "la",    "md",   "mass", "mich", "minn", "miss", "mo",  "mont",
    "neb", "nev",  "nh",  "nj",    "nm",   "ny",   "nc",   "nd",   "okla", "ore", "pa",
    "ri",  "sc",   "sd",  "tenn",  "tex",  "vt",   "va",   "wash", "wis",  "wyo", "wva"};

// Capitalised words after a place that is also a given name (kGivenName)
// that keep it a place: "Sydney Olympics", "Victoria Cross", "Paris Club",
// "Orlando Magic", "Virginia Tech". Any other capitalised word that is not
// a known place or neighbour makes it a person's name ("Victoria Beckham",
// "Orlando Bloom", "Paris Hilton", "Austin Healey").
constexpr std::array<std::string_view, 72> kPlaceFollowers = {
    "olympics", "olympic", "games",      "international", "open",     "masters",      "marathon",  "test",
    "harbour",  "harbor",  "bay",        "palace",        "tower",    "station",      "street",    "road",
    "avenue",   "square",  "park",       "bridge",        "stadium",  "arena",        "hall",      "theatre",
    "theater",  "opera",   "zoo",        "museum",        "gallery",  "cathedral",    "cross",     "falls",
    "beach",    "island",  "islands",    "morning",       "herald",   "chronicle",    "sentinel",  "gazette",
    "tribune",  "journal", "statesman",  "magic",         "tech",     "commonwealth", "club",      "academy",
    "college",  "school",  "institute",  "hospital",      "festival", "fashion",      "agreement", "accord",
    "accords",  "summit",  "conference", "treaty",        "saint",    "st",           "bourse",    "motor",
    "oval",     "crows",   "swans",      "roosters",      "cricket",  "embankment"};

// A word of the text with the case and punctuation cues the rules read.
struct TextWord {
  std::size_t begin = 0;
  std::size_t end = 0;       // of the mention: without a possessive "’s", with an initials' last dot
  std::size_t scan_end = 0;  // where the gap to the next word starts
  std::size_t term_begin = 0;
  std::size_t term_size = 0;
  unsigned line = 0;
  bool capitalised = false;
  bool all_caps = false;   // letters, none lower case
  bool long_caps = false;  // all_caps and two letters or more
  bool dotted = false;     // initials written with dots ("U.S.")
  bool possessive = false;
  bool sentence_start = false;  // after . ! ? : ; a quote, a bracket or a line break
  bool joined_to_next = false;  // a phrase may continue into the next word
  bool plain_to_next = false;   // only spaces before the next word
  bool hyphen_to_next = false;
};

struct RawMention {
  std::string code;
  std::size_t begin;
  std::size_t end;
  std::int32_t entry;
  // "Georgia Gov.", "Central Jersey", "Cambridge, Mass.": the US, whatever else the text
  // says; "Italy, Georgia and Samoa", "Jersey Ltd": the country.
  enum class Local : std::uint8_t { kNone, kUsState, kCountry } local;
};

class Finder {
 public:
  Finder(const CountryLexicon& lexicon, std::string_view text) : lexicon_(lexicon), text_(text) {}

  std::vector<CountryMention> run();

 private:
  void scan_words();
  void mark_lines();
  std::string_view term(std::size_t i) const {
    return {terms_.data() + words_[i].term_begin, words_[i].term_size};
  }
  bool caps_context(std::size_t i) const;
  bool accept(std::size_t i, std::size_t length, std::int32_t entry_index);
  bool is_person(std::size_t i, std::size_t length, const LexiconEntry& entry) const;
  bool known_word(std::size_t i) const;
  std::string georgia_code() const;
  std::string jersey_code() const;
  RawMention::Local local_context(std::size_t i, std::size_t length, const LexiconEntry& entry) const;
  bool before_us_state_abbreviation(std::size_t last) const;
  bool in_country_list(std::size_t k) const;
  const std::string* division_after(std::size_t k) const;
  std::vector<CountryMention> resolve_document();

  const CountryLexicon& lexicon_;
  std::string_view text_;
  std::vector<TextWord> words_;
  std::string terms_;
  std::vector<bool> title_lines_;
  bool text_in_capitals_ = false;
  std::vector<RawMention> found_;
  std::unordered_set<std::int32_t> person_entries_;
  bool georgia_cue_ = false;
  bool us_state_cue_ = false;
  bool jersey_cue_ = false;
  bool new_jersey_cue_ = false;
};

void Finder::scan_words() {
  WordScanner scanner(text_);
  Word word;
  std::size_t upper = 0;
  std::size_t lower = 0;
  while (scanner.next(word)) {
    TextWord w;
    w.begin = word.begin;
    w.end = word.end;
    w.scan_end = word.end;
    if (word.term.size() > 2 && word.term.ends_with("'s")) {
      word.term.resize(word.term.size() - 2);
      w.possessive = true;
      const std::string_view source = text_.substr(0, word.end);
      w.end -= source.ends_with("'s")                                         ? 2
               : (source.ends_with("\u2019s") || source.ends_with("\u201bs")) ? 4
                                                                              : 0;
    }
    bool has_lower = false;
    bool has_upper = false;
    unsigned letters = 0;
    for (std::size_t p = word.begin; p < word.end; ++p) {
      const char c = text_[p];
      if (c == '.') w.dotted = true;
      if (c >= 'a' && c <= 'z') has_lower = true, ++letters;
      if (c >= 'A' && c <= 'Z') has_upper = true, ++letters;
      if (static_cast<unsigned char>(c) >= 0x80) ++letters;  // roughly: accents are rare in caps runs
    }
    upper += has_upper ? letters : 0;
    lower += has_lower ? letters : 0;
    const auto first = static_cast<unsigned char>(text_[word.begin]);
    w.capitalised = first >= 0x80 ? starts_upper(text_, word.begin) : (first >= 'A' && first <= 'Z');
    w.all_caps = has_upper && !has_lower;
    w.long_caps = w.all_caps && letters >= 2;
    if (w.dotted && word.end < text_.size() && text_[word.end] == '.') w.end = w.scan_end = word.end + 1;
    if (!is_ascii(word.term)) word.term = thread_folder().fold_lower(word.term);
    w.term_begin = terms_.size();
    w.term_size = word.term.size();
    terms_ += word.term;
    words_.push_back(w);
  }
  text_in_capitals_ = upper > 0 && lower * 20 < upper;
}

// Gaps between words, lines, and which lines are title-case headlines.
void Finder::mark_lines() {
  unsigned line = 0;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    TextWord& w = words_[i];
    w.line = line;
    if (i == 0) w.sentence_start = true;
    if (i + 1 == words_.size()) break;
    const std::string_view gap = text_.substr(w.scan_end, words_[i + 1].begin - w.scan_end);
    unsigned newlines = 0, hyphens = 0, dots = 0, other = 0;
    bool sentence = false;
    for (std::size_t p = 0; p < gap.size(); ++p) {
      const char c = gap[p];
      if (c == ' ' || c == '\t' || c == '\r') continue;
      if (c == '\n') {
        ++newlines;
        sentence = true;
      } else if (c == '-') {
        ++hyphens;
      } else {
        ++other;
        if (c == '.') ++dots;
        if (std::string_view(".!?:;\"(").find(c) != std::string_view::npos) sentence = true;
        // “ and ‘ open a quotation.
        if (gap.substr(p).starts_with("\u201c") || gap.substr(p).starts_with("\u2018")) sentence = true;
      }
    }
    const bool abbreviation_dot = dots == 1 && other == 1 && term(i) == "st";
    w.joined_to_next = (other == 0 || abbreviation_dot) && newlines <= 1 && hyphens <= 1;
    w.plain_to_next = other == 0 && newlines == 0 && hyphens == 0;
    w.hyphen_to_next = hyphens == 1 && other == 0 && newlines == 0;
    words_[i + 1].sentence_start = sentence;
    line += newlines;
  }
  // A headline in title case capitalises every word, so capitals say
  // nothing about names there.
  std::vector<unsigned> counted(line + 1, 0), capitalised(line + 1, 0);
  for (std::size_t i = 0; i < words_.size(); ++i) {
    const std::string_view t = term(i);
    if (t.size() <= 3 && !words_[i].capitalised) continue;  // "of", "the", "in" stay lower case
    ++counted[words_[i].line];
    if (words_[i].capitalised) ++capitalised[words_[i].line];
  }
  title_lines_.resize(line + 1);
  for (unsigned l = 0; l <= line; ++l)
    title_lines_[l] = counted[l] >= 3 && capitalised[l] * 10 >= counted[l] * 8;
}

bool Finder::caps_context(std::size_t i) const {
  const TextWord& w = words_[i];
  if (!w.all_caps) return false;
  if (text_in_capitals_) return true;
  const bool before = i > 0 && words_[i - 1].line == w.line && words_[i - 1].long_caps;
  const bool after = i + 1 < words_.size() && words_[i + 1].line == w.line && words_[i + 1].long_caps;
  return before || after;
}

bool Finder::known_word(std::size_t i) const {
  const LexiconNode* node = lexicon_.node(std::string(term(i)));
  return (node != nullptr && node->entry >= 0) || lexicon_.is_name_neighbour(term(i));
}

bool Finder::is_person(std::size_t i, std::size_t length, const LexiconEntry& entry) const {
  // "Michael Jordan", "Queen Victoria"; not "Inter Milan" (kGivenName only).
  if ((entry.flags & ct::kPersonName) && i > 0 && words_[i - 1].plain_to_next && words_[i - 1].capitalised &&
      !words_[i - 1].all_caps && !known_word(i - 1)) {
    return true;
  }
  // "Chad Smith", "Jordan Spieth"; cities too often lead a name ("Paris
  // Agreement", "Houston Rockets") for this to hold for them.
  // "Victoria Beckham", "Orlando Bloom": a place that is mostly a given
  // name, unless what follows is a place's ("Sydney Olympics").
  const std::size_t last = i + length - 1;
  // Not for a dateline ("SYDNEY Sons of Gwalia") nor after "of" or "in"
  // ("the Dean of Sydney Phillip Jensen").
  const bool place_word = i > 0 && (term(i - 1) == "of" || term(i - 1) == "in" || term(i - 1) == "at");
  const bool forward =
      entry.kind == ct::Kind::kName || ((entry.flags & ct::kGivenName) && !words_[i].all_caps && !place_word);
  return forward && !words_[last].possessive && last + 1 < words_.size() && words_[last].plain_to_next &&
         words_[last + 1].capitalised && !words_[last + 1].all_caps && !known_word(last + 1) &&
         !(entry.kind == ct::Kind::kPlace && contains(kPlaceFollowers, term(last + 1)));
}

// "Cambridge, Mass.": a comma, then a capitalised abbreviation and its dot.
bool Finder::before_us_state_abbreviation(std::size_t last) const {
  if (last + 1 >= words_.size()) return false;
  const TextWord& state = words_[last + 1];
  const std::string_view gap = text_.substr(words_[last].scan_end, state.begin - words_[last].scan_end);
  if (!gap.starts_with(",") || gap.find_first_not_of(' ', 1) != std::string_view::npos) return false;
  const bool dot = state.dotted || (state.scan_end < text_.size() && text_[state.scan_end] == '.');
  return state.capitalised && dot && contains(kUsStateAbbreviations, term(last + 1));
}

RawMention::Local Finder::local_context(std::size_t i, std::size_t length, const LexiconEntry& entry) const {
  using Local = RawMention::Local;
  const std::size_t last = i + length - 1;
  // "Cambridge, Mass.", "Hanover, N.H.": a US town of the same name.
  if (entry.kind == ct::Kind::kPlace && entry.code != "US" && before_us_state_abbreviation(last)) {
    return Local::kUsState;
  }
  const std::string_view next = last + 1 < words_.size() && words_[last].joined_to_next ? term(last + 1) : "";
  const std::string_view before = i > 0 && words_[i - 1].joined_to_next ? term(i - 1) : "";
  if (entry.flags & ct::kGeorgia) {
    if (contains(kUsGeorgiaAfter, next)) return Local::kUsState;
    // "First Union Corp of Georgia", "the governor of Georgia".
    if (before == "of" && i > 1 && contains(kUsGeorgiaOfBefore, term(i - 2))) return Local::kUsState;
  }
  if (entry.flags & ct::kJersey) {
    if (contains(kUsJerseyBefore, before) || contains(kUsJerseyAfter, next)) return Local::kUsState;
    if (contains(kIslandJerseyAfter, next)) return Local::kCountry;
  }
  return Local::kNone;
}

bool Finder::accept(std::size_t i, std::size_t length, std::int32_t entry_index) {
  const LexiconEntry& entry = lexicon_.entry(entry_index);
  const bool caps = caps_context(i);
  const bool title = title_lines_[words_[i].line];
  if (entry.kind == ct::Kind::kAcronym) {
    for (std::size_t k = 0; k < length; ++k) {
      if (!words_[i + k].all_caps) return false;
    }
    // "LET US KNOW" in an all-capitals text.
    if ((entry.flags & ct::kCommonWord) && caps && !words_[i].dotted) {
      const bool after_the = i > 0 && term(i - 1) == "the";
      return words_[i].sentence_start || after_the || words_[i + length - 1].hyphen_to_next;
    }
    return true;
  }
  for (std::size_t k = 0; k < length; ++k) {
    if ((entry.capitalised >> k & 1U) && !words_[i + k].capitalised) return false;
  }
  if ((entry.flags & ct::kCommonWord) && (caps || title || words_[i].sentence_start)) return false;
  if (entry.flags & ct::kBird) {
    if (i > 0 && contains(kBirdBefore, term(i - 1))) return false;
    if (i + length < words_.size() && contains(kBirdAfter, term(i + length))) return false;
  }
  if ((entry.flags & (ct::kPersonName | ct::kGivenName)) && !caps && !title && is_person(i, length, entry)) {
    person_entries_.insert(entry_index);
    return false;
  }
  return true;
}

std::vector<CountryMention> Finder::run() {
  scan_words();
  if (words_.empty()) return {};
  mark_lines();
  std::string key;
  std::array<std::pair<std::size_t, std::int32_t>, 16> candidates;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (term(i) == "ga" && words_[i].capitalised && words_[i].scan_end < text_.size() &&
        text_[words_[i].scan_end] == '.') {
      us_state_cue_ = true;  // "Atlanta, Ga."
    }
    if (term(i) == "nj" && words_[i].dotted) new_jersey_cue_ = true;  // "Trenton, N.J."
    if (!words_[i].capitalised && !lexicon_.may_start_lower_case(term(i))) continue;
    key.assign(term(i));
    const LexiconNode* node = lexicon_.node(key);
    std::size_t count = 0;
    for (std::size_t length = 1; node != nullptr; ++length) {
      if (node->entry >= 0 && count < candidates.size()) candidates[count++] = {length, node->entry};
      const std::size_t next = i + length;
      if (!node->prefix || length >= lexicon_.max_words() || next >= words_.size() ||
          !words_[next - 1].joined_to_next) {
        break;
      }
      key += ' ';
      key += term(next);
      node = lexicon_.node(key);
    }
    // Longest first; a shorter phrase may still hold ("Indian ocean").
    for (std::size_t c = count; c-- > 0;) {
      const auto [length, entry_index] = candidates[c];
      if (!accept(i, length, entry_index)) continue;
      const LexiconEntry& entry = lexicon_.entry(entry_index);
      georgia_cue_ = georgia_cue_ || (entry.flags & ct::kGeorgiaCue);
      us_state_cue_ = us_state_cue_ || (entry.flags & ct::kUsStateCue);
      jersey_cue_ = jersey_cue_ || (entry.flags & ct::kJerseyCue);
      if (!entry.code.empty()) {
        const std::size_t last = i + length - 1;
        const std::size_t begin = length > 1 && term(i) == "the" ? words_[i + 1].begin : words_[i].begin;
        found_.push_back({entry.code, begin, words_[last].end, entry_index, local_context(i, length, entry)});
      }
      i += length - 1;
      break;
    }
  }
  return resolve_document();
}

std::string Finder::georgia_code() const {
  if (georgia_cue_) return "GE";
  bool us_place = us_state_cue_;
  bool us = false;
  bool neighbour = false;
  for (const RawMention& raw : found_) {
    const LexiconEntry& entry = lexicon_.entry(raw.entry);
    if (entry.flags & ct::kGeorgia) {
      // "Georgia Gov." makes the text's other "Georgia" the state too.
      us_place = us_place || raw.local == RawMention::Local::kUsState;
      continue;
    }
    us = us || raw.code == "US";
    us_place = us_place || (raw.code == "US" && entry.kind == ct::Kind::kPlace);
    neighbour = neighbour || raw.code == "RU" || raw.code == "AM" || raw.code == "AZ" || raw.code == "UA" ||
                raw.code == "TR";
  }
  return us_place || (us && !neighbour) ? "US" : "GE";
}

std::string Finder::jersey_code() const {
  if (jersey_cue_) return "JE";
  if (new_jersey_cue_) return "US";
  bool us = false;
  bool gb = false;
  for (const RawMention& raw : found_) {
    const LexiconEntry& entry = lexicon_.entry(raw.entry);
    if (entry.flags & ct::kJersey) {
      if (raw.local == RawMention::Local::kUsState) return "US";
      continue;
    }
    us = us || raw.code == "US";
    gb = gb || raw.code == "GB";
  }
  return gb && !us ? "JE" : "US";
}

// The code of a state or province right after the town found_[k], written
// "Town, State" ("Essex, Ontario", "Birmingham, Alabama"), where it differs
// from the town's own; nullptr otherwise.
const std::string* Finder::division_after(std::size_t k) const {
  if (k + 1 >= found_.size() || lexicon_.entry(found_[k].entry).kind != ct::Kind::kPlace) return nullptr;
  const RawMention& next = found_[k + 1];
  if (!(lexicon_.entry(next.entry).flags & ct::kDivision) || next.code == found_[k].code) return nullptr;
  const std::string_view gap = text_.substr(found_[k].end, next.begin - found_[k].end);
  if (!gap.starts_with(",") || gap.find_first_not_of(" \n", 1) != std::string_view::npos) return nullptr;
  return &next.code;
}

// Whether the mention found_[k] stands in a list of other countries
// ("France, Italy, Georgia and Samoa"): then "Georgia" is the country.
bool Finder::in_country_list(std::size_t k) const {
  const auto is_list_gap = [&](std::size_t from, std::size_t to) {
    if (to < from || to - from > 12) return false;
    std::string_view gap = text_.substr(from, to - from);
    bool comma = false;
    while (!gap.empty()) {
      if (gap.front() == ',') {
        comma = true;
        gap.remove_prefix(1);
      } else if (gap.front() == ' ' || gap.front() == '\n') {
        gap.remove_prefix(1);
      } else if (gap.starts_with("and ") || gap.starts_with("or ")) {
        comma = true;
        gap.remove_prefix(gap.front() == 'a' ? 4 : 3);
      } else if (gap.front() == '(') {  // "Samoa (7), France"
        const auto close = gap.find(')');
        if (close == std::string_view::npos) return false;
        gap.remove_prefix(close + 1);
      } else {
        return false;
      }
    }
    return comma;
  };
  const auto is_other_country = [&](const RawMention& other) {
    const LexiconEntry& entry = lexicon_.entry(other.entry);
    return other.code != "US" && !(entry.flags & ct::kGeorgia) &&
           (entry.kind == ct::Kind::kName || entry.kind == ct::Kind::kAcronym);
  };
  if (k > 0 && is_other_country(found_[k - 1]) && is_list_gap(found_[k - 1].end, found_[k].begin))
    return true;
  return k + 1 < found_.size() && is_other_country(found_[k + 1]) &&
         is_list_gap(found_[k].end, found_[k + 1].begin);
}

std::vector<CountryMention> Finder::resolve_document() {
  const std::string georgia = georgia_code();
  const std::string jersey = jersey_code();
  std::vector<CountryMention> mentions;
  for (std::size_t k = 0; k < found_.size(); ++k) {
    const RawMention& raw = found_[k];
    const LexiconEntry& entry = lexicon_.entry(raw.entry);
    if (person_entries_.contains(raw.entry)) {
      // A name seen as a person's counts as a country only beside another
      // mention of that country.
      const bool backed = std::any_of(found_.begin(), found_.end(), [&](const RawMention& other) {
        return other.code == raw.code && other.entry != raw.entry && !person_entries_.contains(other.entry);
      });
      if (!backed) continue;
    }
    std::string code = raw.code;
    if (raw.local == RawMention::Local::kUsState) {
      code = "US";
    } else if (entry.flags & (ct::kGeorgia | ct::kJersey)) {
      const bool country =
          raw.local == RawMention::Local::kCountry || ((entry.flags & ct::kGeorgia) && in_country_list(k));
      code = country ? raw.code : (entry.flags & ct::kGeorgia) ? georgia : jersey;
    } else if (const std::string* state = division_after(k)) {
      code = *state;  // "Essex, Ontario", "Paris, Texas"
    }
    mentions.push_back({std::move(code), raw.begin, raw.end});
  }
  return mentions;
}

}  // namespace

struct CountryGazetteer::Impl {
  CountryLexicon lexicon;
};

CountryGazetteer::CountryGazetteer() : impl_(std::make_unique<Impl>()) {}
CountryGazetteer::~CountryGazetteer() = default;

std::optional<std::string> CountryGazetteer::resolve(std::string_view name) const {
  if (auto code = resolve_key(CountryLexicon::key_of(name, thread_folder()))) return code;
  // Initials are words only in capitals: "u.k." is "UK".
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return resolve_key(CountryLexicon::key_of(upper, thread_folder()));
}

std::optional<std::string> CountryGazetteer::resolve_key(const std::string& key) const {
  if (key.empty()) return std::nullopt;
  if (key.size() == 2) {
    if (auto code = impl_->lexicon.code_for_alpha(key)) return code;
  }
  if (const LexiconNode* node = impl_->lexicon.node(key); node != nullptr && node->entry >= 0) {
    const LexiconEntry& entry = impl_->lexicon.entry(node->entry);
    const bool names_country =
        entry.kind == ct::Kind::kName || entry.kind == ct::Kind::kAcronym || entry.kind == ct::Kind::kDemonym;
    if (names_country && !entry.code.empty()) return entry.code;
  }
  if (key.size() == 3) return impl_->lexicon.code_for_alpha(key);
  return std::nullopt;
}

std::vector<CountryMention> CountryGazetteer::find(std::string_view text) const {
  return Finder(impl_->lexicon, text).run();
}

bool CountryGazetteer::is_place(std::string_view words) const {
  const LexiconNode* node = impl_->lexicon.node(CountryLexicon::key_of(words, thread_folder()));
  if (node == nullptr || node->entry < 0) return false;
  const ct::Kind kind = impl_->lexicon.entry(node->entry).kind;
  return kind != ct::Kind::kDemonym && kind != ct::Kind::kNotPlace;
}

std::string CountryGazetteer::name(std::string_view code) const {
  std::string upper(code);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return impl_->lexicon.short_name(upper);
}

}  // namespace tidings
