#include "common/person_recognizer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "common/country_gazetteer.h"
#include "common/person_name_tables.h"
#include "common/person_organisations.h"
#include "common/person_tokens.h"

namespace tidings {

namespace {

using person_detail::Token;
using WordSet = std::unordered_set<std::string>;

// Splits a table into lower-case entries, '_' becoming a space.
void load(WordSet& set, std::string_view table) {
  std::size_t pos = 0;
  while (pos < table.size()) {
    const std::size_t space = table.find(' ', pos);
    const std::size_t end = space == std::string_view::npos ? table.size() : space;
    std::string entry(table.substr(pos, end - pos));
    for (char& c : entry) {
      if (c == '_') c = ' ';
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (!entry.empty()) set.insert(std::move(entry));
    pos = end + 1;
  }
}

// The form of a name word used to match mentions: "al-Assad" and "Assad"
// are the same surname.
std::string match_key(const std::string& key) {
  static constexpr std::string_view kPrefixes[] = {"al-", "el-", "ad-", "as-", "ash-",
                                                   "an-", "at-", "az-", "ar-"};
  for (const auto prefix : kPrefixes) {
    if (key.size() > prefix.size() + 1 && key.compare(0, prefix.size(), prefix) == 0) {
      return key.substr(prefix.size());
    }
  }
  return key;
}

using KeySeq = std::vector<std::string>;

// A text being read: its tokens and how far its capitals can be trusted.
struct Text {
  std::string_view source;
  std::vector<Token> tokens;
  bool in_title = false;
  bool link_only = false;  // a title-case headline: names must be confirmed elsewhere
  bool all_caps = false;   // set in capitals: case says nothing
};

// A name confirmed by some cue, or a candidate run that only a later cue
// can make a name ("Xi Jinping" once "President Xi" is seen).
struct Found {
  KeySeq keys;
  const Text* text = nullptr;
  std::size_t begin = 0;  // token range of the name in `text`
  std::size_t end = 0;
};

struct Person {
  Found name;                 // the fullest form
  std::vector<KeySeq> forms;  // every form it was confirmed under
  std::vector<PersonMention::Span> spans;
};

// What reading the texts yields: names, candidate runs, and the name parts
// of companies ("harris upham" of "Harris Upham and Co"), which no person
// of the article may be.
struct Harvest {
  std::vector<Found> confirmed;
  std::vector<Found> candidates;
  std::vector<KeySeq> companies;
  std::vector<KeySeq> personal;  // names with a cue only a person has: "said X", "analyst X", "Mr X"
};

bool is_sub_sequence(const KeySeq& whole, const KeySeq& part) {
  if (part.size() > whole.size()) return false;
  for (std::size_t i = 0; i + part.size() <= whole.size(); ++i) {
    if (std::equal(part.begin(), part.end(), whole.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

// Whether `shorter` names the same person as `longer` ("Tillerson" and "Rex
// Tillerson"; "Tamim" and "Tamim Bin Hamad Al Thani"; "George Bush" and
// "George W. Bush").
bool same_person(const KeySeq& longer, const KeySeq& shorter) {
  if (shorter.size() >= longer.size()) return false;
  if (is_sub_sequence(longer, shorter)) return true;
  if (shorter.size() == 1) return shorter.front() == longer.front();
  return shorter.front() == longer.front() && shorter.back() == longer.back();
}

std::string title_case(std::string_view text) {
  std::string out(text);
  bool start = true;
  for (char& c : out) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter) {
      if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      start = false;
    } else if (c != '\'') {
      start = true;
    }
  }
  return out;
}

}  // namespace

struct PersonRecognizer::Impl {
  explicit Impl(const CountryGazetteer& gazetteer);

  std::vector<PersonMention> find(std::string_view title, std::string_view body) const;

  bool has(const WordSet& set, const std::string& key) const { return set.count(key) != 0; }
  bool is_given(const Token& t) const {
    return has(given, t.key) || (t.initials && !has(non_person_initials, t.key));
  }
  bool is_any_given(const Token& t) const { return is_given(t) || has(ambiguous_given, t.key); }
  bool is_month_or_day(const Token& t) const { return has(months, t.key) || has(weekdays, t.key); }
  bool name_like(const Text& text, std::size_t i) const;
  bool particle_inside(const Text& text, std::size_t i) const;
  std::size_t title_width(const Text& text, std::size_t i) const;
  std::size_t match_title(const Text& text, std::size_t i) const;
  std::size_t run_end(const Text& text, std::size_t i) const;
  bool rejected(const Text& text, std::size_t begin, std::size_t end) const;
  bool find_phrase(const Text& text, std::size_t begin, std::size_t end, std::size_t& at,
                   std::size_t& after) const;
  bool speaker_cue(const Text& text, std::size_t begin, std::size_t end) const;
  bool company(const Text& text, std::size_t begin, std::size_t end, bool titled, Harvest& harvest) const;
  void confirm(const Text& text, Harvest& harvest) const;
  void judge_run(const Text& text, std::size_t begin, std::size_t end, bool titled, Harvest& harvest) const;
  std::string display(const Found& found) const;

  const CountryGazetteer& places;
  WordSet given, ambiguous_given, surnames, titles, capitalised_titles, modifiers, portfolios, speech,
      particles, abbreviations, non_person_initials, organisation_words, organisation_names,
      organisation_phrases, place_words, place_modifiers, months, weekdays, common, date_prepositions,
      title_first_words;
  person_detail::WordTest is_abbreviation;
  person_detail::WordTest is_minor_word;
  person_detail::OrganisationCues organisations;
};

PersonRecognizer::Impl::Impl(const CountryGazetteer& gazetteer) : places(gazetteer) {
  namespace t = person_tables;
  load(given, t::kGivenNames);
  load(ambiguous_given, t::kAmbiguousGivenNames);
  load(surnames, t::kCensusSurnames);
  // Titles written capitalised in the table count only when capitalised in the text.
  std::string_view table = t::kTitles;
  std::size_t pos = 0;
  while (pos < table.size()) {
    const std::size_t space = std::min(table.find(' ', pos), table.size());
    const std::string_view entry = table.substr(pos, space - pos);
    if (!entry.empty())
      load(entry.front() >= 'A' && entry.front() <= 'Z' ? capitalised_titles : titles, entry);
    pos = space + 1;
  }
  // Two-word titles are looked up only after their first word, to spare a
  // string per word of text.
  for (const WordSet* set : {&titles, &capitalised_titles}) {
    for (const std::string& entry : *set) {
      if (const auto space = entry.find(' '); space != std::string::npos)
        title_first_words.insert(entry.substr(0, space));
    }
  }
  load(modifiers, t::kTitleModifiers);
  load(portfolios, t::kPortfolios);
  load(speech, t::kSpeechVerbs);
  load(particles, t::kParticles);
  load(abbreviations, t::kAbbreviations);
  load(non_person_initials, t::kNonPersonInitials);
  load(organisation_words, t::kOrganisationWords);
  load(organisation_names, t::kOrganisationNames);
  load(organisation_phrases, t::kOrganisationPhrases);
  load(organisation_phrases, person_detail::kEponymousFirms);
  load(place_words, t::kPlaceWords);
  load(place_modifiers, t::kPlaceModifiers);
  load(months, t::kMonths);
  load(weekdays, t::kWeekdays);
  load(common, t::kCommonWords);
  load(date_prepositions, t::kDatePrepositions);
  is_abbreviation = [this](std::string_view key) { return abbreviations.count(std::string(key)) != 0; };
  is_minor_word = [this](std::string_view key) {
    const std::string k(key);
    return common.count(k) != 0 && k.size() <= 5;
  };
}

bool PersonRecognizer::Impl::name_like(const Text& text, std::size_t i) const {
  const Token& t = text.tokens[i];
  if (t.has_digit) return false;
  if (text.all_caps) return !has(common, t.key) && !has(speech, t.key);
  if (!t.capitalised || t.upper) return false;
  // "Kim Jong-un" but not "US-led" or "Bush-style".
  if (t.hyphen_lower) {
    const std::size_t hyphen = t.key.rfind('-');
    if (t.key.size() - hyphen - 1 > 3 || t.key.ends_with("-led") || i == 0 || !text.tokens[i].joined ||
        !text.tokens[i - 1].capitalised) {
      return false;
    }
  }
  if (t.initials) return !has(non_person_initials, t.key);
  return true;
}

// A lower-case particle continues a name only between two name words
// ("Bashar al Assad", "Ludwig van Beethoven").
bool PersonRecognizer::Impl::particle_inside(const Text& text, std::size_t i) const {
  const auto& tokens = text.tokens;
  return has(particles, tokens[i].key) && i + 1 < tokens.size() && tokens[i + 1].joined &&
         name_like(text, i + 1);
}

// How many words of a title start at `i` (0 if none): "Prime Minister" is 2.
std::size_t PersonRecognizer::Impl::title_width(const Text& text, std::size_t i) const {
  const auto& tokens = text.tokens;
  const auto matches = [&](const std::string& key, bool capitalised) {
    return has(titles, key) || ((capitalised || text.all_caps) && has(capitalised_titles, key));
  };
  if (i + 1 < tokens.size() && tokens[i + 1].joined && !tokens[i].possessive &&
      has(title_first_words, tokens[i].key)) {
    const std::string pair = tokens[i].key + ' ' + tokens[i + 1].key;
    if (matches(pair, tokens[i].capitalised && tokens[i + 1].capitalised)) return 2;
  }
  return matches(tokens[i].key, tokens[i].capitalised) ? 1 : 0;
}

// If a title ("US Secretary of State", "senior adviser", "Emir Shaih")
// starting at `i` is followed by a name, where the name starts; else `i`.
std::size_t PersonRecognizer::Impl::match_title(const Text& text, std::size_t i) const {
  const auto& tokens = text.tokens;
  std::size_t k = i;
  std::size_t title_end = i;
  while (k < tokens.size() && (k == i || tokens[k].joined) && !(k > i && tokens[k - 1].possessive)) {
    if (const std::size_t width = title_width(text, k)) {
      k += width;
      title_end = k;
      continue;
    }
    const std::string& key = tokens[k].key;
    if (has(modifiers, key)) {
      ++k;
      continue;
    }
    // "Secretary of State", "Minister for the Environment"; not "Lord of the Rings".
    if ((key == "of" || key == "for") && title_end == k && title_end > i) {
      std::size_t m = k + 1;
      if (m < tokens.size() && tokens[m].key == "the") ++m;
      std::size_t portfolio_end = m;
      while (portfolio_end < tokens.size() && tokens[portfolio_end].joined &&
             tokens[portfolio_end].key != "the" && !tokens[portfolio_end - 1].possessive) {
        // "Minister of Mines and Energy".
        const bool linked = portfolio_end > m && tokens[portfolio_end].key == "and" &&
                            portfolio_end + 1 < tokens.size() && tokens[portfolio_end + 1].joined &&
                            has(portfolios, tokens[portfolio_end + 1].key);
        if (!linked && !has(portfolios, tokens[portfolio_end].key)) break;
        portfolio_end += linked ? 2 : 1;
      }
      if (portfolio_end == m) break;
      k = title_end = portfolio_end;
      continue;
    }
    break;
  }
  if (title_end == i || title_end >= tokens.size() || tokens[title_end - 1].possessive) return i;
  if (!tokens[title_end].joined || !name_like(text, title_end)) return i;
  return title_end;
}

// Where the capitalised run starting at `i` ends: at punctuation, a
// possessive, a lower-case word or a title that starts another name.
std::size_t PersonRecognizer::Impl::run_end(const Text& text, std::size_t i) const {
  const auto& tokens = text.tokens;
  std::size_t k = i + 1;
  const std::size_t limit = text.all_caps ? i + 3 : tokens.size();
  while (k < tokens.size() && k < limit && tokens[k].joined && !tokens[k - 1].possessive) {
    // "Gordon Capital Corp." | "Reuter", "Algemene Bank Nederland N.V." | "Said".
    if (organisations.ends_run(tokens[k - 1])) break;
    const bool word = name_like(text, k) || particle_inside(text, k);
    // A capitalised function word ends a name ("Rolf On Art").
    const bool function_word =
        has(common, tokens[k].key) && !has(particles, tokens[k].key) && !has(months, tokens[k].key);
    if (!word || function_word) break;
    // "Hamid Karzai Sunday", "Karzai May 5".
    if (has(weekdays, tokens[k].key)) break;
    if (has(months, tokens[k].key) && k + 1 < tokens.size() && tokens[k + 1].has_digit) break;
    // A title word after a lone given name belongs to the name ("Sacha Baron Cohen").
    if (match_title(text, k) != k && !(k == i + 1 && is_given(tokens[i]))) break;
    ++k;
  }
  return k;
}

// Where the first organisation phrase of the run [begin, end) lies ("White
// House" in "Reagan White House"), if it holds one.
bool PersonRecognizer::Impl::find_phrase(const Text& text, std::size_t begin, std::size_t end,
                                         std::size_t& at, std::size_t& after) const {
  const auto& tokens = text.tokens;
  for (std::size_t i = begin; i < end; ++i) {
    std::string phrase = tokens[i].key;
    for (std::size_t j = i + 1; j <= end && j < i + 4; ++j) {
      if (j > i + 1) phrase += ' ' + tokens[j - 1].key;
      if (has(organisation_phrases, phrase)) {
        at = i;
        after = j;
        return true;
      }
    }
  }
  return false;
}

// Organisations ("Exxon Mobil Corp", "Muslim Brotherhood") and places
// ("Persian Gulf", "Saudi Arabia").
bool PersonRecognizer::Impl::rejected(const Text& text, std::size_t begin, std::size_t end) const {
  const auto& tokens = text.tokens;
  for (std::size_t i = begin; i < end; ++i) {
    if (has(organisation_names, tokens[i].key)) return true;
  }
  std::size_t at = 0;
  std::size_t after = 0;
  if (find_phrase(text, begin, end, at, after)) return true;
  const Token& first = tokens[begin];
  const Token& last = tokens[end - 1];
  if (has(organisation_words, last.key) || has(place_words, last.key)) return true;
  // "Roman Catholic Archbishop", but "Stephen King" and "Larry King".
  if (has(titles, last.key) && !is_any_given(first)) return true;
  if (has(place_modifiers, first.key)) return true;                    // "Saudi Arabia", "San Antonio"
  if (end - begin > 1 && has(place_modifiers, last.key)) return true;  // "Roman Catholic"
  if (has(weekdays, first.key) || (end - begin == 1 && has(months, first.key))) return true;
  const std::string_view words = text.source.substr(first.begin, last.end - first.begin);
  if (places.is_place(words)) return true;
  if (end - begin > 1 && !is_any_given(first) &&
      places.is_place(text.source.substr(first.begin, first.end - first.begin))) {
    return true;
  }
  return false;
}

// "..., said Adel Al Jubeir", "Rex Tillerson said", "John Smith, 45,",
// "according to Jane Doe".
bool PersonRecognizer::Impl::speaker_cue(const Text& text, std::size_t begin, std::size_t end) const {
  const auto& tokens = text.tokens;
  if (end < tokens.size()) {
    const Token& next = tokens[end];
    if ((next.joined || next.comma_before) && has(speech, next.key)) return true;
    if (next.comma_before && next.key == "who") return true;
    if (next.comma_before && next.has_digit && next.key.size() <= 3 && end + 1 < tokens.size() &&
        tokens[end + 1].comma_before) {
      return true;
    }
  }
  if (begin >= 1 && (tokens[begin].joined || tokens[begin].comma_before) &&
      has(speech, tokens[begin - 1].key) && !tokens[begin - 1].capitalised) {
    return true;
  }
  return begin >= 2 && tokens[begin].joined && tokens[begin - 1].key == "to" &&
         tokens[begin - 2].key == "according";
}

// Firms ("Chase Manhattan Bank N.A.", "Harris Upham and Co", "shares of Eli
// Lilly", "Lilly said its") and currencies ("N.Z. Dlrs"). The name part of a
// firm is remembered: the article's "Chase Manhattan" is no person either.
bool PersonRecognizer::Impl::company(const Text& text, std::size_t begin, std::size_t end, bool titled,
                                     Harvest& harvest) const {
  const auto& tokens = text.tokens;
  if (organisations.currency(tokens, begin, end)) return true;
  const auto remember = [&](std::size_t from, std::size_t to) {
    if (from >= to) return;
    KeySeq keys;
    for (std::size_t i = from; i < to; ++i) keys.push_back(match_key(tokens[i].key));
    harvest.companies.push_back(std::move(keys));
  };
  if (const std::size_t word = organisations.company_word(tokens, begin, end); word != end) {
    remember(begin, word);
    return true;
  }
  std::size_t partner_end = end;
  bool firm = organisations.company_context(text.source, tokens, begin, end, partner_end);
  // "Lilly said its profits rose"; a person would say "his" or "her".
  firm = firm || (!titled && end + 1 < tokens.size() && tokens[end].joined && tokens[end + 1].joined &&
                  (tokens[end].key == "said" || tokens[end].key == "says") && tokens[end + 1].key == "its");
  if (!firm) return false;
  remember(begin, end);
  if (partner_end != end) {
    remember(end, partner_end);
    remember(begin, partner_end);
  }
  return true;
}

void PersonRecognizer::Impl::judge_run(const Text& text, std::size_t begin, std::size_t end, bool titled,
                                       Harvest& harvest) const {
  const auto& tokens = text.tokens;
  // Capitalised only because a sentence starts here: "Describing", "The".
  while (begin < end && !titled && !is_any_given(tokens[begin]) &&
         (has(common, tokens[begin].key) ||
          (tokens[begin].sentence_start && !text.all_caps &&
           (tokens[begin].key.ends_with("ing") || tokens[begin].key.ends_with("ly") ||
            tokens[begin].key.ends_with("ed"))))) {
    ++begin;
  }
  // A word before a given name that no title list knows ("Beatle George
  // Harrison", "German Lars Burgsmuller").
  for (std::size_t j = begin + 1; !titled && j + 1 < end && j <= begin + 2; ++j) {
    if (has(particles, tokens[begin].key)) break;
    if (is_any_given(tokens[begin]) && !has(place_modifiers, tokens[begin].key)) break;
    // Not a lower-case particle: "Punta del Este", "Banca Nazionale del Lavoro".
    if (is_given(tokens[j]) && !tokens[j].initials && tokens[j].capitalised) {
      begin = j;
      break;
    }
  }
  if (begin >= end || end - begin > 6) return;
  if (text.all_caps) {
    // Case tells nothing: only a known given name and the word after it
    // ("HAROLD MACMILLAN"), and a middle initial.
    if (!is_given(tokens[begin]) || tokens[begin].initials || end - begin < 2) return;
    const bool middle = tokens[begin + 1].initials || has(particles, tokens[begin + 1].key);
    end = std::min(end, begin + (middle ? 3 : 2));
    const std::string& surname = tokens[end - 1].key;
    if (end - begin < 2 || surname.ends_with("ed") || surname.ends_with("ly") || surname.ends_with("ing"))
      return;
    titled = false;
  }
  // The words before a firm or institution are judged apart ("Reagan" |
  // "White House"); those after it belong to it ("Dean Witter Reynolds",
  // "Banca Nazionale del Lavoro").
  if (std::size_t at = 0, after = 0; find_phrase(text, begin, end, at, after)) {
    if (after - at > 1 && at > begin) judge_run(text, begin, at, titled, harvest);
    return;
  }
  // "said Arvid Jauppi", "analyst Arvid Jauppi", "Mr Jauppi": whatever
  // "Arvid Jauppi and Associates" says, the name is a person's too.
  const auto honorific = [&](const std::string& key) {
    return key == "mr" || key == "mrs" || key == "ms" || key == "dr";
  };
  if (begin > 0 && tokens[begin].joined && titled &&
      (honorific(tokens[begin - 1].key) || !tokens[begin - 1].capitalised)) {
    harvest.personal.emplace_back();
  } else if (begin > 0 && !tokens[begin - 1].capitalised && has(speech, tokens[begin - 1].key) &&
             speaker_cue(text, begin, end)) {
    harvest.personal.emplace_back();
  }
  if (!harvest.personal.empty() && harvest.personal.back().empty()) {
    harvest.personal.emplace_back();
    for (std::size_t i = begin; i < end; ++i) harvest.personal.back().push_back(match_key(tokens[i].key));
  }
  if (company(text, begin, end, titled, harvest) || rejected(text, begin, end)) return;
  // "General Sales Manager Melvin Sims": a title word, not a name.
  if (titled && end - begin == 1 && end < tokens.size() && tokens[end].joined &&
      !tokens[end - 1].possessive && title_width(text, end) > 0)
    return;
  const Token& first = tokens[begin];
  const std::size_t length = end - begin;
  bool person = false;
  if (text.all_caps) {
    person = end - begin >= 2;
  } else if (titled) {
    person = length > 1 ||
             (!has(common, first.key) && !is_month_or_day(first) && !has(place_modifiers, first.key));
  } else if (length >= 2) {
    const bool speaker = speaker_cue(text, begin, end);
    if (is_given(first)) {
      person = true;
    } else if (has(ambiguous_given, first.key) && !has(months, first.key)) {
      person = (!first.sentence_start || speaker) && !has(common, tokens[begin + 1].key);
    } else if (speaker && !text.all_caps && length <= 4) {
      person = true;
    }
  }
  Found found;
  found.text = &text;
  found.begin = begin;
  found.end = end;
  for (std::size_t i = begin; i < end; ++i) found.keys.push_back(match_key(tokens[i].key));
  if (person) {
    harvest.confirmed.push_back(std::move(found));
  } else if (length >= 2 && !text.all_caps) {
    harvest.candidates.push_back(std::move(found));
  }
}

void PersonRecognizer::Impl::confirm(const Text& text, Harvest& harvest) const {
  const auto& tokens = text.tokens;
  std::size_t i = 0;
  bool titled = false;  // the run at `i` follows a title
  while (i < tokens.size()) {
    if (tokens[i].headline) {
      ++i;
      titled = false;
      continue;
    }
    const std::size_t name = match_title(text, i);
    if (name != i) {
      i = name;
      titled = true;
      continue;
    }
    if (!name_like(text, i)) {
      ++i;
      titled = false;
      continue;
    }
    const std::size_t end = run_end(text, i);
    judge_run(text, i, end, titled, harvest);
    titled = false;
    i = end;
  }
}

std::string PersonRecognizer::Impl::display(const Found& found) const {
  const auto& tokens = found.text->tokens;
  const std::string_view raw = found.text->source.substr(
      tokens[found.begin].begin, tokens[found.end - 1].end - tokens[found.begin].begin);
  std::string out;
  for (const char c : raw) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  return found.text->all_caps ? title_case(out) : out;
}

std::vector<PersonMention> PersonRecognizer::Impl::find(std::string_view title, std::string_view body) const {
  Text texts[2];
  texts[0].source = title;
  texts[0].in_title = true;
  texts[1].source = body;
  for (Text& text : texts) {
    text.tokens = person_detail::tokenize(text.source, is_abbreviation, is_minor_word);
    text.all_caps = person_detail::is_upper_case_text(text.source);
  }
  texts[0].link_only = texts[0].all_caps || person_detail::is_title_case(
                                                texts[0].tokens, 0, texts[0].tokens.size(), is_minor_word);
  if (texts[1].all_caps) {
    for (Token& token : texts[1].tokens) token.sentence_start = false;
  }
  // Reuters' sign-off ends every body and is nobody's name.
  if (auto& tokens = texts[1].tokens; !tokens.empty() && tokens.back().key == "reuter") tokens.pop_back();

  Harvest harvest;
  for (const Text& text : texts) {
    if (!text.link_only) confirm(text, harvest);
  }
  // No name the article also gives a firm: "E.F. Hutton" of "E.F. Hutton Group Inc".
  const auto firm = [&](const Found& found) {
    const bool person =
        std::any_of(harvest.personal.begin(), harvest.personal.end(), [&](const KeySeq& keys) {
          return keys == found.keys || (keys.size() == 1 && keys.front() == found.keys.back());
        });
    return !person &&
           std::any_of(harvest.companies.begin(), harvest.companies.end(), [&](const KeySeq& company) {
             return found.keys.size() <= company.size() &&
                    std::equal(found.keys.begin(), found.keys.end(), company.begin());
           });
  };
  std::erase_if(harvest.confirmed, firm);
  std::erase_if(harvest.candidates, firm);
  std::vector<Found>& confirmed = harvest.confirmed;
  const std::vector<Found>& candidates = harvest.candidates;

  // One person per name: a lone surname or given name joins the fullest
  // form, and a name seen only with a title takes a fuller unconfirmed form
  // ("President Xi" and "Xi Jinping").
  std::vector<Person> persons;
  for (Found& found : confirmed) {
    if (found.keys.size() == 1) {
      for (const Found& candidate : candidates) {
        if (candidate.keys.front() == found.keys.front() || candidate.keys.back() == found.keys.front()) {
          found = candidate;
          break;
        }
      }
    }
    const bool known = std::any_of(persons.begin(), persons.end(),
                                   [&](const Person& p) { return p.name.keys == found.keys; });
    if (known) continue;
    Person person;
    person.forms.push_back(found.keys);
    person.name = std::move(found);
    persons.push_back(std::move(person));
  }
  std::vector<std::size_t> by_length(persons.size());
  for (std::size_t i = 0; i < persons.size(); ++i) by_length[i] = i;
  std::stable_sort(by_length.begin(), by_length.end(), [&](std::size_t a, std::size_t b) {
    return persons[a].name.keys.size() > persons[b].name.keys.size();
  });
  std::vector<bool> absorbed(persons.size(), false);
  for (std::size_t a = 0; a < by_length.size(); ++a) {
    Person& shorter = persons[by_length[a]];
    for (std::size_t b = 0; b < persons.size(); ++b) {
      if (absorbed[b] || b == by_length[a] || !same_person(persons[b].name.keys, shorter.name.keys)) continue;
      persons[b].forms.push_back(shorter.name.keys);
      absorbed[by_length[a]] = true;
      break;
    }
  }

  // Every mention: a form in full, or its surname alone.
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, const KeySeq*>>> by_first;
  std::unordered_map<std::string, std::vector<std::size_t>> by_surname;
  for (std::size_t p = 0; p < persons.size(); ++p) {
    if (absorbed[p]) continue;
    for (const KeySeq& form : persons[p].forms) {
      if (form.size() >= 2) by_first[form.front()].emplace_back(p, &form);
    }
    const KeySeq& keys = persons[p].name.keys;
    std::size_t last = keys.size() - 1;
    while (last > 0 &&
           (keys[last] == "jr" || keys[last] == "sr" || keys[last] == "ii" || keys[last] == "iii"))
      --last;
    by_surname[keys[last]].push_back(p);
  }
  std::unordered_map<std::string, std::size_t> last_full;  // surname → person last named in full
  for (const Text& text : texts) {
    const auto& tokens = text.tokens;
    const auto linkable = [&](std::size_t i) {
      return tokens[i].capitalised || tokens[i].upper || particle_inside(text, i);
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!linkable(i)) continue;
      const std::string key = match_key(tokens[i].key);
      std::size_t best = 0;
      std::size_t person = 0;
      if (const auto it = by_first.find(key); it != by_first.end()) {
        for (const auto& [p, form] : it->second) {
          std::size_t n = 0;
          while (n < form->size() && i + n < tokens.size() &&
                 (n == 0 || (tokens[i + n].joined && !tokens[i + n - 1].possessive)) &&
                 match_key(tokens[i + n].key) == (*form)[n]) {
            ++n;
          }
          if (n == form->size() && n > best) {
            best = n;
            person = p;
          }
        }
      }
      if (best > 0) {
        last_full[persons[person].name.keys.back()] = person;
      } else if (const auto it = by_surname.find(key); it != by_surname.end()) {
        // "in May" is a date even where Theresa May is named.
        const bool date = has(months, key) && ((i > 0 && has(date_prepositions, tokens[i - 1].key)) ||
                                               (i + 1 < tokens.size() && tokens[i + 1].has_digit));
        if (date || (i > 0 && tokens[i].joined && is_any_given(tokens[i - 1]) && linkable(i - 1))) continue;
        const auto seen = last_full.find(key);
        person = seen != last_full.end() ? seen->second : it->second.front();
        best = 1;
      }
      if (best == 0) continue;
      const std::size_t after = i + best;
      if (after < tokens.size() && tokens[after].joined && !tokens[after - 1].possessive &&
          (has(organisation_words, tokens[after].key) || has(place_words, tokens[after].key))) {
        i = after;  // "Trump Tower", "Kennedy Center"
        continue;
      }
      persons[person].spans.push_back({text.in_title, tokens[i].begin, tokens[after - 1].end});
      i = after - 1;
    }
  }

  std::vector<std::size_t> order;
  for (std::size_t p = 0; p < persons.size(); ++p) {
    if (!absorbed[p] && !persons[p].spans.empty()) order.push_back(p);
  }
  const auto first_mention = [&](std::size_t p) {
    const auto& span = persons[p].spans.front();
    return std::pair(span.in_title ? 0 : 1, span.begin);
  };
  for (auto& person : persons) {
    std::stable_sort(person.spans.begin(), person.spans.end(), [](const auto& a, const auto& b) {
      return std::pair(a.in_title ? 0 : 1, a.begin) < std::pair(b.in_title ? 0 : 1, b.begin);
    });
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return first_mention(a) < first_mention(b); });
  std::vector<PersonMention> mentions;
  for (const std::size_t p : order) {
    PersonMention mention;
    mention.name = display(persons[p].name);
    mention.spans = std::move(persons[p].spans);
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

PersonRecognizer::PersonRecognizer(const CountryGazetteer& places) : impl_(std::make_unique<Impl>(places)) {}
PersonRecognizer::~PersonRecognizer() = default;

std::vector<PersonMention> PersonRecognizer::find(std::string_view title, std::string_view body) const {
  return impl_->find(title, body);
}

}  // namespace tidings
