// UTF-8 helpers: validation with repair, and code point arithmetic.
#ifndef TIDINGS_COMMON_UTF8_H_
#define TIDINGS_COMMON_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <unicode/umachine.h>

namespace tidings {

struct Utf8Repair {
  std::size_t replaced = 0;    // ill-formed sequences replaced by U+FFFD
  std::size_t first_line = 0;  // 1-based line of the first one (0 if none)
};

// Replaces every ill-formed UTF-8 sequence in `text` with U+FFFD, so that
// nothing downstream (Xapian, ICU, JSON output) ever sees invalid UTF-8.
// `first_line_number` is the line number of text's first line, so callers
// that repair a single line of a larger file report the real line.
Utf8Repair repair_utf8(std::string& text, std::size_t first_line_number = 1);

bool is_ascii(std::string_view text) noexcept;

// Number of code points in well-formed UTF-8 `text`.
std::size_t count_code_points(std::string_view text) noexcept;

// The code point starting at byte `pos` of `text` (U+FFFD for ill-formed
// bytes); `next` receives the byte offset just past it.
UChar32 decode_utf8_at(std::string_view text, std::size_t pos, std::size_t& next) noexcept;

// Whether the character at byte `pos` is an upper-case or title-case letter
// in any script ("É", "Ж" as well as "A").
bool starts_upper(std::string_view text, std::size_t pos) noexcept;

// Byte length of the UTF-8 sequence that starts with `lead`
// (1 for a continuation byte, so loops always advance).
inline std::size_t utf8_sequence_length(unsigned char lead) noexcept {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

}  // namespace tidings

#endif  // TIDINGS_COMMON_UTF8_H_
