// JSON of members: Me, profiles, member views, and the profile patch read
// from PATCH /me/profile.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/profiles/profile_service.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/relationship.h"
#include "http/json_writer.h"
#include "http/query.h"
#include "http/request.h"

namespace pln::http {

// Allowed values, for 422 messages ("must be one of: …").
inline constexpr std::string_view kStageValues = "learner, early_career, experienced";
inline constexpr std::string_view kVisibilityValues = "public, members, connections";
inline constexpr std::string_view kOpenToValues = "mentoring, being_mentored, opportunities";

void WriteProfile(JsonWriter& w, const domain::Profile& profile);
// Me; `csrf_token` is included only when set (cookie sessions).
std::string MeJson(const app::MeView& me, std::optional<std::string_view> csrf_token);
void WriteMemberView(JsonWriter& w, const domain::MemberView& view);

// PATCH /me/profile body → ProfilePatch. Any subset of Profile's keys;
// `open_to` and `visibility` may be partial objects. kValidation listing every
// wrong or unknown field.
Result<domain::ProfilePatch> ReadProfilePatch(const nlohmann::json& body);

struct DirectoryQuery {
  domain::DirectoryFilter filter;
  PageParams page;
};
// GET /members?q=&field=&skill=&stage=&open_to=&cursor=&limit=; empty values
// mean "any". kValidation naming every bad parameter; kMalformed for a query
// string that does not decode.
Result<DirectoryQuery> ReadDirectoryQuery(const Request& request);
// {"items": [member view, ...], "next_cursor"}.
void WriteMemberPage(JsonWriter& w, const app::Page<domain::MemberView>& page);

}  // namespace pln::http
