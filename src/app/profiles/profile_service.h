// Profiles, member pages and the directory, with privacy rules applied.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/relationship.h"

namespace pln::app {

template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next_cursor;  // opaque; absent on the last page
};

struct MeView {
  domain::Member member;
  int64_t connection_count = 0;
};

class ProfileService {
 public:
  ProfileService(Store& store, const Clock& clock);

  Result<MeView> GetMe(MemberId me);
  // kValidation with field details; nothing is stored unless the whole patch is valid.
  Result<domain::Profile> UpdateProfile(MemberId me, const domain::ProfilePatch& patch);
  // kNotFound if the member does not exist or the viewer may not see them (blocks).
  Result<domain::MemberView> GetMember(const domain::Viewer& viewer, MemberId id);
  // Directory search; `cursor` from a previous page; limit 1..100.
  // kMalformed "bad_cursor" for a cursor pln did not issue.
  Result<Page<domain::MemberView>> Search(const domain::Viewer& viewer,
                                          const domain::DirectoryFilter& filter,
                                          const std::string& cursor, int limit);

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace pln::app
