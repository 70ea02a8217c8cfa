// Failpoints: named places where a test build can make the process die on
// purpose, to prove that what was committed before survives a crash.
//
// Compiled in only with the CMake option PLN_FAILPOINTS (on in the ASan test
// build, see scripts/build.sh); elsewhere Failpoint() does nothing and no
// environment variable can make it do anything. The define applies to
// failpoint.cc alone, so switching it rebuilds one file. Armed by the environment:
// PLN_FAILPOINT=<name> makes the first Failpoint(<name>) reached call _exit(kFailpointExitCode) at
// once, without unwinding, flushing or running destructors — as a kill -9 would.
#pragma once

#include <string_view>

namespace pln {

inline constexpr int kFailpointExitCode = 86;

void Failpoint(std::string_view name);

}  // namespace pln
