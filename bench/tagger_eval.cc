// tidings-tagger-eval: scores tidings::Tagger against Reuters-21578's own
// `places` and `people` annotations, beside a naive name-matching baseline
// measured in the same run. A tool, not a test: see bench/README.md.
//
// Reuters' annotators tagged the countries an article is *about* and only the
// people on a fixed list, so the figures are a relative measure (tagger vs
// baseline, before vs after a change), not an absolute accuracy.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <zlib.h>
#include <nlohmann/json.hpp>

#include <tidings/article.h>
#include <tidings/date.h>
#include <tidings/tagger.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// ---------------------------------------------------------------------------
// Reuters place codes → ISO 3166-1 alpha-2. Every code of Reuters-21578's
// all-places-strings.lc.txt (175 codes) is here. Former states map to the
// state news means by them now, as the gazetteer does: both Germanys → DE,
// USSR → RU, Yugoslavia → RS, Czechoslovakia → CZ, Zaire → CD, Kampuchea →
// KH, Burma → MM, both Yemens → YE. "congo" in 1987 is the Republic of the
// Congo (CG); Zaire is listed separately. Dependent territories with their
// own alpha-2 code keep it (Hong Kong HK, Guam GU, Bermuda BM...).
// ---------------------------------------------------------------------------
struct PlaceCode {
  const char* reuters;
  const char* iso;  // "" when the code is excluded from scoring
};

