// tidings/diagnostic.h — problems reported without stopping a batch.
//
// Reading and indexing many articles must not stop at the first broken one.
// Each problem is reported once, as a Diagnostic naming where it happened, and
// the rest of the batch goes on.
#ifndef TIDINGS_DIAGNOSTIC_H_
#define TIDINGS_DIAGNOSTIC_H_

#include <cstddef>
#include <functional>
#include <string>

namespace tidings {

struct Diagnostic {
  enum class Severity {
    kWarning,  // the article was indexed, possibly with something repaired or left out
    kError,    // the article (or the whole file) was not indexed
  };

  Severity severity = Severity::kError;
  std::string file;      // the path as given by the caller, or "-" for standard input
  std::size_t line = 0;  // 1-based line number, or 0 when the problem concerns the whole file
  std::string message;   // what went wrong, without the location

  // "FILE:LINE: warning: MESSAGE" (LINE omitted when 0), the form compilers
  // and grep use, so editors can jump to it.
  std::string to_string() const;
};

// Receives diagnostics as they happen. It is called from the thread that
// does the work; it must not throw.
using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace tidings

#endif  // TIDINGS_DIAGNOSTIC_H_
