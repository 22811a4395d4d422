// Company and institution cues for PersonRecognizer. The word lists follow
// wire-service style (Reuters, AP, BBC): company suffixes and the words
// that introduce a firm ("shares of", "analyst at"). The firm table was
// curated by hand for Tidings from the false positives of the tagger on
// Reuters-21578 (bench/tagger_eval.cc) and from well-known companies and
// banks named after their founders (Wikipedia, "List of companies named
// after people").
#include "common/person_organisations.h"

#include <algorithm>

namespace tidings::person_detail {

const std::string_view kEponymousFirms =
    // Banks, brokers and accountants.
    "E.F._Hutton Hutton_LBO Harris_Upham Smith_Barney James_Capel S.G._Warburg Warburg_Securities "
    "L.F._Rothschild N.M._Rothschild Rothschild_Inc Samuel_Montagu Morgan_Grenfell Chase_Manhattan "
    "Morgan_Guaranty Societe_Generale Sal_Oppenheim Dean_Witter Kidder_Peabody Paine_Webber "
    "PaineWebber Drexel_Burnham Drexel_Burnham_Lambert Shearson_Lehman Salomon_Brothers "
    "Lehman_Brothers Brown_Brothers Alex_Brown A.G._Edwards Edward_D._Jones "
    "Sanford_C._Bernstein Aubrey_G._Lanston C.J._Lawrence Thomson_McKinnon Prudential_Bache "
    "Prudential-Bache Donaldson_Lufkin Kleinwort_Benson Hoare_Govett Jardine_Fleming W.I._Carr "
    "J._Henry_Schroder Schroder_Wagg Henry_Wagg Hambros Cazenove Lazard_Freres "
    "Lazard_Brothers Baring_Brothers Barings Manufacturers_Hanover Marine_Midland Banque_Paribas "
    "Credit_Lyonnais Credit_Agricole Bank_Negara Banca_Nazionale Nomura_Securities Daiwa_Securities "
    "Nikko_Securities Yamaichi_Securities Arthur_Andersen Touche_Ross Price_Waterhouse Peat_Marwick "
    "Ernst_Whinney Coopers_Lybrand Deloitte_Haskins Deloitte_Touche Charles_Schwab "
    "Piper_Jaffray Raymond_James Stifel_Nicolaus Mabon_Nugent "
    "Brown_Shipley Greenwell_Montagu Phillips_Drew Scrimgeour_Vickers Wood_Gundy Nesbitt_Thomson "
    "Burns_Fry McLeod_Young_Weir Dominion_Securities Richardson_Greenshields Bache_Halsey "
    "Goldman_Sachs Merrill_Lynch Morgan_Stanley Bear_Stearns J.P._Morgan Lloyds_Bank "
    // Industrial and consumer companies.
    "Royal_Dutch W.R._Grace G.D._Searle H.J._Heinz C._Itoh L.M._Ericsson N.V._Philips F.O._Licht "
    "E.I._du_Pont Du_Pont Hoffmann-La_Roche Eli_Lilly McDonnell_Douglas Martin_Marietta "
    "Carson_Pirie_Scott Carter_Hawley Harcourt_Brace MacMillan_Bloedel Hiram_Walker "
    "Sherwin_Williams Owens_Corning Owens_Illinois Pitney_Bowes Black_Decker Johnson_Matthey "
    "Baker_Hughes Dun_Bradstreet Rand_McNally Hewlett_Packard Texas_Instruments Sears_Roebuck "
    "Montgomery_Ward A.E._Staley Archer_Daniels Archer_Daniels_Midland "
    "Campbell_Soup Procter_Gamble Colgate_Palmolive Anheuser_Busch Philip_Morris R.J._Reynolds "
    "Dow_Corning Morton_Thiokol Allis_Chalmers Santa_Fe San_Miguel Aguas_Argentinas Beghin-Say "
    "Waste_Management Burger_King Ronald_McDonald Tommy_Hilfiger Laura_Ashley Giorgio_Armani "
    "William_Hill John_Menzies Marks_Spencer Morris_Minor Vera_Drake Kitty_Hawk "
    "Crazy_Eddie Maple_Leaf Lone_Star Blue_Arrow Union_Carbide Bethlehem_Steel Hughes_Tool "
    "Diamond_Shamrock Honeywell_Bull Rank_Xerox Data_General Newmont_Mining Southwestern_Bell "
    "Niagara_Mohawk Union_Texas Union_Camp Touche_Remnant "
    // Institutions, parties and titles of the press.
    "White_House House_Ways Ways_and_Means Paris_Bourse Milan_Bourse Der_Spiegel Die_Welt Die_Zeit "
    "Business_Day Oil_World Les_Echos Le_Monde Le_Figaro La_Stampa La_Repubblica Corriere_della_Sera "
    "Asahi_Shimbun Nihon_Keizai Yomiuri_Shimbun Mainichi_Shimbun Jornal_do_Brasil Prensa_Latina "
    "Christian_Democrat Christian_Democrats Social_Democrat Social_Democrats Free_Democrat "
    "Free_Democrats Liberal_Democrat Liberal_Democrats Inland_Revenue Autumn_Statement Red_Cross "
    "Red_Crescent Gross_Domestic_Product";

namespace {

void load(std::unordered_set<std::string>& set, std::string_view table) {
  std::size_t pos = 0;
  while (pos < table.size()) {
    const std::size_t space = std::min(table.find(' ', pos), table.size());
    std::string entry(table.substr(pos, space - pos));
    for (char& c : entry) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (!entry.empty()) set.insert(std::move(entry));
    pos = space + 1;
  }
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Whether only an ampersand (and spaces) lies between two tokens.
bool ampersand_between(std::string_view source, const Token& left, const Token& right) {
  bool ampersand = false;
  for (std::size_t p = left.end; p < right.begin && p < source.size(); ++p) {
    if (source[p] == '&' && !ampersand) {
      ampersand = true;
    } else if (!is_space(source[p])) {
      return false;
    }
  }
  return ampersand;
}

}  // namespace

OrganisationCues::OrganisationCues() {
  load(closing_, "inc corp co ltd plc llc lp n.v. s.a. a.g. n.a. n.l. ag nv gmbh spa bhd pty oy kk");
  load(company_words_,
       "inc corp corporation co cos ltd plc llc n.v. a.g. n.a. n.l. gmbh bhd pty bank banque banca banco "
       "bancorp bankers banking group holdings securities capital partners associates guaranty trust "
       "financial industries industrie brothers bros investments investment insurance fund funds "
       "finanziaria credit savings bourse");
  load(suffixes_, "co cos company companies sons son brothers bros partners associates inc corp ltd plc");
  load(currencies_,
       "dlrs dlr stg cents yen lire lira pesos guilders ringgit rupiah rupees baht crowns kronor kroner "
       "schillings drachmas escudos pesetas cruzados australs zlotys");
  load(currency_nouns_, "marks mark francs franc pounds pound rand dinars dollars dollar won");
  load(holdings_, "shares share stock stocks units bonds debentures notes warrants");
  load(possessions_, "subsidiary subsidiaries unit units shareholders affiliate division earnings");
  load(market_analysts_, "analyst analysts economist economists strategist strategists dealer dealers");
  load(determiners_, "his her their the a an this that its my our your some");
}

std::size_t OrganisationCues::company_word(const std::vector<Token>& tokens, std::size_t begin,
                                           std::size_t end) const {
  for (std::size_t i = begin; i < end; ++i) {
    if (has(company_words_, tokens[i].key)) return i;
  }
  return end;
}

// Whether token `i` starts "and Co" or "& Co" after the token before it.
bool OrganisationCues::linked_suffix(std::string_view source, const std::vector<Token>& tokens,
                                     std::size_t i) const {
  if (i == 0 || i >= tokens.size() || tokens[i - 1].possessive) return false;
  if (tokens[i].key == "and" && tokens[i].joined && i + 1 < tokens.size() && tokens[i + 1].joined &&
      tokens[i + 1].capitalised && has(suffixes_, tokens[i + 1].key)) {
    return true;
  }
  return tokens[i].capitalised && has(suffixes_, tokens[i].key) &&
         ampersand_between(source, tokens[i - 1], tokens[i]);
}

bool OrganisationCues::company_context(std::string_view source, const std::vector<Token>& tokens,
                                       std::size_t begin, std::size_t end, std::size_t& partner_end) const {
  partner_end = end;
  const Token& last = tokens[end - 1];
  if (end < tokens.size()) {
    // "Harris Upham and Co", "Eli Lilly & Co".
    if (linked_suffix(source, tokens, end)) return true;
    // "Kidder, Peabody and Co", "Goldman, Sachs & Co".
    if (end == begin + 1 && tokens[end].comma_before && tokens[end].capitalised && !last.possessive) {
      std::size_t m = end + 1;
      while (m < tokens.size() && m < end + 2 && tokens[m].joined && tokens[m].capitalised) ++m;
      if (linked_suffix(source, tokens, m)) {
        partner_end = m;
        return true;
      }
    }
    const Token& next = tokens[end];
    const bool follows = (next.joined || last.possessive) && !next.capitalised;
    // "Lilly shares rose", "Lilly's subsidiary", but "Smith shares his view"
    // and "Icahn's shares".
    if (follows && has(last.possessive ? possessions_ : holdings_, next.key)) {
      return end + 1 >= tokens.size() || !tokens[end + 1].joined || !has(determiners_, tokens[end + 1].key);
    }
    // "a James Capel analyst".
    if (follows && !last.possessive && has(market_analysts_, next.key)) return true;
  }
  // "shares of Eli Lilly", "analysts at Morgan Grenfell".
  if (begin >= 2 && tokens[begin].joined && tokens[begin - 1].joined) {
    const std::string& link = tokens[begin - 1].key;
    const std::string& before = tokens[begin - 2].key;
    if (link == "of" && has(holdings_, before)) return true;
    if ((link == "at" || link == "with") && has(market_analysts_, before)) return true;
    // "lead manager Drexel", "co-lead manager WestLB": the bank of an issue.
    if (link == "manager" &&
        (before == "lead" || before == "co-lead" || before == "sole" || before == "joint"))
      return true;
  }
  return false;
}

bool OrganisationCues::currency(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const {
  bool initials = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (has(currencies_, tokens[i].key)) return true;
    initials = initials || tokens[i].initials;
  }
  return initials && has(currency_nouns_, tokens[end - 1].key);
}

}  // namespace tidings::person_detail