constexpr PlaceCode kPlaceCodes[] = {
    {"afghanistan", "AF"},
    {"albania", "AL"},
    {"algeria", "DZ"},
    {"american-samoa", "AS"},
    {"andorra", "AD"},
    {"angola", "AO"},
    {"anguilla", "AI"},
    {"antigua", "AG"},
    {"argentina", "AR"},
    {"aruba", "AW"},
    {"australia", "AU"},
    {"austria", "AT"},
    {"bahamas", "BS"},
    {"bahrain", "BH"},
    {"bangladesh", "BD"},
    {"barbados", "BB"},
    {"belgium", "BE"},
    {"belize", "BZ"},
    {"benin", "BJ"},
    {"bermuda", "BM"},
    {"bhutan", "BT"},
    {"bolivia", "BO"},
    {"botswana", "BW"},
    {"brazil", "BR"},
    {"british-virgin-islands", "VG"},
    {"brunei", "BN"},
    {"bulgaria", "BG"},
    {"burkina-faso", "BF"},
    {"burma", "MM"},
    {"burundi", "BI"},
    {"cameroon", "CM"},
    {"canada", "CA"},
    {"cape-verde", "CV"},
    {"cayman-islands", "KY"},
    {"central-african-republic", "CF"},
    {"chad", "TD"},
    {"chile", "CL"},
    {"china", "CN"},
    {"colombia", "CO"},
    {"congo", "CG"},
    {"costa-rica", "CR"},
    {"cuba", "CU"},
    {"cyprus", "CY"},
    {"czechoslovakia", "CZ"},
    {"denmark", "DK"},
    {"djibouti", "DJ"},
    {"dominica", "DM"},
    {"dominican-republic", "DO"},
    {"east-germany", "DE"},
    {"ecuador", "EC"},
    {"egypt", "EG"},
    {"el-salvador", "SV"},
    {"equatorial-guinea", "GQ"},
    {"ethiopia", "ET"},
    {"fiji", "FJ"},
    {"finland", "FI"},
    {"france", "FR"},
    {"french-guiana", "GF"},
    {"gabon", "GA"},
    {"gambia", "GM"},
    {"ghana", "GH"},
    {"gibraltar", "GI"},
    {"greece", "GR"},
    {"grenada", "GD"},
    {"guadeloupe", "GP"},
    {"guam", "GU"},
    {"guatemala", "GT"},
    {"guinea", "GN"},
    {"guinea-bissau", "GW"},
    {"guyana", "GY"},
    {"haiti", "HT"},
    {"honduras", "HN"},
    {"hong-kong", "HK"},
    {"hungary", "HU"},
    {"iceland", "IS"},
    {"india", "IN"},
    {"indonesia", "ID"},
    {"iran", "IR"},
    {"iraq", "IQ"},
    {"ireland", "IE"},
    {"israel", "IL"},
    {"italy", "IT"},
    {"ivory-coast", "CI"},
    {"jamaica", "JM"},
    {"japan", "JP"},
    {"jordan", "JO"},
    {"kampuchea", "KH"},
    {"kenya", "KE"},
    {"kuwait", "KW"},
    {"laos", "LA"},
    {"lebanon", "LB"},
    {"lesotho", "LS"},
    {"liberia", "LR"},
    {"libya", "LY"},
    {"liechtenstein", "LI"},
    {"luxembourg", "LU"},
    {"macao", "MO"},
    {"madagascar", "MG"},
    {"malawi", "MW"},
    {"malaysia", "MY"},
    {"mali", "ML"},
    {"malta", "MT"},
    {"martinique", "MQ"},
    {"mauritania", "MR"},
    {"mauritius", "MU"},
    {"mexico", "MX"},
    {"monaco", "MC"},
    {"morocco", "MA"},
    {"mozambique", "MZ"},
    {"namibia", "NA"},
    {"nepal", "NP"},
    {"netherlands", "NL"},
    // Dissolved in 2010 into CW, SX and BQ; no single code means it.
    {"netherlands-antilles", ""},
    {"new-caledonia", "NC"},
    {"new-zealand", "NZ"},
    {"nicaragua", "NI"},
    {"niger", "NE"},
    {"nigeria", "NG"},
    {"north-korea", "KP"},
    {"norway", "NO"},
    {"oman", "OM"},
    {"pakistan", "PK"},
    {"panama", "PA"},
    {"papua-new-guinea", "PG"},
    {"paraguay", "PY"},
    {"peru", "PE"},
    {"philippines", "PH"},
    {"poland", "PL"},
    {"portugal", "PT"},
    {"qatar", "QA"},
    {"romania", "RO"},
    {"rwanda", "RW"},
    {"saudi-arabia", "SA"},
    {"senegal", "SN"},
    {"seychelles", "SC"},
    {"sierra-leone", "SL"},
    {"singapore", "SG"},
    {"somalia", "SO"},
    {"south-africa", "ZA"},
    {"south-korea", "KR"},
    {"spain", "ES"},
    {"sri-lanka", "LK"},
    {"sudan", "SD"},
    {"suriname", "SR"},
    {"swaziland", "SZ"},
    {"sweden", "SE"},
    {"switzerland", "CH"},
    {"syria", "SY"},
    {"taiwan", "TW"},
    {"tanzania", "TZ"},
    {"thailand", "TH"},
    {"togo", "TG"},
    {"tonga", "TO"},
    {"trinidad-tobago", "TT"},
    {"tunisia", "TN"},
    {"turkey", "TR"},
    {"uae", "AE"},
    {"uganda", "UG"},
    {"uk", "GB"},
    {"uruguay", "UY"},
    {"us-virgin-islands", "VI"},
    {"usa", "US"},
    {"ussr", "RU"},
    {"vanuatu", "VU"},
    {"vatican", "VA"},
    {"venezuela", "VE"},
    {"vietnam", "VN"},
    {"west-germany", "DE"},
    {"western-samoa", "WS"},
    {"yemen-arab-republic", "YE"},
    {"yemen-demo-republic", "YE"},
    {"yugoslavia", "RS"},
    {"zaire", "CD"},
    {"zambia", "ZM"},
    {"zimbabwe", "ZW"},
};

// Reuters people codes are lower-case, hyphenated names: mostly a surname
// alone ("volcker", "de-clercq"), sometimes given name + surname
// ("james-baker", "hisham-nazer"). These name their person surname first.
constexpr const char* kSurnameFirstPeople[] = {
    "chen-muhua", "chiang-ching-kuo", "deng-xiaoping", "he-kang",    "lee-ta-hai",  "lee-teng-hui",
    "li-peng",    "li-xiannian",      "wang-bingqian", "yu-kuo-hua", "zhao-ziyang", "zheng-tuobin",
};

// ---------------------------------------------------------------------------
// Small text helpers. Reuters-21578 is ASCII but for one byte; bytes >= 0x80
// are treated as letters so UTF-8 names stay whole.
// ---------------------------------------------------------------------------
bool is_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool is_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
bool is_word_char(unsigned char c) {
  return is_letter(c) || (c >= '0' && c <= '9');
}

