// A member as listings name them: who, with their headline and career stage.
#pragma once

#include <string>

#include "base/ids.h"
#include "domain/member.h"

namespace pln::app {

struct MemberSummary {
  MemberId id;
  std::string name, headline;
  domain::CareerStage stage = domain::CareerStage::kLearner;
};

}  // namespace pln::app
