#include <tidings/error.h>

namespace tidings {

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "invalid argument";
    case ErrorCode::kNotFound: return "not found";
    case ErrorCode::kIO: return "I/O error";
    case ErrorCode::kCorruption: return "corrupt index";
    case ErrorCode::kQuery: return "query error";
    case ErrorCode::kLocked: return "index locked";
    case ErrorCode::kInternal: return "internal error";
  }
  return "unknown error";
}

Error::Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}

}  // namespace tidings
