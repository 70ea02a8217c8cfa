#include "store/sql/search_text.h"

#include <unordered_map>
#include <vector>

#include "base/text.h"

namespace pln::store::sql {

std::string FoldSearchLines(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    if (start > 0) out += '\n';
    out += FoldSearchWords(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string SearchText(const domain::Profile& p) {
  std::string text = p.name + '\n' + p.headline + '\n' + p.location + '\n' + p.organization;
  for (const std::string& field : p.fields) text += '\n' + field;
  for (const domain::Skill& skill : p.skills) text += '\n' + skill.name;
  return FoldSearchLines(text);
}

Status RefoldMemberSearchText(SqlConnection& conn) {
  // Three scans, then one update per member: the lists are read whole rather
  // than per member, so the step costs a fixed number of queries plus the writes.
  std::unordered_map<int64_t, domain::Profile> profiles;
  std::vector<int64_t> order;
  RETURN_IF_ERROR(
      conn.ExecuteEach("SELECT id, name, headline, location, organization FROM members ORDER BY id",
                       {}, [&](SqlRow& row) -> Status {
                         domain::Profile& p = profiles[row[0].AsInt()];
                         order.push_back(row[0].AsInt());
                         p.name = row[1].AsText();
                         p.headline = row[2].AsText();
                         p.location = row[3].AsText();
                         p.organization = row[4].AsText();
                         return Status::Ok();
                       }));
  RETURN_IF_ERROR(
      conn.ExecuteEach("SELECT member_id, name FROM member_fields ORDER BY member_id, position", {},
                       [&](SqlRow& row) -> Status {
                         if (auto it = profiles.find(row[0].AsInt()); it != profiles.end()) {
                           it->second.fields.push_back(row[1].AsText());
                         }
                         return Status::Ok();
                       }));
  RETURN_IF_ERROR(
      conn.ExecuteEach("SELECT member_id, name FROM member_skills ORDER BY member_id, position", {},
                       [&](SqlRow& row) -> Status {
                         if (auto it = profiles.find(row[0].AsInt()); it != profiles.end()) {
                           it->second.skills.push_back({row[1].AsText(), 1});
                         }
                         return Status::Ok();
                       }));
  for (int64_t id : order) {
    const std::vector<SqlValue> params = {SearchText(profiles[id]), id};
    RETURN_IF_ERROR(conn.Execute("UPDATE members SET search_text = ? WHERE id = ?", params));
  }
  return Status::Ok();
}

}  // namespace pln::store::sql
