// Progress reporting for long operator tasks (demo seeding, export, import).
//
// Long-running use cases take a ProgressFn and call it as work advances; they
// never print themselves, so the same use case can drive a terminal bar (CLI),
// a log line or nothing at all (tests, HTTP).
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "base/clock.h"

namespace pln::app {

// Called with the current phase (e.g. "members", a table name), the units done
// so far and the total. `total` <= 0 means the total is unknown. `done` may be
// reported again with the same value; it never decreases within one phase.
using ProgressFn = std::function<void(std::string_view phase, int64_t done, int64_t total)>;

// A ProgressFn that ignores every report, for callers that want no progress.
ProgressFn NoProgress();

// "1,234,567": thousands separated by commas, for progress lines.
std::string FormatCount(int64_t n);

// A progress bar for a terminal:
//   [#########...........] 45% members 1,234/2,745
// On a TTY it redraws one line in place with '\r', at most about ten times a
// second (plus whenever a task starts or completes) so a fast loop does not spend its
// time writing to the terminal. When the output is not a TTY (logs, CI) it
// prints one plain line at each 10% step instead, so logs stay readable.
// A new task (a change of `total`) starts a new line; Finish() ends the last line.
//
// Use it as a ProgressFn through AsFn() or std::ref(bar); it is not copyable,
// because copies would each track their own half of the state.
// Not thread-safe: report from one thread at a time.
class ProgressBar {
 public:
  // Writes to stderr; a TTY bar if stderr is a terminal.
  ProgressBar();
  // Writes to `out`, which must outlive the bar. `interactive` selects the TTY
  // style; `clock` paces redraws (tests pass a ManualClock) and must outlive the bar.
  ProgressBar(std::ostream& out, bool interactive, const Clock& clock);
  ~ProgressBar();  // calls Finish()
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void operator()(std::string_view phase, int64_t done, int64_t total);
  // A ProgressFn that reports to this bar; valid while the bar lives.
  ProgressFn AsFn();
  // Draws the last state if a redraw was skipped and ends the line. Idempotent.
  void Finish();

 private:
  void Draw();
  std::string Render() const;

  std::ostream& out_;
  bool interactive_;
  std::unique_ptr<Clock> owned_clock_;  // set by the default constructor only
  const Clock& clock_;

  std::string phase_;
  int64_t done_ = 0;
  int64_t total_ = 0;
  bool started_ = false;  // a task has been reported and its line not yet ended
  bool dirty_ = false;    // the state changed since the last draw
  int64_t last_draw_ms_ = 0;
  size_t last_width_ = 0;  // length of the last TTY line, to blank leftovers
  int last_decile_ = -1;   // non-TTY: last 10% step printed
};

}  // namespace pln::app