// A name folded for matching: lower-case letter runs, single letters
// (initials, the "O" of O'Kennedy) dropped. "James A. Baker" → {james, baker},
// "Leigh-Pemberton" → {leigh, pemberton}.
std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (current.size() > 1) tokens.push_back(current);
    current.clear();
  };
  for (unsigned char c : name) {
    if (is_letter(c)) {
      current.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

bool contains(const std::vector<std::string>& haystack, const std::string& needle) {
  return std::find(haystack.begin(), haystack.end(), needle) != haystack.end();
}

// A Reuters person code, ready for matching.
struct GoldPerson {
  std::string code;
  std::vector<std::string> tokens;
  bool surname_first = false;
};

GoldPerson make_gold_person(const std::string& code) {
  GoldPerson person{code, name_tokens(code), false};
  for (const char* c : kSurnameFirstPeople) person.surname_first |= code == c;
  return person;
}

// Whether a found name is the person of a Reuters code, by folded surname:
//  * the name's last token is the code's last token (its surname), and
//  * the name is that surname alone, or its other tokens all occur in the
//    code, or the code's other tokens all occur in the name.
// So "Paul Volcker", "Volcker" → volcker; "James A. Baker", "Baker" →
// james-baker but "Howard Baker" does not; "Willy De Clercq" → de-clercq.
// Surname-first codes (zhao-ziyang) match the name holding all their tokens,
// or their surname alone ("Zhao").
bool person_matches(const std::vector<std::string>& name, const GoldPerson& gold) {
  if (name.empty() || gold.tokens.empty()) return false;
  if (gold.surname_first) {
    if (name.size() == 1) return name[0] == gold.tokens[0];
    return std::all_of(gold.tokens.begin(), gold.tokens.end(),
                       [&](const std::string& t) { return contains(name, t); });
  }
  if (name.back() != gold.tokens.back()) return false;
  if (name.size() == 1) return true;
  bool name_in_code = std::all_of(name.begin(), name.end() - 1,
                                  [&](const std::string& t) { return contains(gold.tokens, t); });
  bool code_in_name = std::all_of(gold.tokens.begin(), gold.tokens.end() - 1,
                                  [&](const std::string& t) { return contains(name, t); });
  return name_in_code || code_in_name;
}

// ---------------------------------------------------------------------------
// The naive baseline.
// ---------------------------------------------------------------------------

// Countries: the ISO short name (iso-codes' common_name where it has one,
// else its name: "Iran", "South Korea", "United States", "Russian
// Federation") as an exact, case-sensitive phrase with word boundaries.
// No codes, aliases, demonyms, cities or context rules.
class BaselineCountries {
 public:
  explicit BaselineCountries(const std::vector<std::pair<std::string, std::string>>& names) : names_(names) {}

  std::vector<std::string> find(const std::string& text) const {
    std::vector<std::pair<std::size_t, std::string>> hits;
    for (const auto& [code, name] : names_) {
      for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        bool left_ok = at == 0 || !is_word_char(static_cast<unsigned char>(text[at - 1]));
        std::size_t end = at + name.size();
        bool right_ok = end >= text.size() || !is_word_char(static_cast<unsigned char>(text[end]));
        if (left_ok && right_ok) {
          hits.emplace_back(at, code);
          break;
        }
      }
    }
    std::sort(hits.begin(), hits.end());
    std::vector<std::string> codes;
    for (auto& hit : hits) {
      if (!contains(codes, hit.second)) codes.push_back(std::move(hit.second));
    }
    return codes;
  }

 private:
  std::vector<std::pair<std::string, std::string>> names_;  // code, name
};

// Persons: every maximal run of two or more consecutive capitalised words
// (an upper-case letter then at least one lower-case one; ' and - allowed
// inside, "Leigh-Pemberton", "O'Kennedy") separated by single spaces, in the
// title and the body, once each. Nothing else: "Treasury Secretary James
// Baker" is one "person", so is "New York".
std::vector<std::string> baseline_persons(const std::string& title, const std::string& body) {
  std::vector<std::string> found;
  auto scan = [&](const std::string& text) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    std::vector<std::pair<std::size_t, std::size_t>> run;  // words of the current run
    auto flush = [&] {
      if (run.size() >= 2) {
        std::string name = text.substr(run.front().first, run.back().second - run.front().first);
        if (!contains(found, name)) found.push_back(std::move(name));
      }
      run.clear();
    };
    while (i < n) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (!is_word_char(c)) {
        // Only a single space joins two words of a run.
        if (!(c == ' ' && !run.empty() && run.back().second == i)) flush();
        ++i;
        continue;
      }
      std::size_t start = i;
      while (i < n) {
        unsigned char d = static_cast<unsigned char>(text[i]);
        bool inner =
            (d == '\'' || d == '-') && i + 1 < n && is_letter(static_cast<unsigned char>(text[i + 1]));
        if (!is_word_char(d) && !inner) break;
        ++i;
      }
      bool capitalised = is_upper(static_cast<unsigned char>(text[start])) && i - start >= 2 &&
                         is_lower(static_cast<unsigned char>(text[start + 1]));
      bool joins = !run.empty() && start == run.back().second + 1 && text[start - 1] == ' ';
      if (!capitalised) {
        flush();
      } else {
        if (!joins) flush();
        run.emplace_back(start, i);
      }
    }
    flush();
  };
  scan(title);
  scan(body);
  return found;
}

