// `pln gen`: synthetic networks into files or into an empty database.
#include "cli/cmd_gen.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "app/progress.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/runtime.h"
#include "store/sql/search_text.h"

namespace pln::cli {

namespace {

using graph::SyntheticNetwork;

// The store's three career stages (the engine's mid and senior are both "experienced").
const char* StageName(graph::Stage s) {
  switch (s) {
    case graph::Stage::kUnknown:
    case graph::Stage::kLearner: return "learner";
    case graph::Stage::kEarlyCareer: return "early_career";
    case graph::Stage::kMidCareer:
    case graph::Stage::kSenior: break;
  }
  return "experienced";
}

const char* AttributeStage(graph::Stage s) {
  switch (s) {
    case graph::Stage::kUnknown: return nullptr;
    case graph::Stage::kLearner: return "learner";
    case graph::Stage::kEarlyCareer: return "early";
    case graph::Stage::kMidCareer: return "mid";
    case graph::Stage::kSenior: break;
  }
  return "senior";
}

// attributes.tsv values cannot hold blanks: "Data Science" → "data-science".
std::string Slug(std::string_view name) {
  std::string out = AsciiLower(name);
  for (char& c : out) {
    if (c == ' ' || c == '\t') c = '-';
  }
  return out;
}

const char* const kCities[] = {"Lagos",  "Pune",  "Lisbon", "Toronto", "Nairobi",
                               "Berlin", "Osaka", "Bogotá", "Leeds",   "Melbourne"};

std::string Headline(const SyntheticNetwork& net, const graph::MemberAttributes& a) {
  const std::string& field = net.field_names[a.fields.front()];
  switch (a.stage) {
    case graph::Stage::kLearner: return "Aspiring " + field + " professional";
    case graph::Stage::kEarlyCareer: return "Early-career " + field;
    case graph::Stage::kSenior: return "Senior " + field + " lead";
    default: return field;
  }
}

app::DumpValue Int(int64_t v) {
  app::DumpValue d;
  d.type = app::DumpValue::Type::kInt;
  d.i = v;
  return d;
}

app::DumpValue Text(std::string v) {
  app::DumpValue d;
  d.type = app::DumpValue::Type::kText;
  d.s = std::move(v);
  return d;
}

// The rows of one generated network, table by table in dependency order, as
// the store's import expects them (the same columns as an export).
class RowSource {
 public:
  RowSource(const SyntheticNetwork& net, int64_t now, uint32_t opportunities)
      : net_(net), now_(now), opportunities_(opportunities) {}

  int64_t total() const {
    int64_t rows = static_cast<int64_t>(net_.members.size() + net_.edges.size()) + opportunities_;
    for (const auto& a : net_.members)
      rows += static_cast<int64_t>(a.fields.size() + a.skills.size());
    return rows;
  }

  // The next row, or nullopt at the end. Reports (table, rows done, total).
  std::optional<app::DumpRow> Next() {
    const auto n = static_cast<uint32_t>(net_.members.size());
    while (phase_ < 5) {
      if (phase_ == 0 && i_ < n) return Member(i_++);
      if (phase_ == 1 && i_ < n) {
        const auto& fields = net_.members[i_].fields;
        if (j_ < fields.size()) return Field(i_, j_++);
        ++i_;
        j_ = 0;
        continue;
      }
      if (phase_ == 2 && i_ < n) {
        const auto& skills = net_.members[i_].skills;
        if (j_ < skills.size()) return Skill(i_, j_++);
        ++i_;
        j_ = 0;
        continue;
      }
      if (phase_ == 3 && i_ < net_.edges.size()) {
        const auto& [u, v] = net_.edges[i_++];
        app::DumpRow r;
        r.table = "connections";
        r.columns = {{"a_id", Int(int64_t{u} + 1)},
                     {"b_id", Int(int64_t{v} + 1)},
                     {"created_at", Int(now_)}};
        return r;
      }
      if (phase_ == 4 && i_ < opportunities_) return Opportunity(static_cast<uint32_t>(i_++));
      ++phase_;
      i_ = 0;
      j_ = 0;
    }
    return std::nullopt;
  }

