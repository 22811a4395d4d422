#include "searcher/snippet_builder.h"

#include <algorithm>
#include <map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/utf8.h"

namespace tidings {

namespace {

constexpr std::string_view kEllipsis = "\u2026";

// The text decoded once into code points, so that lengths are counted in
// characters rather than bytes whatever the script.
struct DecodedText {
  std::vector<UChar32> chars;
  std::vector<std::size_t> byte_offset;  // of each char, plus one past the end

  explicit DecodedText(std::string_view text) {
    const auto* data = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
      byte_offset.push_back(static_cast<std::size_t>(i));
      UChar32 c = 0;
      U8_NEXT(data, i, length, c);
      chars.push_back(c < 0 ? 0xFFFD : c);
    }
    byte_offset.push_back(text.size());
  }

  std::size_t size() const { return chars.size(); }

  // Index of the char that starts at (or contains) byte `offset`.
  std::size_t char_at_byte(std::size_t offset) const {
    const auto it = std::upper_bound(byte_offset.begin(), byte_offset.end(), offset);
    return static_cast<std::size_t>(it - byte_offset.begin()) - 1;
  }

  bool is_space(std::size_t i) const { return u_isUWhiteSpace(chars[i]) != 0; }
};

struct CharRange {
  std::size_t begin;
  std::size_t end;
};

// A sentence starts after ". ", "? ", "! " (closing quotes allowed between)
// or after a line break.
bool starts_sentence(const DecodedText& text, std::size_t i) {
  if (i == 0) return true;
  if (text.is_space(i) || !text.is_space(i - 1)) return false;
  std::size_t p = i - 1;
  while (p > 0 && text.is_space(p)) {
    if (text.chars[p] == '\n') return true;
    --p;
  }
  if (text.chars[p] == '\n') return true;
  while (p > 0 && (text.chars[p] == '"' || text.chars[p] == ')' || text.chars[p] == 0x201D ||
                   text.chars[p] == 0x2019 || text.chars[p] == '\'')) {
    --p;
  }
  return text.chars[p] == '.' || text.chars[p] == '?' || text.chars[p] == '!';
}

// The run of matches [first, last] holding the most distinct terms (then the
// most matches) within `target` characters.
CharRange densest_window(const std::vector<CharRange>& ranges, const std::vector<TermMatch>& matches,
                         std::size_t target) {
  std::size_t best_first = 0;
  std::size_t best_last = 0;
  std::size_t best_score = 0;
  std::map<std::string_view, std::size_t> in_window;
  std::size_t last = 0;
  for (std::size_t first = 0; first < ranges.size(); ++first) {
    if (last < first) last = first;
    while (last < ranges.size() && ranges[last].end - ranges[first].begin <= target) {
      ++in_window[matches[last].key];
      ++last;
    }
    const std::size_t count = last - first;
    const std::size_t score = in_window.size() * 1000 + count;
    if (count > 0 && score > best_score) {
      best_score = score;
      best_first = first;
      best_last = last - 1;
    }
    if (count > 0) {
      auto it = in_window.find(matches[first].key);
      if (--it->second == 0) in_window.erase(it);
    }
  }
  if (best_score == 0) return ranges.front();  // a single match longer than the target
  return {ranges[best_first].begin, ranges[best_last].end};
}

// Chooses the passage [begin, end) of `content` around `focus` (the matched
// region). `content` is the text without its surrounding white space.
CharRange choose_passage(const DecodedText& text, CharRange content, CharRange focus, std::size_t target) {
  const std::size_t lo = content.begin;
  const std::size_t n = content.end;
  const std::size_t focus_length = focus.end - focus.begin;
  const std::size_t slack = target > focus_length ? target - focus_length : 0;
  std::size_t begin = std::max(lo, focus.begin - std::min(focus.begin, slack / 3));
  for (std::size_t p = begin; p <= focus.begin; ++p) {
    if (p == lo || starts_sentence(text, p)) {
      begin = p;
      break;
    }
  }
  std::size_t end = std::max(std::min(n, begin + target), focus.end);
  if (end == n && n - lo > target) begin = std::min(begin, n - target);

  // Cut at word boundaries, never inside the focus.
  if (begin > lo && !text.is_space(begin - 1)) {
    std::size_t p = begin;
    while (p < focus.begin && !text.is_space(p)) ++p;
    begin = p;
  }
  while (begin < focus.begin && text.is_space(begin)) ++begin;
  if (end < n && !text.is_space(end)) {
    std::size_t p = end;
    while (p > focus.end && !text.is_space(p - 1)) --p;
    if (p > focus.end) {
      end = p;
    } else {
      while (end < n && !text.is_space(end)) ++end;
    }
  }
  while (end > focus.end && text.is_space(end - 1)) --end;
  return {begin, end};
}

}  // namespace

Snippet build_snippet(std::string_view text, const std::vector<TermMatch>& matches,
                      std::size_t target_chars) {
  Snippet snippet;
  const DecodedText decoded(text);
  if (decoded.size() == 0) return snippet;
  const std::size_t target = std::max<std::size_t>(target_chars, 1);
  CharRange content{0, decoded.size()};
  while (content.begin < content.end && decoded.is_space(content.begin)) ++content.begin;
  while (content.end > content.begin && decoded.is_space(content.end - 1)) --content.end;
  if (content.begin == content.end) return snippet;

  std::vector<CharRange> ranges;
  ranges.reserve(matches.size());
  for (const auto& m : matches)
    ranges.push_back({decoded.char_at_byte(m.begin), decoded.char_at_byte(m.end)});

  const CharRange focus =
      ranges.empty() ? CharRange{content.begin, content.begin} : densest_window(ranges, matches, target);
  const CharRange passage = choose_passage(decoded, content, focus, target);

  // Copy the passage, collapsing white space, and remember where each
  // source char landed so the highlights can follow.
  std::vector<std::size_t> out_index(decoded.size() + 1, 0);
  std::size_t out_chars = 0;
  auto append = [&](std::string_view piece, std::size_t chars) {
    snippet.text += piece;
    out_chars += chars;
  };
  if (passage.begin > content.begin) append(kEllipsis, 1);
  bool pending_space = false;
  for (std::size_t i = passage.begin; i < passage.end; ++i) {
    if (decoded.is_space(i)) {
      pending_space = true;
      out_index[i] = out_chars;
      continue;
    }
    if (pending_space) append(" ", 1);
    pending_space = false;
    out_index[i] = out_chars;
    append(text.substr(decoded.byte_offset[i], decoded.byte_offset[i + 1] - decoded.byte_offset[i]), 1);
  }
  out_index[passage.end] = out_chars;
  if (passage.end < content.end) append(kEllipsis, 1);

  for (const auto& r : ranges) {
    if (r.begin < passage.begin || r.end > passage.end || r.begin >= r.end) continue;
    snippet.highlights.push_back({out_index[r.begin], out_index[r.end - 1] + 1});
  }
  return snippet;
}

std::vector<Span> code_point_spans(std::string_view text, const std::vector<TermMatch>& matches) {
  std::vector<Span> spans;
  std::size_t counted_bytes = 0;
  std::size_t counted_chars = 0;
  for (const auto& m : matches) {
    counted_chars += count_code_points(text.substr(counted_bytes, m.begin - counted_bytes));
    const std::size_t begin = counted_chars;
    counted_chars += count_code_points(text.substr(m.begin, m.end - m.begin));
    counted_bytes = m.end;
    spans.push_back({begin, counted_chars});
  }
  return spans;
}

}  // namespace tidings