// ---------------------------------------------------------------------------
// Scoring.
// ---------------------------------------------------------------------------
struct Score {
  long tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// Error counts with up to three example article ids each.
class ErrorTally {
 public:
  void add(const std::string& key, const std::string& article_id) {
    auto& entry = entries_[key];
    ++entry.first;
    if (entry.second.size() < 3) entry.second.push_back(article_id);
  }

  void print(const std::string& heading, std::size_t top,
             const std::unordered_map<std::string, std::string>& labels = {}) const {
    std::vector<std::pair<long, std::string>> sorted;
    long total = 0;
    for (const auto& [key, entry] : entries_) {
      sorted.emplace_back(entry.first, key);
      total += entry.first;
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::printf("\n%s (%ld in all, %zu distinct; top %zu)\n", heading.c_str(), total, sorted.size(),
                std::min(top, sorted.size()));
    for (std::size_t i = 0; i < sorted.size() && i < top; ++i) {
      const auto& [count, key] = sorted[i];
      std::string label = key;
      if (auto it = labels.find(key); it != labels.end() && !it->second.empty())
        label += " (" + it->second + ")";
      std::string examples;
      for (const auto& id : entries_.at(key).second) examples += (examples.empty() ? "" : " ") + id;
      std::printf("  %6ld  %-38s e.g. %s\n", count, label.c_str(), examples.c_str());
    }
  }

 private:
  std::map<std::string, std::pair<long, std::vector<std::string>>> entries_;
};

// Countries: sets of codes per article.
void score_countries(const std::vector<std::string>& found, const std::set<std::string>& gold,
                     const std::string& id, Score& score, ErrorTally* fps, ErrorTally* fns) {
  std::set<std::string> found_set(found.begin(), found.end());
  for (const auto& code : found_set) {
    if (gold.count(code)) {
      ++score.tp;
    } else {
      ++score.fp;
      if (fps) fps->add(code, id);
    }
  }
  for (const auto& code : gold) {
    if (!found_set.count(code)) {
      ++score.fn;
      if (fns) fns->add(code, id);
    }
  }
}

// Persons: each found name takes the first gold person it matches that no
// earlier name took. A name matching only a gold person already taken is a
// false positive (the same person twice: "James Baker" and "Baker").
// `restricted` counts only names that match some person Reuters annotates
// somewhere in the corpus, so unlisted people stop counting against precision.
void score_persons(const std::vector<std::string>& found, const std::vector<GoldPerson>& gold,
                   const std::vector<GoldPerson>& vocabulary, const std::string& id, Score& score,
                   Score& restricted, ErrorTally* fps, ErrorTally* fns) {
  std::vector<bool> taken(gold.size(), false);
  for (const auto& name : found) {
    auto tokens = name_tokens(name);
    bool matched = false, duplicate = false;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (!person_matches(tokens, gold[g])) continue;
      if (taken[g]) {
        duplicate = true;
        continue;
      }
      taken[g] = true;
      matched = true;
      break;
    }
    if (matched) {
      ++score.tp;
      ++restricted.tp;
      continue;
    }
    ++score.fp;
    bool known = duplicate || std::any_of(vocabulary.begin(), vocabulary.end(),
                                          [&](const GoldPerson& p) { return person_matches(tokens, p); });
    if (known) ++restricted.fp;
    if (fps) fps->add(duplicate ? name + " [same person twice]" : name, id);
  }
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (taken[g]) continue;
    ++score.fn;
    ++restricted.fn;
    if (fns) fns->add(gold[g].code, id);
  }
}

