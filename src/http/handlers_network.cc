// People you may know and how you're connected (the network engine).
#include "http/handlers.h"
#include "http/json/common.h"
#include "http/json_writer.h"
#include "http/query.h"

namespace pln::http {

namespace {

Result<app::NetworkService*> Network(const Context& ctx) {
  if (ctx.deps.services.network == nullptr) {
    return UnavailableError("The network engine is not running on this server.");
  }
  return ctx.deps.services.network;
}

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

Status HandlePeopleYouMayKnow(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::NetworkService * network, Network(ctx));
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
  ASSIGN_OR_RETURN(int limit, ParseLimit(query, 10, 50));
  ASSIGN_OR_RETURN(std::vector<app::PersonSuggestionView> suggestions,
                   network->PeopleYouMayKnow(ctx.caller().member, limit));
  JsonWriter w(64 + suggestions.size() * 512);
  w.BeginObject().Key("items").BeginArray();
  for (const app::PersonSuggestionView& s : suggestions) WriteSuggestion(w, s);
  w.EndArray().EndObject();
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleDismissSuggestion(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::NetworkService * network, Network(ctx));
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  RETURN_IF_ERROR(network->Dismiss(ctx.caller().member, MemberId(id)));
  out.SetNoContent();
  return Status::Ok();
}

Status HandleMemberPaths(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(app::NetworkService * network, Network(ctx));
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "member"));
  ASSIGN_OR_RETURN(std::vector<app::ConnectionPathView> paths,
                   network->HowConnected(ctx.caller().member, MemberId(id)));
  JsonWriter w(64 + paths.size() * 512);
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
  out.SetJson(200, w.Take());
  return Status::Ok();
}

}  // namespace pln::http
