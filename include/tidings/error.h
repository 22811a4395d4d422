// tidings/error.h — the one error model of libtidings.
//
// Every failure that stops an operation is thrown as a tidings::Error. Errors
// raised inside Xapian or ICU are caught at the library boundary and rethrown
// as tidings::Error with context (the index path, the file, the query), so a
// caller never has to know about either library.
//
// Problems that do not stop an operation (one bad article in a batch, an
// unparseable date) are reported as Diagnostic values instead: see
// tidings/diagnostic.h.
#ifndef TIDINGS_ERROR_H_
#define TIDINGS_ERROR_H_

#include <stdexcept>
#include <string>
#include <string_view>

namespace tidings {

// What kind of failure an Error is. Programs map these to exit statuses and
// callers can react to specific kinds (for example retry on kLocked).
enum class ErrorCode {
  kInvalidArgument,  // a caller-supplied value is malformed (an empty id, a bad option)
  kNotFound,         // a file or an index that was asked for does not exist
  kIO,               // reading or writing failed (permissions, disk full, ...)
  kCorruption,       // an index is damaged or was written by an incompatible version
  kQuery,            // a query string could not be parsed
  kLocked,           // another writer holds the index
  kInternal,         // anything else, including unexpected backend errors
};

// Returns a short lower-case name for `code`, e.g. "not found".
std::string_view error_code_name(ErrorCode code) noexcept;

class Error : public std::runtime_error {
 public:
  // `message` is the full, human-readable text, including its context
  // (e.g. "cannot open index '/tmp/x': no such directory").
  Error(ErrorCode code, const std::string& message);

  ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace tidings

#endif  // TIDINGS_ERROR_H_
