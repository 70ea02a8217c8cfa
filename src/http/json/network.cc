#include "http/json/network.h"

#include <optional>
#include <string>
#include <string_view>

#include "http/json/common.h"

namespace pln::http {

namespace {

void WriteOptionalString(JsonWriter& w, std::string_view key,
                         const std::optional<std::string>& value) {
  w.Key(key);
  if (value) {
    w.String(*value);
  } else {
    w.Null();
  }
}

void WriteSuggestion(JsonWriter& w, const app::PersonSuggestionView& s) {
  w.BeginObject().Key("member");
  WriteMemberSummary(w, s.member);
  w.Field("reason", s.reason).Key("reasons").BeginObject();
  w.Field("mutual_count", s.mutual_count).Key("mutuals").BeginArray();
  for (const app::MemberSummary& m : s.mutuals) WriteMemberSummary(w, m);
  w.EndArray();
  w.StringArray("shared_fields", s.shared_fields);
  w.StringArray("shared_skills", s.shared_skills);
  WriteOptionalString(w, "same_organization", s.same_organization);
  w.Field("complementary", s.complementary);
  WriteOptionalString(w, "complementary_in", s.complementary_in);
  w.Field("follows_you", s.follows_you).Field("you_follow", s.you_follow);
  w.EndObject().EndObject();
}

}  // namespace

void WriteSuggestions(JsonWriter& w, const std::vector<app::PersonSuggestionView>& suggestions) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::PersonSuggestionView& s : suggestions) WriteSuggestion(w, s);
  w.EndArray().EndObject();
}

void WriteConnectionPaths(JsonWriter& w, const std::vector<app::ConnectionPathView>& paths) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::ConnectionPathView& p : paths) {
    w.BeginObject().Field("hops", static_cast<int64_t>(p.members.size()) - 1);
    w.Key("members").BeginArray();
    for (const app::MemberSummary& m : p.members) WriteMemberSummary(w, m);
    w.EndArray().Key("hop_strength").BeginArray();
    for (int64_t s : p.hop_strength) w.Int(s);
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
}

}  // namespace pln::http
