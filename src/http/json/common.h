// JSON pieces every resource shares (docs/api.md "Objects"): member summaries,
// page cursors, optional times and Markdown fields. Writers append to a
// JsonWriter positioned where a value is expected.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/member_summary.h"
#include "http/json_writer.h"

namespace pln::http {

void WriteMemberSummary(JsonWriter& w, const app::MemberSummary& summary);
// "next_cursor": the opaque cursor of the next page, or null on the last page.
void WriteNextCursor(JsonWriter& w, const std::optional<std::string>& cursor);
// `key`: the time in ISO 8601, or null when unset.
void WriteOptionalTime(JsonWriter& w, std::string_view key, const std::optional<int64_t>& ms);
// A Markdown field goes out twice: `key` with the source and `key_html`
// rendered safely (http/markdown.h); clients insert only the latter as HTML.
void WriteMarkdown(JsonWriter& w, std::string_view key, const std::string& source);

}  // namespace pln::http
