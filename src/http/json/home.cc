#include "http/json/home.h"

#include "http/json/common.h"

namespace pln::http {
namespace {

void WriteItem(JsonWriter& w, const app::NextStepItem& item) {
  w.BeginObject().Field("kind", item.kind).Field("title", item.title).Field("detail", item.detail);
  WriteOptionalTime(w, "due_at", item.due_at);
  w.Field("overdue", item.overdue);
  WriteOptionalTime(w, "since", item.since);
  w.Field("link", item.link);
  if (item.member) {
    w.Key("member");
    WriteMemberSummary(w, *item.member);
  }
  const std::pair<const char*, const std::optional<int64_t>&> ids[] = {
      {"connection_request_id", item.connection_request_id},
      {"mentorship_request_id", item.mentorship_request_id},
      {"feedback_request_id", item.feedback_request_id},
      {"mentorship_id", item.mentorship_id},
      {"program_id", item.program_id},
  };
  for (const auto& [key, id] : ids) {
    if (id) w.Field(key, *id);
  }
  w.EndObject();
}

}  // namespace

void WriteNextSteps(JsonWriter& w, const app::NextStepsView& view) {
  w.BeginObject().Field("newcomer", view.newcomer);
  w.Key("start").BeginArray();
  for (const app::StartStep& s : view.start) {
    w.BeginObject()
        .Field("step", s.step)
        .Field("title", s.title)
        .Field("done", s.done)
        .Field("link", s.link)
        .EndObject();
  }
  w.EndArray();
  w.Key("items").BeginArray();
  for (const app::NextStepItem& item : view.items) WriteItem(w, item);
  w.EndArray();
  w.Key("suggestions").BeginArray();
  for (const app::NextStepSuggestion& s : view.suggestions) {
    w.BeginObject()
        .Field("kind", s.kind)
        .Field("title", s.title)
        .Field("detail", s.detail)
        .Field("link", s.link)
        .EndObject();
  }
  w.EndArray();
  w.Key("programs").BeginArray();
  for (const app::LeadProgramState& p : view.programs) {
    w.BeginObject()
        .Field("id", p.program_id)
        .Field("name", p.name)
        .Field("status", p.status)
        .Field("stage", p.stage)
        .Field("state", p.state)
        .Field("mentees", p.mentees)
        .Field("mentors", p.mentors)
        .Field("ranked", p.ranked)
        .Field("pairs", p.pairs)
        .Field("unmatched", p.unmatched)
        .Field("link", p.link)
        .EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace pln::http
