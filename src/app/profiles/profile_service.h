// Profiles, member pages and the directory, with privacy rules applied.
#pragma once

#include <memory>
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

// Thread-safe (stateless over Store).
class Profiles {
 public:
  virtual ~Profiles() = default;

  virtual Result<MeView> GetMe(MemberId me) = 0;
  // Applies the patch and returns the whole Me afterwards. kValidation with
  // field details; nothing is stored unless the whole patch is valid.
  virtual Result<MeView> UpdateProfile(MemberId me, const domain::ProfilePatch& patch) = 0;
  // kNotFound if the member does not exist or the viewer may not see them (blocks).
  virtual Result<domain::MemberView> GetMember(const domain::Viewer& viewer, MemberId id) = 0;
  // Directory search; `cursor` from a previous page; limit 1..100.
  // kMalformed "bad_cursor" for a cursor pln did not issue.
  virtual Result<Page<domain::MemberView>> Search(const domain::Viewer& viewer,
                                                  const domain::DirectoryFilter& filter,
                                                  const std::string& cursor, int limit) = 0;
};

// `store` and `clock` must outlive the service.
std::unique_ptr<Profiles> MakeProfiles(Store& store, const Clock& clock);

}  // namespace pln::app
