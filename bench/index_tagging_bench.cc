// tidings-bench-index-tagging: how much slower indexing gets with tagging.
//
// Reads Reuters-21578 into memory once (so file I/O and JSON parsing are not
// measured), then indexes all of it into fresh temporary indexes, alternating
// IndexWriterOptions{.tag = false} and {.tag = true}, N times each, and prints
// the median time of each and the ratio tagged/untagged. A tool, not a test:
// see bench/README.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

#include <tidings/article.h>
#include <tidings/article_reader.h>
#include <tidings/diagnostic.h>
#include <tidings/index_writer.h>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string corpus = std::string(TIDINGS_SOURCE_DIR) + "/../shared/corpora/reuters.jsonl.gz";
  int repeat = 3;
};

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: tidings-bench-index-tagging [--corpus PATH] [--repeat N]\n"
               "  --corpus PATH  articles to index (any input tidings-index reads); default\n"
               "                 %s/../shared/corpora/reuters.jsonl.gz\n"
               "  --repeat N     index N times with and N times without tagging (default 3)\n"
               "Temporary indexes go under $TMPDIR (default /tmp) and are removed.\n",
               TIDINGS_SOURCE_DIR);
}

std::optional<Options> parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      usage(stdout);
      std::exit(0);
    }
    if ((arg == "--corpus" || arg == "--repeat") && i + 1 < argc) {
      std::string value = argv[++i];
      if (arg == "--corpus") {
        options.corpus = value;
        continue;
      }
      try {
        std::size_t used = 0;
        options.repeat = std::stoi(value, &used);
        if (used == value.size() && options.repeat >= 1) continue;
      } catch (const std::exception&) {
      }
      std::fprintf(stderr, "tidings-bench-index-tagging: --repeat needs a positive number, not '%s'\n",
                   value.c_str());
      return std::nullopt;
    }
    std::fprintf(stderr, "tidings-bench-index-tagging: bad argument '%s'\n", arg.c_str());
    usage(stderr);
    return std::nullopt;
  }
  return options;
}

// CPU seconds (user + system) this process has used so far.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timing {
  double wall = 0;  // seconds
  double cpu = 0;   // seconds of CPU
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// A fresh, empty directory for one index.
fs::path make_temp_dir() {
  fs::path pattern = fs::temp_directory_path() / "tidings-bench-XXXXXX";
  std::string buffer = pattern.string();
  if (!mkdtemp(buffer.data())) {
    std::perror("tidings-bench-index-tagging: mkdtemp");
    std::exit(1);
  }
  return buffer;
}

// Indexes every article into a new index and commits; returns the time
// taken, from opening the writer (which builds the tagger) to the commit.
Timing index_once(const std::vector<tidings::Article>& articles, bool tag, std::uintmax_t& index_bytes) {
  fs::path dir = make_temp_dir();
  fs::path index = dir / "index";
  Timing timing;
  try {
    auto start = Clock::now();
    double cpu_start = cpu_seconds();
    {
      tidings::IndexWriter writer(index.string(), tidings::IndexWriterOptions{.tag = tag});
      for (const auto& article : articles) writer.add(article);
      writer.commit();
    }
    timing.wall = std::chrono::duration<double>(Clock::now() - start).count();
    timing.cpu = cpu_seconds() - cpu_start;
    index_bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(index)) {
      if (entry.is_regular_file()) index_bytes += entry.file_size();
    }
  } catch (...) {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    throw;
  }
  fs::remove_all(dir);
  return timing;
}

}  // namespace

int main(int argc, char** argv) {
  auto parsed = parse_options(argc, argv);
  if (!parsed) return 2;
  const Options options = *parsed;
  if (!fs::exists(options.corpus)) {
    std::fprintf(stderr,
                 "tidings-bench-index-tagging: corpus not found: %s\n"
                 "  (Reuters-21578 as JSON Lines; see ../shared/corpora/README.md, or pass --corpus PATH)\n",
                 options.corpus.c_str());
    return 2;
  }

  try {
    // Read once, outside the timings.
    std::vector<tidings::Article> articles;
    std::size_t bytes = 0, errors = 0;
    auto read_start = Clock::now();
    std::size_t unreadable = tidings::read_articles(
        options.corpus, tidings::ReadOptions{},
        [&](tidings::Article&& article, const tidings::ArticleOrigin&) {
          bytes += article.title.size() + article.body.size();
          articles.push_back(std::move(article));
        },
        [&](const tidings::Diagnostic& d) {
          if (d.severity == tidings::Diagnostic::Severity::kError) ++errors;
        });
    double read_seconds = std::chrono::duration<double>(Clock::now() - read_start).count();
    if (unreadable || articles.empty()) {
      std::fprintf(stderr, "tidings-bench-index-tagging: could not read %s\n", options.corpus.c_str());
      return 1;
    }
    std::printf("corpus: %s\n", options.corpus.c_str());
    std::printf("articles: %zu (%.1f MB of title and body text; %zu rejected); read in %.2f s, not timed\n",
                articles.size(), double(bytes) / 1e6, errors, read_seconds);
    std::printf("indexing into fresh temporary indexes under %s, %d times each, alternating\n\n",
                fs::temp_directory_path().c_str(), options.repeat);

    std::vector<double> untagged_wall, untagged_cpu, tagged_wall, tagged_cpu;
    std::uintmax_t untagged_bytes = 0, tagged_bytes = 0;
    for (int round = 1; round <= options.repeat; ++round) {
      Timing u = index_once(articles, false, untagged_bytes);
      untagged_wall.push_back(u.wall);
      untagged_cpu.push_back(u.cpu);
      std::printf("  round %d  untagged %7.2f s  (CPU %6.2f s)\n", round, u.wall, u.cpu);
      std::fflush(stdout);
      Timing t = index_once(articles, true, tagged_bytes);
      tagged_wall.push_back(t.wall);
      tagged_cpu.push_back(t.cpu);
      std::printf("  round %d  tagged   %7.2f s  (CPU %6.2f s)\n", round, t.wall, t.cpu);
      std::fflush(stdout);
    }

    double uw = median(untagged_wall), tw = median(tagged_wall);
    double uc = median(untagged_cpu), tc = median(tagged_cpu);
    double n = double(articles.size());
    std::printf("\n  %-9s %9s %12s %11s %10s\n", "", "median s", "articles/s", "median CPU", "index MB");
    std::printf("  %-9s %9.2f %12.0f %11.2f %10.1f\n", "untagged", uw, n / uw, uc,
                double(untagged_bytes) / 1e6);
    std::printf("  %-9s %9.2f %12.0f %11.2f %10.1f\n", "tagged", tw, n / tw, tc, double(tagged_bytes) / 1e6);
    std::printf("\nratio tagged/untagged: %.2f (wall-clock medians); %.2f (CPU medians)\n", tw / uw, tc / uc);
    std::printf("tagging cost: %.3f ms/article wall-clock, %.3f ms/article CPU\n", 1000.0 * (tw - uw) / n,
                1000.0 * (tc - uc) / n);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "tidings-bench-index-tagging: %s\n", e.what());
    return 1;
  }
  return 0;
}
