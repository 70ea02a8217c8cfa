#include "app/programs/views.h"

namespace pln::app {

std::string_view ToString(ProgramRole r) {
  switch (r) {
    case ProgramRole::kLead: return "lead";
    case ProgramRole::kMentee: return "mentee";
    case ProgramRole::kMentor: return "mentor";
  }
  return "lead";
}

}  // namespace pln::app
