#include "base/failpoint.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

namespace pln {

#ifndef PLN_FAILPOINTS
void Failpoint(std::string_view) {}
#else
void Failpoint(std::string_view name) {
  // Read once: the environment does not change while the process runs.
  static const std::string armed = [] {
    const char* v = std::getenv("PLN_FAILPOINT");
    return std::string(v == nullptr ? "" : v);
  }();
  if (!armed.empty() && armed == name) ::_exit(kFailpointExitCode);
}
#endif

}  // namespace pln
