#include "matching/csv_input.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace pln::matching {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t comma = line.find(',', start);
    out.push_back(Trim(line.substr(start, comma - start)));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

Error LineError(const std::string& file, int line, const std::string& message) {
  return ValidationError({{file + ":" + std::to_string(line), message}},
                         file + ":" + std::to_string(line) + ": " + message);
}

bool ParseDouble(std::string_view s, double& out) {
  if (s.empty()) return false;
  std::string copy(s);
  char* end = nullptr;
  out = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size() && std::isfinite(out);
}

bool ParseInt(std::string_view s, int64_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

int32_t Intern(std::string_view name, std::unordered_map<std::string, int32_t>& index,
               std::vector<std::string>& names) {
  auto [it, inserted] = index.try_emplace(std::string(name), static_cast<int32_t>(names.size()));
  if (inserted) names.emplace_back(name);
  return it->second;
}

std::string FormatNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

}  // namespace

Result<NamedProblem> ReadProblem(std::istream& pairs, const std::string& pairs_name,
                                 std::istream& capacity, const std::string& capacity_name) {
  NamedProblem out;
  std::unordered_map<std::string, int32_t> mentee_index, mentor_index;
  std::set<std::pair<int32_t, int32_t>> seen;
  std::string line;
  int number = 0;
  while (std::getline(pairs, line)) {
    ++number;
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    auto f = SplitFields(t);
    if (f.size() != 3) {
      return LineError(
          pairs_name, number,
          "expected mentee,mentor,score but found " + std::to_string(f.size()) + " field(s)");
    }
    double score = 0;
    if (!ParseDouble(f[2], score)) {
      if (number == 1 && f[2] == "score") continue;  // header
      return LineError(pairs_name, number, "score \"" + std::string(f[2]) + "\" is not a number");
    }
    if (f[0].empty() || f[1].empty()) {
      return LineError(pairs_name, number, "mentee and mentor must not be empty");
    }
    int32_t a = Intern(f[0], mentee_index, out.mentee_names);
    int32_t b = Intern(f[1], mentor_index, out.mentor_names);
    if (!seen.insert({a, b}).second) {
      return LineError(pairs_name, number,
                       "pair " + std::string(f[0]) + "," + std::string(f[1]) + " listed twice");
    }
    out.problem.edges.push_back({a, b, score});
  }
  std::vector<int64_t> cap_of;
  std::set<int32_t> cap_seen;
  number = 0;
  std::vector<std::pair<int32_t, int64_t>> caps;
  while (std::getline(capacity, line)) {
    ++number;
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    auto f = SplitFields(t);
    if (f.size() != 2) {
      return LineError(
          capacity_name, number,
          "expected mentor,capacity but found " + std::to_string(f.size()) + " field(s)");
    }
    int64_t c = 0;
    if (!ParseInt(f[1], c) || c < 0 || c > 1000000000) {
      if (number == 1 && f[1] == "capacity") continue;  // header
      return LineError(capacity_name, number,
                       "capacity \"" + std::string(f[1]) + "\" is not an integer >= 0");
    }
    if (f[0].empty()) return LineError(capacity_name, number, "mentor must not be empty");
    int32_t b = Intern(f[0], mentor_index, out.mentor_names);
    if (!cap_seen.insert(b).second) {
      return LineError(capacity_name, number, "mentor " + std::string(f[0]) + " listed twice");
    }
    caps.push_back({b, c});
  }
  out.problem.mentees = static_cast<int32_t>(out.mentee_names.size());
  out.problem.mentors = static_cast<int32_t>(out.mentor_names.size());
  out.problem.capacity.assign(out.problem.mentors, 0);
  for (auto [b, c] : caps) out.problem.capacity[b] = static_cast<int32_t>(c);
  return out;
}

std::string FormatAssignment(const NamedProblem& named, const Assignment& a) {
  std::string s;
  for (size_t i = 0; i < a.mentor_of.size(); ++i) {
    if (a.mentor_of[i] == Assignment::kUnmatched) continue;
    s += named.mentee_names[i];
    s += ',';
    s += named.mentor_names[a.mentor_of[i]];
    s += '\n';
  }
  s += "# matched=" + std::to_string(a.matched) + " score=" + FormatNumber(a.score) + "\n";
  return s;
}

}  // namespace pln::matching