// ---------------------------------------------------------------------------
// Input.
// ---------------------------------------------------------------------------

// Reads a gzip (or plain) file line by line.
class GzLines {
 public:
  explicit GzLines(const std::string& path) : file_(gzopen(path.c_str(), "rb")) {
    if (file_) gzbuffer(file_, 1 << 17);
  }
  ~GzLines() {
    if (file_) gzclose(file_);
  }
  GzLines(const GzLines&) = delete;
  GzLines& operator=(const GzLines&) = delete;

  bool ok() const { return file_ != nullptr; }

  bool next(std::string& line) {
    line.clear();
    char buffer[1 << 16];
    while (gzgets(file_, buffer, sizeof buffer)) {
      line += buffer;
      if (!line.empty() && line.back() == '\n') {
        line.pop_back();
        return true;
      }
    }
    return !line.empty();
  }

 private:
  gzFile file_;
};

struct Options {
  std::string corpus = std::string(TIDINGS_SOURCE_DIR) + "/../shared/corpora/reuters.jsonl.gz";
  long limit = -1;
  std::size_t top = 15;
  bool with_dateline = false;
};

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: tidings-tagger-eval [--corpus PATH] [--limit N] [--top K] [--with-dateline]\n"
               "  --corpus PATH  Reuters-21578 JSON Lines (.jsonl or .jsonl.gz); default\n"
               "                 %s/../shared/corpora/reuters.jsonl.gz\n"
               "  --limit N      read only the first N articles\n"
               "  --top K        list the K most frequent errors of each kind (default 15)\n"
               "  --with-dateline  start each body with its Reuters dateline (\"NEW YORK, Feb 26 -\"),\n"
               "                 as the wire text had it; by default the body alone is tagged\n",
               TIDINGS_SOURCE_DIR);
}

std::optional<Options> parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "tidings-tagger-eval: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    try {
      if (arg == "--corpus") {
        options.corpus = value();
      } else if (arg == "--limit") {
        options.limit = std::stol(value());
      } else if (arg == "--top") {
        options.top = std::stoul(value());
      } else if (arg == "--with-dateline") {
        options.with_dateline = true;
      } else if (arg == "-h" || arg == "--help") {
        usage(stdout);
        std::exit(0);
      } else {
        std::fprintf(stderr, "tidings-tagger-eval: unknown argument '%s'\n", arg.c_str());
        usage(stderr);
        return std::nullopt;
      }
    } catch (const std::exception&) {
      std::fprintf(stderr, "tidings-tagger-eval: %s needs a number\n", arg.c_str());
      return std::nullopt;
    }
  }
  return options;
}

// iso-codes' country list: code → name used by the baseline and for labels.
std::vector<std::pair<std::string, std::string>> load_iso_names() {
  std::ifstream in(TIDINGS_ISO_CODES_JSON);
  if (!in) {
    std::fprintf(stderr, "tidings-tagger-eval: cannot read %s (Debian package iso-codes)\n",
                 TIDINGS_ISO_CODES_JSON);
    std::exit(2);
  }
  auto json = nlohmann::json::parse(in);
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& country : json.at("3166-1")) {
    std::string name = country.contains("common_name") ? country["common_name"].get<std::string>()
                                                       : country.at("name").get<std::string>();
    names.emplace_back(country.at("alpha_2").get<std::string>(), name);
  }
  return names;
}

void print_row(const char* kind, const char* system, const Score& s) {
  std::printf("  %-26s %-10s %6.3f %6.3f %6.3f  %7ld %7ld %7ld\n", kind, system, s.precision(), s.recall(),
              s.f1(), s.tp, s.fp, s.fn);
}

}  // namespace