 private:
  app::DumpRow Member(uint32_t i) const {
    const graph::MemberAttributes& a = net_.members[i];
    const std::string name = net_.MemberName(i);
    const std::string headline = Headline(net_, a);
    const std::string location = kCities[i % std::size(kCities)];
    const std::string org =
        a.organization == graph::kNone ? std::string() : net_.organization_names[a.organization];
    // Matches the store's search text (name, headline, location, organization,
    // fields, skills; lower-case), so directory search finds generated members.
    std::string search = name + '\n' + headline + '\n' + location + '\n' + org;
    for (uint32_t f : a.fields) search += '\n' + net_.field_names[f];
    for (const auto& s : a.skills) search += '\n' + net_.skill_names[s.skill];
    const bool learner = a.stage == graph::Stage::kLearner;
    app::DumpRow r;
    r.table = "members";
    r.columns = {
        {"id", Int(int64_t{i} + 1)},
        {"email", Text("gen-" + std::to_string(int64_t{i} + 1) + "@example.invalid")},
        // Not a libsodium hash string: no password ever verifies against it.
        {"password_hash", Text("!generated")},
        {"role", Text("member")},
        {"name", Text(name)},
        {"headline", Text(headline)},
        {"bio", Text("")},
        {"location", Text(location)},
        {"organization", Text(org)},
        {"stage", Text(StageName(a.stage))},
        {"open_mentoring", Int((a.flags & graph::kOpenToMentoring) ? 1 : 0)},
        {"open_being_mentored", Int((a.flags & graph::kSeekingMentor) ? 1 : 0)},
        {"open_opportunities", Int(learner || i % 3 == 0 ? 1 : 0)},
        {"vis_bio", Text("members")},
        {"vis_details", Text("members")},
        {"vis_skills", Text("members")},
        {"vis_goals", Text("connections")},
        {"vis_connections", Text("connections")},
        {"discoverable", Int((a.flags & graph::kDiscoverable) ? 1 : 0)},
        {"search_text", Text(store::sql::FoldSearchLines(search))},
        {"created_at", Int(now_)},
        {"updated_at", Int(now_)},
    };
    return r;
  }

  app::DumpRow Field(uint32_t i, size_t j) const {
    const std::string& name = net_.field_names[net_.members[i].fields[j]];
    app::DumpRow r;
    r.table = "member_fields";
    r.columns = {{"member_id", Int(int64_t{i} + 1)},
                 {"position", Int(static_cast<int64_t>(j))},
                 {"name", Text(name)},
                 {"name_norm", Text(AsciiLower(name))}};
    return r;
  }

  app::DumpRow Skill(uint32_t i, size_t j) const {
    const graph::SkillLevel& s = net_.members[i].skills[j];
    const std::string& name = net_.skill_names[s.skill];
    app::DumpRow r;
    r.table = "member_skills";
    r.columns = {{"member_id", Int(int64_t{i} + 1)},
                 {"position", Int(static_cast<int64_t>(j))},
                 {"name", Text(name)},
                 {"name_norm", Text(AsciiLower(name))},
                 {"level", Int(s.level)}};
    return r;
  }

