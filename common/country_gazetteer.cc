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
// - "Georgia" is the US state when the next word is US politics, sport or
//   business ("Georgia Gov.", "Georgia Bulldogs", "Georgia Power"). Else it
//   is the country if the text names a Georgian place (Tbilisi, Abkhazia,
//   the Caucasus); the state if it names a US city or state (Atlanta,
//   "Ga.", Florida) or mentions the US and none of Georgia's neighbours
//   (Russia, Armenia, Azerbaijan, Ukraine, Turkey); otherwise the country.
#include "common/country_gazetteer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/country_lexicon.h"
#include "common/text_folder.h"
#include "common/word_scanner.h"

namespace tidings {

namespace ct = country_tables;

namespace {

// TextFolder is not thread-safe and a gazetteer is shared by threads.
TextFolder& thread_folder() {
  thread_local TextFolder folder;
  return folder;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool starts_upper(std::string_view text, std::size_t pos) {
  UChar32 c = 0;
  auto i = static_cast<int32_t>(pos);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
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
// Words after "Georgia" that make it the US state.
constexpr std::array<std::string_view, 23> kUsGeorgiaAfter = {
    "gov",       "governor", "sen",     "senator", "rep",         "republican", "republicans", "democrat",
    "democrats", "bulldogs", "tech",    "state",   "legislature", "voters",     "county",      "counties",
    "power",     "peach",    "primary", "runoff",  "gulf",        "pacific",    "regulators"};

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
  bool us_state_context;  // "Georgia Gov.": the state, whatever else the text says
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
  // "Michael Jordan", "Queen Victoria".
  if (i > 0 && words_[i - 1].plain_to_next && words_[i - 1].capitalised && !words_[i - 1].all_caps &&
      !known_word(i - 1)) {
    return true;
  }
  // "Chad Smith", "Jordan Spieth"; cities too often lead a name ("Paris
  // Agreement", "Houston Rockets") for this to hold for them.
  const std::size_t last = i + length - 1;
  return entry.kind == ct::Kind::kName && !words_[last].possessive && last + 1 < words_.size() &&
         words_[last].plain_to_next && words_[last + 1].capitalised && !words_[last + 1].all_caps &&
         !known_word(last + 1);
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
  if ((entry.flags & ct::kPersonName) && !caps && !title && is_person(i, length, entry)) {
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
      if (!entry.code.empty()) {
        const std::size_t last = i + length - 1;
        const std::size_t begin = length > 1 && term(i) == "the" ? words_[i + 1].begin : words_[i].begin;
        const bool us_state = (entry.flags & ct::kGeorgia) && last + 1 < words_.size() &&
                              contains(kUsGeorgiaAfter, term(last + 1));
        found_.push_back({entry.code, begin, words_[last].end, entry_index, us_state});
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
    if (entry.flags & ct::kGeorgia) continue;
    us = us || raw.code == "US";
    us_place = us_place || (raw.code == "US" && entry.kind == ct::Kind::kPlace);
    neighbour = neighbour || raw.code == "RU" || raw.code == "AM" || raw.code == "AZ" || raw.code == "UA" ||
                raw.code == "TR";
  }
  return us_place || (us && !neighbour) ? "US" : "GE";
}

std::vector<CountryMention> Finder::resolve_document() {
  const std::string georgia = georgia_code();
  std::vector<CountryMention> mentions;
  for (const RawMention& raw : found_) {
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
    if (entry.flags & ct::kGeorgia) code = raw.us_state_context ? "US" : georgia;
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