int main(int argc, char** argv) {
  auto parsed = parse_options(argc, argv);
  if (!parsed) return 2;
  const Options options = *parsed;
  if (!std::filesystem::exists(options.corpus)) {
    std::fprintf(stderr,
                 "tidings-tagger-eval: corpus not found: %s\n"
                 "  (Reuters-21578 as JSON Lines; see ../shared/corpora/README.md, or pass --corpus PATH)\n",
                 options.corpus.c_str());
    return 2;
  }

  const auto start = Clock::now();
  const auto iso_names = load_iso_names();
  std::unordered_map<std::string, std::string> iso_label(iso_names.begin(), iso_names.end());
  BaselineCountries baseline_countries(iso_names);

  std::unordered_map<std::string, std::string> place_to_iso;
  for (const auto& p : kPlaceCodes) {
    place_to_iso.emplace(p.reuters, p.iso);
    if (*p.iso && !iso_label.count(p.iso)) {
      std::fprintf(stderr, "tidings-tagger-eval: internal: %s maps to %s, not in iso-codes\n", p.reuters,
                   p.iso);
      return 1;
    }
  }

  // Pass 1: read the corpus; keep the annotated articles and their gold tags.
  struct Item {
    tidings::Article article;
    std::set<std::string> countries;  // gold ISO codes
    std::vector<std::string> people;  // gold Reuters people codes
  };
  std::vector<Item> items;
  std::map<std::string, long> excluded_places;  // code → articles
  long read = 0, bad_lines = 0, with_places = 0, with_people = 0, only_excluded = 0;
  {
    GzLines lines(options.corpus);
    if (!lines.ok()) {
      std::fprintf(stderr, "tidings-tagger-eval: cannot open %s\n", options.corpus.c_str());
      return 2;
    }
    std::string line;
    while ((options.limit < 0 || read < options.limit) && lines.next(line)) {
      if (line.empty()) continue;
      ++read;
      nlohmann::json json = nlohmann::json::parse(line, nullptr, false);
      if (json.is_discarded() || !json.is_object()) {
        ++bad_lines;
        continue;
      }
      auto places = json.value("places", std::vector<std::string>{});
      auto people = json.value("people", std::vector<std::string>{});
      if (places.empty() && people.empty()) continue;
      Item item;
      // Only what a feed without tags would give: no gold tags go in.
      item.article.id = json.value("id", "");
      item.article.title = json.value("title", "");
      item.article.body = json.value("body", "");
      if (options.with_dateline && !json.value("dateline", "").empty()) {
        item.article.body = json.value("dateline", "") + " " + item.article.body;
      }
      item.article.source = json.value("source", "");
      if (json.contains("date")) item.article.date = tidings::parse_date(json["date"].get<std::string>());
      for (const auto& place : places) {
        auto it = place_to_iso.find(place);
        if (it == place_to_iso.end() || it->second.empty()) {
          ++excluded_places[place];
        } else {
          item.countries.insert(it->second);
        }
      }
      if (!places.empty()) {
        if (item.countries.empty()) {
          ++only_excluded;
        } else {
          ++with_places;
        }
      }
      item.people = people;
      if (!people.empty()) ++with_people;
      items.push_back(std::move(item));
    }
  }
  const double read_seconds = seconds_since(start);

  // Everyone Reuters annotates somewhere (for the restricted precision).
  std::vector<GoldPerson> vocabulary;
  {
    std::set<std::string> codes;
    for (const auto& item : items) codes.insert(item.people.begin(), item.people.end());
    for (const auto& code : codes) vocabulary.push_back(make_gold_person(code));
  }

  // Pass 2: tag, baseline, score.
  const auto tagger_start = Clock::now();
  tidings::Tagger tagger;
  const double tagger_load_seconds = seconds_since(tagger_start);
  double tag_seconds = 0, baseline_seconds = 0;
  Score tidings_countries, baseline_countries_score, tidings_persons, baseline_persons_score;
  Score tidings_persons_known, baseline_persons_known;
  ErrorTally country_fps, country_fns, person_fps, person_fns;
  for (const auto& item : items) {
    const auto& a = item.article;
    auto t0 = Clock::now();
    tidings::Tags tags = tagger.tag(a);
    tag_seconds += seconds_since(t0);

    auto t1 = Clock::now();
    std::vector<std::string> base_countries = baseline_countries.find(a.title);
    for (auto& code : baseline_countries.find(a.body)) {
      if (!contains(base_countries, code)) base_countries.push_back(std::move(code));
    }
    std::vector<std::string> base_persons = baseline_persons(a.title, a.body);
    baseline_seconds += seconds_since(t1);

    if (!item.countries.empty()) {
      score_countries(tags.countries, item.countries, a.id, tidings_countries, &country_fps, &country_fns);
      score_countries(base_countries, item.countries, a.id, baseline_countries_score, nullptr, nullptr);
    }
    if (!item.people.empty()) {
      std::vector<GoldPerson> gold;
      for (const auto& code : item.people) gold.push_back(make_gold_person(code));
      score_persons(tags.persons, gold, vocabulary, a.id, tidings_persons, tidings_persons_known, &person_fps,
                    &person_fns);
      score_persons(base_persons, gold, vocabulary, a.id, baseline_persons_score, baseline_persons_known,
                    nullptr, nullptr);
    }
  }

  // Report.
  std::printf("Tidings tagger vs Reuters-21578 annotations\n");
  std::printf("corpus: %s%s\n", options.corpus.c_str(),
              options.with_dateline ? " (bodies start with their dateline)" : "");
  std::printf("articles read: %ld%s; with a place or person annotation (tagged): %zu\n", read,
              options.limit >= 0 ? " (--limit)" : "", items.size());
  if (bad_lines) std::printf("unparseable lines skipped: %ld\n", bad_lines);
  std::printf("countries scored on %ld articles with >= 1 place code mapped to ISO 3166-1\n", with_places);
  std::printf("  place codes excluded from scoring (no ISO code):");
  for (const auto& p : kPlaceCodes) {
    if (!*p.iso && !excluded_places.count(p.reuters)) std::printf(" %s (0 articles)", p.reuters);
  }
  for (const auto& [code, count] : excluded_places) {
    std::printf(" %s (%ld articles%s)", code.c_str(), count,
                place_to_iso.count(code) ? "" : ", unknown code");
  }
  std::printf("; articles left with no scorable place: %ld\n", only_excluded);
  std::printf(
      "persons scored on %ld articles with >= 1 people code; a found name matches a code by\n"
      "  folded surname (same last word; other words compatible: \"Baker\" and \"James A. Baker\"\n"
      "  match james-baker, \"Howard Baker\" does not); a second name for the same person is a FP\n",
      with_people);
  std::printf(
      "persons*: the same, but only names matching someone Reuters annotates somewhere in the\n"
      "  corpus count as FP (Reuters tags only people on its list of %zu seen here)\n",
      vocabulary.size());
  std::printf("\n  %-26s %-10s %6s %6s %6s  %7s %7s %7s\n", "kind", "system", "P", "R", "F1", "TP", "FP",
              "FN");
  print_row("countries", "tidings", tidings_countries);
  print_row("countries", "baseline", baseline_countries_score);
  print_row("persons", "tidings", tidings_persons);
  print_row("persons", "baseline", baseline_persons_score);
  print_row("persons* (listed people)", "tidings", tidings_persons_known);
  print_row("persons* (listed people)", "baseline", baseline_persons_known);
  std::printf(
      "\nbaseline: countries = iso-codes short name (common_name, else name) as an exact case-\n"
      "  sensitive phrase; persons = every run of >= 2 consecutive capitalised words.\n");

  country_fps.print("tidings country false positives (found, not in Reuters places)", options.top, iso_label);
  country_fns.print("tidings country false negatives (Reuters places not found)", options.top, iso_label);
  person_fps.print("tidings person false positives (found, no Reuters people code)", options.top);
  person_fns.print("tidings person false negatives (Reuters people codes not found)", options.top);

  std::printf(
      "\nelapsed: %.2f s in all; reading %.2f s; tagger construction %.3f s; tagging %.2f s "
      "(%.3f ms/article); baseline %.2f s\n",
      seconds_since(start), read_seconds, tagger_load_seconds, tag_seconds,
      items.empty() ? 0.0 : 1000.0 * tag_seconds / double(items.size()), baseline_seconds);
  return 0;
}
