#include "indexer/input_files.h"

#include <zlib.h>

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

#include <tidings/error.h>

namespace tidings {

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_json_lines_name(const std::string& name) {
  for (std::string_view ext : {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}) {
    if (ends_with(name, ext)) return true;
  }
  return false;
}

[[noreturn]] void throw_open_error(const std::string& path, int error_number) {
  const auto code = error_number == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIO;
  throw Error(code, "cannot open '" + path + "': " + std::strerror(error_number));
}

gzFile open_gz(const std::string& path) {
  gzFile file = nullptr;
  if (path == "-") {
    const int fd = ::dup(STDIN_FILENO);
    if (fd < 0) throw_open_error("standard input", errno);
    file = gzdopen(fd, "rb");
  } else {
    if (fs::is_directory(path)) throw Error(ErrorCode::kIO, "cannot read '" + path + "': is a directory");
    errno = 0;
    file = gzopen(path.c_str(), "rb");
  }
  if (file == nullptr) throw_open_error(path, errno != 0 ? errno : ENOMEM);
  gzbuffer(file, 1 << 17);
  return file;
}

[[noreturn]] void throw_read_error(gzFile file, const std::string& path) {
  int zerr = 0;
  const char* message = gzerror(file, &zerr);
  const std::string reason = zerr == Z_ERRNO ? std::strerror(errno) : message;
  throw Error(ErrorCode::kIO, "cannot read '" + path + "': " + reason);
}

}  // namespace

InputFormat format_for(const fs::path& path, InputFormat requested) {
  if (requested != InputFormat::kAuto) return requested;
  if (path == "-") return InputFormat::kJsonLines;
  return is_json_lines_name(path.filename().string()) ? InputFormat::kJsonLines : InputFormat::kText;
}

bool is_article_file(const fs::path& path) {
  const std::string name = path.filename().string();
  return ends_with(name, ".txt") || ends_with(name, ".text") || is_json_lines_name(name);
}

std::vector<fs::path> list_article_files(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw Error(ErrorCode::kIO, "cannot read directory '" + dir.string() + "': " + ec.message());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (!name.empty() && name.front() == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_article_file(it->path())) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const std::string& path) {
  gzFile file = open_gz(path);
  std::string content;
  char buffer[1 << 16];
  while (true) {
    const int n = gzread(file, buffer, sizeof buffer);
    if (n < 0) {
      try {
        throw_read_error(file, path);
      } catch (...) {
        gzclose(file);
        throw;
      }
    }
    if (n == 0) break;
    content.append(buffer, static_cast<std::size_t>(n));
  }
  gzclose(file);
  return content;
}

struct LineReader::Impl {
  gzFile file = nullptr;
  std::string path;
};

LineReader::LineReader(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path == "-" ? "standard input" : path;
  impl_->file = open_gz(path);
}

LineReader::~LineReader() {
  if (impl_->file != nullptr) gzclose(impl_->file);
}

bool LineReader::next(std::string& line) {
  line.clear();
  char buffer[1 << 16];
  while (true) {
    if (gzgets(impl_->file, buffer, sizeof buffer) == nullptr) {
      int zerr = 0;
      gzerror(impl_->file, &zerr);
      if (zerr != Z_OK) throw_read_error(impl_->file, impl_->path);
      return !line.empty();
    }
    line += buffer;
    if (!line.empty() && line.back() == '\n') {
      line.pop_back();
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
  }
}

}  // namespace tidings
