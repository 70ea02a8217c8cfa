// The domain rules an imported row must meet: `pln import` loads rows straight
// into the store, so without these checks it would accept what the API refuses
// (a career stage "wizard", a skill level 99, a name of zero-width spaces) and
// leave a database that `pln serve` then fails on.
#pragma once

#include "app/repositories.h"
#include "base/result.h"

namespace pln::app {

// Checks `row` with the same domain functions the API uses: members' e-mail,
// role, name, headline and other profile text, career stage, section
// visibilities and flags; skill levels and names, fields and goals; and every
// status or kind column the store reads back as a domain enum (requests,
// reviewers, mentor offers, mentorships and their goals, programs).
// Returns Ok, or kMalformed "invalid_export_row" whose message names the table,
// the column, the value and the rule ("members.stage \"wizard\" is not a
// career stage (learner, early_career or experienced)"); the caller prefixes
// the line number. Tables and columns without a rule, and null values, pass:
// NOT NULL is the store's to enforce.
Status CheckImportRow(const DumpRow& row);

}  // namespace pln::app
