#include "app/progress.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

namespace pln::app {
namespace {

constexpr int kBarWidth = 20;
// A terminal redraw costs a write system call; ten a second looks smooth.
constexpr int64_t kRedrawIntervalMs = 100;
// Without a TTY and without a known total there are no 10% steps; a line every
// few seconds shows the task is alive without flooding the log.
constexpr int64_t kUnknownTotalLogIntervalMs = 5000;

// Paces redraws; wall-clock jumps (NTP) must not stall or flood the bar.
class SteadyClock final : public Clock {
 public:
  int64_t NowMs() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace

ProgressFn NoProgress() {
  return [](std::string_view, int64_t, int64_t) {};
}

std::string FormatCount(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  const int len = static_cast<int>(digits.size());
  for (int i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out += ',';
    out += digits[static_cast<size_t>(i)];
  }
  return n < 0 ? "-" + out : out;
}

ProgressBar::ProgressBar()
    : out_(std::cerr),
      interactive_(isatty(fileno(stderr)) == 1),
      owned_clock_(std::make_unique<SteadyClock>()),
      clock_(*owned_clock_) {}

ProgressBar::ProgressBar(std::ostream& out, bool interactive, const Clock& clock)
    : out_(out), interactive_(interactive), clock_(clock) {}

ProgressBar::~ProgressBar() {
  Finish();
}

ProgressFn ProgressBar::AsFn() {
  return
      [this](std::string_view phase, int64_t done, int64_t total) { (*this)(phase, done, total); };
}

void ProgressBar::operator()(std::string_view phase, int64_t done, int64_t total) {
  // A different total, or a count that went back, means the caller moved on to
  // the next task: keep the finished task's line and start a fresh one.
  if (started_ && (total != total_ || done < done_)) Finish();
  const bool first = !started_;
  started_ = true;
  if (phase != phase_ || done != done_ || total != total_ || first) dirty_ = true;
  phase_.assign(phase);
  done_ = done;
  total_ = total;
  if (!dirty_) return;

  const int64_t now = clock_.NowMs();
  const bool complete = total_ > 0 && done_ >= total_;
  if (interactive_) {
    if (first || complete || now - last_draw_ms_ >= kRedrawIntervalMs) Draw();
    return;
  }
  if (total_ > 0) {
    const int decile = static_cast<int>(std::min<int64_t>(10, done_ * 10 / total_));
    if (decile > last_decile_) {
      last_decile_ = decile;
      Draw();
    }
  } else if (first || now - last_draw_ms_ >= kUnknownTotalLogIntervalMs) {
    Draw();
  }
}

void ProgressBar::Finish() {
  if (!started_) return;
  if (interactive_) {
    if (dirty_) Draw();
    out_ << '\n';
  } else if (dirty_) {
    Draw();  // the final count, if it fell between two 10% steps
  }
  out_.flush();
  started_ = false;
  dirty_ = false;
  last_width_ = 0;
  last_decile_ = -1;
}

std::string ProgressBar::Render() const {
  std::string line;
  if (total_ > 0) {
    const int64_t done = std::clamp<int64_t>(done_, 0, total_);
    const int filled = static_cast<int>(done * kBarWidth / total_);
    line += '[';
    line.append(static_cast<size_t>(filled), '#');
    line.append(static_cast<size_t>(kBarWidth - filled), '.');
    line += "] ";
    line += std::to_string(done * 100 / total_);
    line += "% ";
    line += phase_;
    line += ' ';
    line += FormatCount(done_);
    line += '/';
    line += FormatCount(total_);
  } else {
    line += phase_;
    line += ' ';
    line += FormatCount(done_);
  }
  return line;
}

void ProgressBar::Draw() {
  std::string line = Render();
  if (interactive_) {
    const size_t width = line.size();
    // Blank what is left of a longer previous line (e.g. a longer phase name).
    if (width < last_width_) line.append(last_width_ - width, ' ');
    last_width_ = width;
    out_ << '\r' << line;
  } else {
    out_ << line << '\n';
  }
  out_.flush();
  dirty_ = false;
  last_draw_ms_ = clock_.NowMs();
}

}  // namespace pln::app
