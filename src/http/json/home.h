// JSON of Home's next steps (GET /me/next-steps).
#pragma once

#include "app/home/views.h"
#include "http/json_writer.h"

namespace pln::http {

// {"newcomer", "start": [...], "items": [...], "suggestions": [...], "programs": [...]}.
void WriteNextSteps(JsonWriter& w, const app::NextStepsView& view);

}  // namespace pln::http
