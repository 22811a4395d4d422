// Cue words for PersonRecognizer, curated by hand for English news from the
// conventions of wire and broadcast style (titles, roles, company and place
// suffixes). The name lists themselves are in person_given_names.cc.
#include "common/person_name_tables.h"

namespace tidings::person_tables {

const std::string_view kTitles =
    "president vice-president president-elect minister secretary secretary-general senator sen "
    "rep representative congressman congresswoman governor gov lawmaker mp mep msp mr mrs ms mx mister "
    "dr prof professor sheikh sheik shaikh shaykh shaih sheikha emir amir "
    "King Queen Prince Princess pope cardinal archbishop bishop rev reverend rabbi imam ayatollah mullah "
    "chancellor premier mayor ambassador envoy commissioner judge Justice General gen lt Lt.-Gen Col colonel "
    "Maj Major capt captain admiral adm sgt sergeant commander cmdr brigadier marshal Field_Marshal "
    "Sir Dame Lord Lady baroness baron duke duchess Earl sultan speaker spokesman spokeswoman spokesperson "
    "adviser advisor aide chairman chairwoman ceo cfo coo Chief_Executive chief_executive founder "
    "co-founder coach manager striker midfielder defender goalkeeper keeper skipper winger forward "
    "batsman bowler inspector detective superintendent constable prosecutor attorney lawyer "
    "Attorney-General attorney_general Solicitor-General economist analyst strategist counterpart "
    "Leader leader chief Director director Chairperson Deputy_Leader Crown_Prince crown_prince "
    "Supreme_Leader supreme_leader Vice_President Prime_Minister prime_minister pm Secretary-General "
    "Secretary_General Vice_Premier Chief_Justice chief_justice President-elect actor actress singer "
    "presenter novelist author playwright director-general Director-General Commissioner treasurer "
    "editor columnist correspondent producer designer composer conductor drummer guitarist singer-songwriter "
    "comedian rapper model chef boxer jockey trainer golfer cyclist sprinter swimmer officer "
    "financier investor arbitrageur arbitrager raider";

const std::string_view kTitleModifiers =
    "foreign defence defense finance interior home health justice trade commerce energy oil petroleum "
    "economy economic economics education environment agriculture labour labor transport culture sports "
    "information communications deputy vice acting former ex- senior assistant associate executive "
    "managing first supreme grand shadow junior minority majority federal state lieutenant police army "
    "military opposition national security intelligence press top then chief former late veteran "
    "treasury development industry planning housing welfare immigration tourism water resources "
    "european brexit cabinet junior general permanent under- under-secretary parliamentary financial "
    "operating technology marketing sales investment mines mining";

const std::string_view kPortfolios =
    "state defence defense finance justice the foreign affairs interior commerce energy health "
    "education labor labour agriculture treasury transportation transport homeland security trade "
    "staff information economy oil petroleum culture environment industry housing mines mining resources "
    "planning finance";

const std::string_view kSpeechVerbs =
    "said says told tells added adds explained noted insisted argued recalled tweeted wrote writes "
    "admitted acknowledged conceded replied testified quipped stressed warned declared asserted "
    "cautioned commented confirmed urged predicted believes thinks";

const std::string_view kParticles =
    "al al- el el- bin ibn bint ben abu abd abdel van von der den de da das do dos del della di du "
    "la le ter ten y st zu af";

const std::string_view kAbbreviations =
    "mr mrs ms dr sen rep gov gen col lt maj capt sgt adm rev prof st jr sr cmdr supt insp mt ft "
    "pres amb hon messrs mme mlle sheikh no vs inc corp co ltd bros";

const std::string_view kNonPersonInitials =
    "u.s. u.k. u.n. e.u. u.a.e. n.y. d.c. l.a. a.m. p.m. u.s.a. u.s.s.r. b.c. a.d. p.o. n.j. s.a. "
    "r.i.p. ph.d. e.g. i.e. t.v. g.m. h.k. n.z. s.f. l.p.";

const std::string_view kOrganisationWords =
    "inc inc. corp corporation co co. ltd llc plc ag sa nv gmbh bv spa group holdings holding bank "
    "bancorp banks capital partners fund funds trust securities investments insurance assurance "
    "financial motor motors airlines airways air airport industries industry oil petroleum energy "
    "gas electric pharmaceuticals pharma systems technologies technology software labs "
    "laboratories communications telecom networks network media news press times post journal herald "
    "tribune telegraph guardian gazette daily weekly magazine radio television tv broadcasting studios "
    "pictures films records entertainment foods stores store mart brands company companies enterprises "
    "international associates brothers bros sons party ministry department office agency bureau "
    "council committee commission board authority administration government parliament congress "
    "senate assembly court tribunal police army navy force forces corps guard brigade regiment "
    "brotherhood movement front alliance union league federation association society institute "
    "institution foundation university college school academy hospital clinic centre center museum "
    "library mosque temple cathedral club fc united city rovers wanderers athletic "
    "hotspur albion olympic olympics games cup championship open trophy prize award awards "
    "festival show series tour dome democrat democrats republicans socialists conservatives marathon race "
    "rally derby "
    "act bill law treaty accord agreement summit conference forum "
    "programme program project plan initiative campaign fund index exchange market markets "
    "doctrine declaration convention report review study survey tower towers building "
    "palace castle square stadium arena theatre theater cinema departments ministries bourse chamber "
    "fed service services";

const std::string_view kOrganisationNames =
    "jazeera qaeda arabiya shabaab nusra aqsa azhar ahram hayat watan khaleej manar mayadeen masry "
    "ittihad ahly ahli hilal nassr quds hezbollah hizbollah hamas fatah likud taliban isis isil "
    "opec nato reuters bloomberg exxon mobil chevron texaco lehman citigroup barclays hsbc spiegel";

const std::string_view kOrganisationPhrases =
    "Morgan_Stanley Goldman_Sachs Merrill_Lynch Dow_Jones J.P._Morgan JP_Morgan Charles_Schwab "
    "Fannie_Mae Freddie_Mac Sallie_Mae John_Lewis Bear_Stearns Smith_Barney Philip_Morris Walt_Disney "
    "Rolls_Royce Rolls-Royce Mercedes_Benz Mercedes-Benz Aston_Martin Harley_Davidson "
    "Harley-Davidson Calvin_Klein Ralph_Lauren Louis_Vuitton Hugo_Boss Levi_Strauss Warner_Bros "
    "Time_Warner Edward_Jones Raymond_James John_Deere Tommy_Hilfiger Estee_Lauder Christian_Dior "
    "Yves_Saint_Laurent Saint_Laurent Ernst_Young Exxon_Mobil Al_Jazeera Dow_Chemical Marks_Spencer "
    "Lloyds_TSB Abbey_National Credit_Suisse Deutsche_Bank Franklin_Templeton Alfa_Romeo "
    "Muslim_Brotherhood Procter_Gamble Johnson_Johnson Ben_Jerry Jack_Daniels Ronald_McDonald "
    "Kim_Il-sung_University Taco_Bell Wells_Fargo Charles_River Thomson_Reuters Reed_Elsevier "
    "Dolce_Gabbana Hewlett_Packard Hewlett-Packard Sotheby Christie Ford_Motor Premier_League "
    "Champions_League Grand_Slam Grand_Prix Formula_One Mahatma_Gandhi_Road Holy_See W._Va N._Dak S._Dak";

const std::string_view kPlaceWords =
    "gulf sea ocean street st river mountains mountain mount mt island islands isle valley lake bay "
    "strait straits peninsula desert coast canal road avenue boulevard square park airport "
    "bridge county province state states region republic kingdom emirates east west north south "
    "hills heights plain plains basin port harbour harbor beach forest falls bank strip "
    "town village district city capital territory territories sahara himalayas alps andes "
    "arabia korea africa zealand lanka rica salvador kong emirates guinea leone verde timor sudan "
    "herzegovina tobago nevis principe marino faso bissau angeles york jersey delhi francisco "
    "diego paulo aires lumpur janeiro aviv salaam dhabi vegas orleans mexico carolina dakota hampshire "
    "virginia wales ireland scotland england america europe asia caucasus balkans baltic "
    "caribbean pacific atlantic mediterranean kashmir gaza crimea donbas sinai golan jerusalem "
    "damascus moscow london paris beijing tokyo berlin riyadh doha tehran kabul baghdad "
    "istanbul ankara cairo jeddah kuwait qatar bahrain oman yemen syria iraq iran israel lebanon "
    "egypt libya turkey russia ukraine china india pakistan afghanistan germany france "
    "italy spain britain japan canada australia brazil argentina venezuela cuba";

const std::string_view kPlaceModifiers =
    "saudi persian middle united arab american british russian syrian turkish iranian iraqi "
    "israeli palestinian egyptian qatari kuwaiti emirati bahraini yemeni lebanese jordanian "
    "chinese japanese korean indian pakistani afghan german french italian spanish european "
    "african asian western eastern northern southern central greater upper lower new north south "
    "east west islamic muslim catholic jewish sunni shia shiite kurdish gulf hong sri "
    "costa el los las san santa sao rio buenos kuala tel abu dar port cape gold ivory sierra "
    "democratic federal republican labour conservative liberal socialist communist national "
    "royal imperial soviet ottoman byzantine greek latin anglo";

const std::string_view kMonths =
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec";

const std::string_view kWeekdays =
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun";

const std::string_view kCommonWords =
    "a an the and or but nor of in on at to for with by from as into onto upon about above below "
    "after before over under between among through during since until till while when where why how "
    "what which who whom whose that this these those there here then now than so thus therefore hence "
    "however moreover meanwhile furthermore nevertheless nonetheless although though because if unless "
    "whether yet still also even just only too very much many more most less least few several some "
    "any all both each every either neither no not none nothing something everything anything one two "
    "three four five six seven eight nine ten first second third last next other another such same "
    "own it its he she they we you i me him her them us my your his our their is are was were be been "
    "being am has have had having do does did done will would shall should can could may might must "
    "let lets read image photo picture video watch listen click see look follow share subscribe "
    "according describing speaking asked asking despite following including given instead indeed "
    "later earlier already often always never sometimes perhaps maybe yes well please thanks "
    "long story short update breaking exclusive analysis opinion comment editorial related more "
    "new old top big small good bad best worst latest early late many most once twice again "
    "like unlike within without against across along around behind beyond near toward towards "
    "officials sources police experts analysts critics supporters people residents witnesses "
    "today tonight yesterday tomorrow meanwhile overall finally initially additionally separately "
    "elsewhere similarly likewise still lastly firstly secondly above overall ah oh christmas easter "
    "ramadan eid diwali hanukkah thanksgiving halloween god";

const std::string_view kDatePrepositions =
    "in on since until till by from of last next this early late mid end during before after "
    "through throughout between and or to each every until";

}  // namespace tidings::person_tables
