// Home: the member's next steps.
#include "http/handlers.h"
#include "http/json/home.h"
#include "http/json_writer.h"

namespace pln::http {

Status HandleNextSteps(Context& ctx, Response& out) {
  app::NextSteps* next_steps = ctx.deps.services.next_steps;
  if (next_steps == nullptr) return UnavailableError("Next steps are not wired on this server.");
  ASSIGN_OR_RETURN(app::NextStepsView view, next_steps->For(ctx.caller().member));
  JsonWriter w(2048 + view.items.size() * 512);
  WriteNextSteps(w, view);
  out.SetJson(200, w.Take());
  out.cache_control = "no-store";
  return Status::Ok();
}

}  // namespace pln::http
