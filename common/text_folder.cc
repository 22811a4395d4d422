#include "common/text_folder.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <tidings/error.h>

#include "common/utf8.h"

namespace tidings {

namespace {
constexpr const char* kFoldingRules = "NFKD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC";
}

TextFolder::TextFolder() {
  UErrorCode status = U_ZERO_ERROR;
  transliterator_.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(kFoldingRules),
                                                            UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !transliterator_) {
    throw Error(ErrorCode::kInternal,
                std::string("ICU cannot create the folding transliterator: ") + u_errorName(status));
  }
}

TextFolder::~TextFolder() = default;

const std::string& TextFolder::fold_code_point(UChar32 code_point) {
  auto found = memo_.find(code_point);
  if (found != memo_.end()) return found->second;
  icu::UnicodeString text(code_point);
  transliterator_->transliterate(text);
  std::string folded;
  text.toUTF8String(folded);
  return memo_.emplace(code_point, std::move(folded)).first->second;
}

std::string TextFolder::fold(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size());
  const auto* data = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    if (data[i] < 0x80) {
      out += static_cast<char>(data[i++]);
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) c = 0xFFFD;  // callers repair input first; stay safe anyway
    out += fold_code_point(c);
  }
  return out;
}

std::string TextFolder::fold_lower(std::string_view utf8) {
  return Xapian::Unicode::tolower(fold(utf8));
}

}  // namespace tidings