  // Opportunity k: posted by a member spread over the network, asking for that
  // member's skills (so members near them fit), of each kind in turn, open for
  // 1 to 300 days. The same columns as an export; search_text as the store folds it.
  app::DumpRow Opportunity(uint32_t k) const {
    static constexpr const char* kKinds[] = {"job", "internship", "project", "volunteering",
                                             "event"};
    constexpr int64_t kDay = 24LL * 3600 * 1000;
    const auto n = static_cast<uint32_t>(net_.members.size());
    const uint32_t poster = static_cast<uint32_t>((uint64_t{k} * 2654435761u) % n);
    const graph::MemberAttributes& a = net_.members[poster];
    const std::string kind = kKinds[k % 5];
    const std::string field = net_.field_names[a.fields.front()];
    const std::string org = a.organization == graph::kNone
                                ? std::string("Independent")
                                : net_.organization_names[a.organization];
    const bool remote = k % 3 == 0;
    const std::string location = remote ? std::string() : kCities[k % std::size(kCities)];
    const std::string title = field + " " + kind + " #" + std::to_string(int64_t{k} + 1);
    const std::string description = "A generated " + kind + " in " + field + " at " + org + ".";
    nlohmann::json skills = nlohmann::json::array();
    for (size_t j = 0; j < a.skills.size() && j < 4; ++j) {
      skills.push_back({{"name", net_.skill_names[a.skills[j].skill]},
                        {"level", std::clamp(static_cast<int>(a.skills[j].level), 1, 5)},
                        {"required", j < 2}});
    }
    const int64_t created = now_ - int64_t{k % 30} * kDay;
    int64_t closes = now_ + int64_t{1 + k % 300} * kDay;
    app::DumpValue starts, ends;  // null unless an event
    if (kind == "event") {
      closes = now_ + int64_t{1 + k % 13} * kDay;
      starts = Int(closes);
      ends = Int(closes + 2 * 3600 * 1000);
    }
    app::DumpRow r;
    r.table = "opportunities";
    r.columns = {
        {"id", Int(int64_t{k} + 1)},
        {"poster_id", Int(int64_t{poster} + 1)},
        {"kind", Text(kind)},
        {"title", Text(title)},
        {"organization", Text(org)},
        {"location", Text(location)},
        {"remote", Int(remote ? 1 : 0)},
        {"description", Text(description)},
        {"skills", Text(skills.dump())},
        {"fields", Text(nlohmann::json::array({field}).dump())},
        {"stages", Text("[]")},
        {"apply_url", Text("")},
        {"closes_at", Int(closes)},
        {"starts_at", starts},
        {"ends_at", ends},
        {"search_text",
         Text(AsciiLower(title + '\n' + org + '\n' + location + '\n' + description))},
        {"created_at", Int(created)},
        {"updated_at", Int(created)},
        {"closed_at", app::DumpValue{}},
        {"hidden_at", app::DumpValue{}},
        {"hidden_by", app::DumpValue{}},
    };
    return r;
  }

  const SyntheticNetwork& net_;
  const int64_t now_;
  const uint32_t opportunities_;
  int phase_ = 0;
  size_t i_ = 0, j_ = 0;
};

int WriteFiles(const SyntheticNetwork& net, const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::cerr << "pln: cannot create " << dir << ": " << ec.message() << "\n";
    return 1;
  }
  const std::string edges_path = dir + "/edges.tsv", attrs_path = dir + "/attributes.tsv";
  std::ofstream edges(edges_path, std::ios::binary | std::ios::trunc);
  std::ofstream attrs(attrs_path, std::ios::binary | std::ios::trunc);
  if (!edges || !attrs) {
    std::cerr << "pln: cannot write " << (edges ? attrs_path : edges_path) << "\n";
    return 1;
  }
  app::ProgressBar bar;
  const auto total = static_cast<int64_t>(net.edges.size());
  edges << "# pln gen: " << net.members.size() << " members, " << net.edges.size()
        << " connections; node ids are member ids\n";
  std::string line;
  int64_t done = 0;
  for (const auto& [u, v] : net.edges) {
    line.clear();
    line += std::to_string(int64_t{u} + 1);
    line += '\t';
    line += std::to_string(int64_t{v} + 1);
    line += '\n';
    edges << line;
    if (++done % 65536 == 0) bar("edges.tsv", done, total);
  }
  bar("edges.tsv", done, total);
  const auto members = static_cast<int64_t>(net.members.size());
  for (int64_t i = 0; i < members; ++i) {
    const graph::MemberAttributes& a = net.members[static_cast<size_t>(i)];
    line = std::to_string(i + 1);
    line += '\t';
    std::string sep;
    auto add = [&](const std::string& kv) {
      line += sep;
      line += kv;
      sep = " ";
    };
    if (a.organization != graph::kNone) add("org=" + Slug(net.organization_names[a.organization]));
    for (uint32_t f : a.fields) add("field=" + Slug(net.field_names[f]));
    for (const auto& s : a.skills) {
      add("skill=" + Slug(net.skill_names[s.skill]) + ":" + std::to_string(s.level));
    }
    for (uint32_t g : a.groups) add("group=" + Slug(net.group_names[g]));
    if (const char* st = AttributeStage(a.stage)) add(std::string("stage=") + st);
    if (a.flags & graph::kOpenToMentoring) add("mentor=1");
    if (a.flags & graph::kSeekingMentor) add("seeking=1");
    if (!(a.flags & graph::kDiscoverable)) add("discoverable=0");
    line += '\n';
    attrs << line;
    if ((i + 1) % 65536 == 0) bar("attributes.tsv", i + 1, members);
  }
  bar("attributes.tsv", members, members);
  bar.Finish();
  edges.flush();
  attrs.flush();
  if (!edges || !attrs) {
    std::cerr << "pln: writing " << dir << " failed (disk full?)\n";
    return 1;
  }
  std::cout << "Wrote " << edges_path << " (" << net.edges.size() << " connections) and "
            << attrs_path << " (" << net.members.size() << " members)\n";
  return 0;
}

int WriteStore(const Config& config, const SyntheticNetwork& net, uint32_t opportunities) {
  auto rt = OpenRuntime(config);
  if (!rt.ok()) return ReportError(rt.error());
  app::Store& store = *(*rt)->store;
  auto rows = store.CountRows();
  if (!rows.ok()) return ReportError(rows.error());
  if (*rows > 0) {
    std::cerr << "pln: the " << store.Kind() << " database already holds data (" << *rows
              << " rows); pln gen only fills an empty database. Use a new --data directory "
                 "or an empty --database.\n";
    return 1;
  }
  RowSource source(net, (*rt)->clock.NowMs(), opportunities);
  const int64_t total = source.total();
  int64_t done = 0;
  app::ProgressBar bar;
  Status s = store.Import([&]() -> Result<std::optional<app::DumpRow>> {
    std::optional<app::DumpRow> row = source.Next();
    if (row && (++done % 4096 == 0)) bar(row->table, done, total);
    return row;
  });
  bar("rows", done, total);
  bar.Finish();
  if (!s.ok()) return ReportError(s.error());
  std::cout << "Generated " << net.members.size() << " members and " << net.edges.size()
            << " connections"
            << (opportunities ? " and " + std::to_string(opportunities) + " opportunities" : "")
            << " into " << store.Kind() << " (" << done << " rows).\n";
  return 0;
}

}  // namespace

