// JSON of the network engine's answers: people you may know and connection paths.
#pragma once

#include <vector>

#include "app/network/network.h"
#include "http/json_writer.h"

namespace pln::http {

// {"items": [suggestion, ...]}; each suggestion with its member, reason and reasons.
void WriteSuggestions(JsonWriter& w, const std::vector<app::PersonSuggestionView>& suggestions);
// {"items": [{"hops", "members", "hop_strength"}, ...]}.
void WriteConnectionPaths(JsonWriter& w, const std::vector<app::ConnectionPathView>& paths);

}  // namespace pln::http
