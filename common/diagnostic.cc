#include <tidings/diagnostic.h>

namespace tidings {

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line != 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += severity == Severity::kWarning ? ": warning: " : ": error: ";
  out += message;
  return out;
}

}  // namespace tidings