Result<graph::SyntheticNetwork> GenerateWithProgress(uint32_t members, double avg_degree,
                                                     uint64_t seed) {
  graph::SyntheticOptions o;
  o.members = members;
  o.avg_degree = avg_degree;
  o.seed = seed;
  app::ProgressBar bar;
  auto net = graph::GenerateNetwork(o, [&](size_t done, size_t total) {
    bar("connections", static_cast<int64_t>(done), static_cast<int64_t>(total));
  });
  bar.Finish();
  return net;
}

void AddNetworkOptions(CLI::App* cmd, uint32_t& members, double& avg_degree, uint64_t& seed,
                       const std::string& default_members, const std::string& default_degree) {
  cmd->add_option("--members", members, "Number of members (default " + default_members + ")")
      ->check(CLI::Range(2u, 50'000'000u));
  cmd->add_option("--avg-degree", avg_degree,
                  "Mean connections per member (default " + default_degree + ")")
      ->check(CLI::Range(0.01, 10000.0));
  cmd->add_option("--seed", seed,
                  "Random seed (default 1); the same seed gives the same network and sample");
}

CLI::App* AddGenCommand(CLI::App& app, GenArgs& args) {
  auto* gen = app.add_subcommand(
      "gen",
      "Generate a synthetic network (heavy-tailed degrees, communities by field and "
      "organization, profiles with skills) into files or an empty database");
  AddNetworkOptions(gen, args.members, args.avg_degree, args.seed, "1000", "20");
  gen->add_option("--out", args.out,
                  "Write DIR/edges.tsv and DIR/attributes.tsv (for pln linkpred) instead of "
                  "filling the database");
  gen->add_option("--opportunities", args.opportunities,
                  "Also post N open opportunities by generated members (database only)")
      ->check(CLI::Range(0u, 10'000'000u));
  return gen;
}

int RunGen(const Config& config, const GenArgs& args) {
  auto net = GenerateWithProgress(args.members, args.avg_degree, args.seed);
  if (!net.ok()) return ReportError(net.error());
  if (!args.out.empty()) {
    if (args.opportunities > 0) {
      std::cerr << "pln: --opportunities fills a database; it cannot go with --out\n";
      return 2;
    }
    return WriteFiles(*net, args.out);
  }
  return WriteStore(config, *net, args.opportunities);
}

}  // namespace pln::cli
