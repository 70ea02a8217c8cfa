#include "http/json/common.h"

#include "base/clock.h"
#include "http/markdown.h"

namespace pln::http {

void WriteMemberSummary(JsonWriter& w, const app::MemberSummary& s) {
  w.BeginObject()
      .Field("id", s.id.value())
      .Field("name", s.name)
      .Field("headline", s.headline)
      .Field("stage", domain::ToString(s.stage))
      .EndObject();
}

void WriteOptionalTime(JsonWriter& w, std::string_view key, const std::optional<int64_t>& ms) {
  w.Key(key);
  if (ms) {
    w.String(FormatIso8601(*ms));
  } else {
    w.Null();
  }
}

void WriteMarkdown(JsonWriter& w, std::string_view key, const std::string& source) {
  w.Field(key, source);
  w.Field(std::string(key) + "_html", RenderMarkdown(source));
}

void WriteNextCursor(JsonWriter& w, const std::optional<std::string>& cursor) {
  w.Key("next_cursor");
  if (cursor) {
    w.String(*cursor);
  } else {
    w.Null();
  }
}

}  // namespace pln::http
