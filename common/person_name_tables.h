// Word lists behind PersonRecognizer, kept apart from its logic.
#ifndef TIDINGS_COMMON_PERSON_NAME_TABLES_H_
#define TIDINGS_COMMON_PERSON_NAME_TABLES_H_

#include <string_view>

// Each list is one string of space-separated entries, split once when the
// recogniser is built; '_' joins the words of a multi-word entry. Entries
// are matched case-insensitively unless a list says otherwise.
namespace tidings::person_tables {

// Given names that are seldom anything else ("Rex", "Sameh", "Vladimir").
extern const std::string_view kGivenNames;
// Given names that are also common words or places ("Bill", "May", "Chelsea"):
// a weaker cue.
extern const std::string_view kAmbiguousGivenNames;
// Frequent US surnames that are not common words, for all-caps text.
extern const std::string_view kCensusSurnames;

// Titles and roles written before a name ("President", "spokesman", "Sheikh").
// A lower-case entry matches in any case; a capitalised one only when the
// text capitalises it ("Justice Breyer" but not "seek justice Breyer").
extern const std::string_view kTitles;
// Words that qualify a title ("Foreign" Minister, "former", "Deputy").
extern const std::string_view kTitleModifiers;
// What follows "of" in a title ("Secretary of State", "Minister of Defence").
extern const std::string_view kPortfolios;
// Verbs that follow or precede a speaker ("said", "told").
extern const std::string_view kSpeechVerbs;
// Name particles (al, bin, van, de...) that may sit inside a name in lower case.
extern const std::string_view kParticles;
// Abbreviations whose full stop ends neither the word nor the sentence.
extern const std::string_view kAbbreviations;
// Dotted initials that are not a person's ("U.S.", "U.N.").
extern const std::string_view kNonPersonInitials;

// Last words that make a capitalised run an organisation ("Inc", "Bank",
// "Party"); checked on the last word only, since "Bill" may begin a name.
extern const std::string_view kOrganisationWords;
// Words that make any run containing them an organisation ("Jazeera", "Exxon").
extern const std::string_view kOrganisationNames;
// Organisations named after people or otherwise name-like ("Morgan_Stanley").
extern const std::string_view kOrganisationPhrases;
// Last words that make a run a place ("Gulf", "Street", "Arabia", "Emirates").
extern const std::string_view kPlaceWords;
// Nationality words and regions that never start a name ("Saudi", "Persian").
extern const std::string_view kPlaceModifiers;
// Months and weekdays.
extern const std::string_view kMonths;
extern const std::string_view kWeekdays;
// Common words that begin sentences and headlines ("However", "Read", "The").
extern const std::string_view kCommonWords;
// Words after which a month is a date, not a name ("in May").
extern const std::string_view kDatePrepositions;

}  // namespace tidings::person_tables

#endif  // TIDINGS_COMMON_PERSON_NAME_TABLES_H_
