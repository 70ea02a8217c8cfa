// JSON shapes of pln's objects (docs/api.md "Objects"), in both directions.
// Writers append to a JsonWriter positioned where a value is expected.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/auth_service.h"
#include "app/connection_service.h"
#include "app/profile_service.h"
#include "base/result.h"
#include "domain/connection.h"
#include "domain/member.h"
#include "domain/relationship.h"
#include "http/json_writer.h"

namespace pln::http {

// Allowed values, for 422 messages ("must be one of: …").
inline constexpr std::string_view kStageValues = "learner, early_career, experienced";
inline constexpr std::string_view kVisibilityValues = "public, members, connections";
inline constexpr std::string_view kOpenToValues = "mentoring, being_mentored, opportunities";
inline constexpr std::string_view kRequestStatusValues = "pending, accepted, declined, withdrawn";
inline constexpr std::string_view kDirectionValues = "incoming, outgoing";

void WriteProfile(JsonWriter& w, const domain::Profile& profile);
// Me; `csrf_token` is included only when set (cookie sessions).
std::string MeJson(const app::MeView& me, std::optional<std::string_view> csrf_token);
void WriteMemberView(JsonWriter& w, const domain::MemberView& view);
void WriteMemberSummary(JsonWriter& w, const app::MemberSummary& summary);
// "next_cursor": the opaque cursor of the next page, or null on the last page.
void WriteNextCursor(JsonWriter& w, const std::optional<std::string>& cursor);
// `key`: the time in ISO 8601, or null when unset.
void WriteOptionalTime(JsonWriter& w, std::string_view key, const std::optional<int64_t>& ms);
// A Markdown field goes out twice: `key` with the source and `key_html`
// rendered safely (http/markdown.h); clients insert only the latter as HTML.
void WriteMarkdown(JsonWriter& w, std::string_view key, const std::string& source);
void WriteConnectionRequest(JsonWriter& w, const domain::ConnectionRequest& request,
                            const app::MemberSummary& from, const app::MemberSummary& to);

// PATCH /me/profile body → ProfilePatch. Any subset of Profile's keys;
// `open_to` and `visibility` may be partial objects. kValidation listing every
// wrong or unknown field.
Result<domain::ProfilePatch> ReadProfilePatch(const nlohmann::json& body);

}  // namespace pln::http
