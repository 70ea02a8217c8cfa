// JSON of warm introductions (issue 18): an introduction as its viewer may see
// it (the status for their role, the note only where allowed, the actions
// open to them), broker suggestions and an opportunity's introduction paths
// going out; the request body, the forward body and the list's role coming in.
// Readers return kValidation naming every wrong or unknown field.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/introductions/views.h"
#include "base/result.h"
#include "domain/introduction.h"
#include "http/json_writer.h"
#include "http/request.h"

namespace pln::http {

void WriteIntroduction(JsonWriter& w, const app::IntroductionView& v);

std::string IntroductionJson(const app::IntroductionView& v);
std::string IntroductionListJson(const std::vector<app::IntroductionView>& items);
std::string BrokerSuggestionsJson(const app::BrokerSuggestions& s);
std::string IntroductionPathsJson(const std::vector<app::IntroductionPath>& paths);

// POST /introductions: {broker, target, blurb, note?, opportunity?}.
Result<domain::IntroductionInput> ReadIntroductionInput(const nlohmann::json& body);
// POST /introductions/{id}/forward: an empty body, or {"blurb"?}.
Result<std::optional<std::string>> ReadForwardBody(const Request& request);
// GET /introductions?role=requester|broker|target (default requester).
Result<domain::IntroductionRole> ReadIntroductionRole(const Request& request);

}  // namespace pln::http
