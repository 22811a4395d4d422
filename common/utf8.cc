#include "common/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tidings {

namespace {
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
}

Utf8Repair repair_utf8(std::string& text, std::size_t first_line_number) {
  Utf8Repair repair;
  if (is_ascii(text)) return repair;

  std::string out;
  out.reserve(text.size());
  std::size_t line = first_line_number;
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      out += kReplacementCharacter;
      if (repair.replaced++ == 0) repair.first_line = line;
    } else {
      if (c == '\n') ++line;
      out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  if (repair.replaced > 0) text = std::move(out);
  return repair;
}

bool is_ascii(std::string_view text) noexcept {
  for (const char ch : text) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return true;
}

UChar32 decode_utf8_at(std::string_view text, std::size_t pos, std::size_t& next) noexcept {
  auto i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  next = static_cast<std::size_t>(i);
  return c < 0 ? 0xFFFD : c;
}

bool starts_upper(std::string_view text, std::size_t pos) noexcept {
  std::size_t next = 0;
  const UChar32 c = decode_utf8_at(text, pos, next);
  return u_isupper(c) || u_istitle(c);
}

std::size_t count_code_points(std::string_view text) noexcept {
  std::size_t count = 0;
  for (const char ch : text) {
    // Every code point has exactly one byte that is not a continuation byte.
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace tidings
