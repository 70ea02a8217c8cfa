// Process-wide logging set-up (spdlog). JSON lines when log_format is "json",
// one object per record with time, level and msg, so log shippers need no parsing rules.
#pragma once

#include <string>

namespace pln::cli {

void SetUpLogging(const std::string& format, const std::string& level);

}  // namespace pln::cli
