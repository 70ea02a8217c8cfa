#include "app/backup.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "app/progress.h"
#include "base/clock.h"

namespace pln::app {
namespace {

DumpValue Int(int64_t i) {
  return {DumpValue::Type::kInt, i, ""};
}
DumpValue Text(std::string s) {
  return {DumpValue::Type::kText, 0, std::move(s)};
}
DumpValue Null() {
  return {};
}

bool SameValue(const DumpValue& a, const DumpValue& b) {
  return a.type == b.type && a.i == b.i && a.s == b.s;
}
bool SameRows(const std::vector<DumpRow>& a, const std::vector<DumpRow>& b) {
  if (a.size() != b.size()) return false;
  for (size_t r = 0; r < a.size(); ++r) {
    if (a[r].table != b[r].table || a[r].columns.size() != b[r].columns.size()) return false;
    for (size_t c = 0; c < a[r].columns.size(); ++c) {
      if (a[r].columns[c].first != b[r].columns[c].first ||
          !SameValue(a[r].columns[c].second, b[r].columns[c].second)) {
        return false;
      }
    }
  }
  return true;
}

// A store that is only a list of rows: enough to pin the file format. The real
// stores' Export/Import are covered by the store conformance suite.
class RowStore final : public Store {
 public:
  explicit RowStore(std::vector<DumpRow> rows = {}, std::string kind = "sqlite")
      : rows_(std::move(rows)), kind_(std::move(kind)) {}

  Status Read(const std::function<Status(Tx&)>&) override { return InternalError("not in fake"); }
  Status Write(const std::function<Status(Tx&)>&) override { return InternalError("not in fake"); }
  Status Export(const std::function<Status(const DumpRow&)>& sink) override {
    for (const DumpRow& row : rows_) RETURN_IF_ERROR(sink(row));
    return Status::Ok();
  }
  Status Import(const std::function<Result<std::optional<DumpRow>>()>& source) override {
    for (const DumpRow& row : rows_) {
      if (row.table == "members") return ConflictError("not_empty", "The database is not empty.");
    }
    std::vector<DumpRow> incoming;  // all or nothing, like the one transaction of a real store
    while (true) {
      ASSIGN_OR_RETURN(std::optional<DumpRow> row, source());
      if (!row) break;
      incoming.push_back(std::move(*row));
    }
    rows_.insert(rows_.end(), incoming.begin(), incoming.end());
    return Status::Ok();
  }
  Result<int64_t> CountRows() override { return static_cast<int64_t>(rows_.size()); }
  std::string Kind() const override { return kind_; }

  const std::vector<DumpRow>& rows() const { return rows_; }

 private:
  std::vector<DumpRow> rows_;
  std::string kind_;
};

std::vector<DumpRow> SampleRows() {
  return {
      {"members",
       {{"id", Int(1)},
        {"email", Text("ana@example.org")},
        {"bio", Text("Line one\nLine \"two\" \\ tab\there")},
        {"location", Null()},
        {"created_at", Int(1764340000123)}}},
      {"members",
       {{"id", Int(2)},
        {"email", Text("jose@example.org")},
        {"bio", Text("José Ñúñez · 数据 🌍")},
        {"location", Text("São Paulo")},
        {"created_at", Int(-5)}}},
      {"connections", {{"a", Int(1)}, {"b", Int(2)}, {"since", Int(9223372036854775807LL)}}},
  };
}

std::string ExportOf(Store& store) {
  std::ostringstream out;
  Status s = ExportJsonLines(store, out, nullptr);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message());
  return out.str();
}

Status ImportText(Store& store, const std::string& text) {
  std::istringstream in(text);
  return ImportJsonLines(store, in, nullptr);
}

TEST(ExportJsonLines, WritesHeaderThenOneLinePerRowInSchemaOrder) {
  RowStore store(SampleRows());
  EXPECT_EQ(ExportOf(store),
            "{\"format\":\"pln-export\",\"version\":1,\"database\":\"sqlite\"}\n"
            "{\"table\":\"members\",\"row\":{\"id\":1,\"email\":\"ana@example.org\","
            "\"bio\":\"Line one\\nLine \\\"two\\\" \\\\ tab\\there\",\"location\":null,"
            "\"created_at\":1764340000123}}\n"
            "{\"table\":\"members\",\"row\":{\"id\":2,\"email\":\"jose@example.org\","
            "\"bio\":\"José Ñúñez · 数据 🌍\",\"location\":\"São Paulo\",\"created_at\":-5}}\n"
            "{\"table\":\"connections\",\"row\":{\"a\":1,\"b\":2,"
            "\"since\":9223372036854775807}}\n");
}

TEST(ExportJsonLines, NamesTheDatabaseKind) {
  RowStore store({}, "postgresql");
  EXPECT_EQ(ExportOf(store),
            "{\"format\":\"pln-export\",\"version\":1,\"database\":\"postgresql\"}\n");
}

TEST(ExportJsonLines, RefusesInvalidUtf8InsteadOfAlteringIt) {
  RowStore store({{"members", {{"id", Int(1)}, {"bio", Text("bad \xC3\x28 byte")}}}});
  std::ostringstream out;
  Status s = ExportJsonLines(store, out, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind(), ErrorKind::kInternal);
  EXPECT_NE(s.error().message().find("members"), std::string::npos);
}

TEST(ExportJsonLines, ReportsAFailingStream) {
  RowStore store(SampleRows());
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status s = ExportJsonLines(store, out, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind(), ErrorKind::kInternal);
}

TEST(ImportJsonLines, RoundTripIsByteIdentical) {
  RowStore source(SampleRows());
  const std::string first = ExportOf(source);
  RowStore target;
  Status s = ImportText(target, first);
  ASSERT_TRUE(s.ok()) << s.error().message();
  EXPECT_TRUE(SameRows(target.rows(), SampleRows()));
  EXPECT_EQ(ExportOf(target), first);
}

TEST(ImportJsonLines, AcceptsCrlfBlankLinesAndAByteOrderMark) {
  RowStore target;
  Status s =
      ImportText(target,
                 "\xEF\xBB\xBF{\"format\":\"pln-export\",\"version\":1,\"database\":\"x\"}\r\n"
                 "{\"table\":\"members\",\"row\":{\"id\":1}}\r\n"
                 "\n"
                 "{\"table\":\"members\",\"row\":{\"id\":2}}");
  ASSERT_TRUE(s.ok()) << s.error().message();
  ASSERT_EQ(target.rows().size(), 2u);
  EXPECT_EQ(target.rows()[1].columns[0].second.i, 2);
}

TEST(ImportJsonLines, KeepsColumnOrderAndTypes) {
  RowStore target;
  Status s = ImportText(target,
                        "{\"format\":\"pln-export\",\"version\":1}\n"
                        "{\"row\":{\"z\":\"1\",\"a\":1,\"m\":null,\"n\":-3},\"table\":\"t\"}\n");
  ASSERT_TRUE(s.ok()) << s.error().message();
  const DumpRow& row = target.rows().at(0);
  ASSERT_EQ(row.columns.size(), 4u);
  EXPECT_EQ(row.columns[0].first, "z");
  EXPECT_TRUE(SameValue(row.columns[0].second, Text("1")));
  EXPECT_TRUE(SameValue(row.columns[1].second, Int(1)));
  EXPECT_TRUE(SameValue(row.columns[2].second, Null()));
  EXPECT_TRUE(SameValue(row.columns[3].second, Int(-3)));
}

struct BadInput {
  std::string name;
  std::string text;
  std::string code;
  std::string message_part;
};

class ImportRejects : public ::testing::TestWithParam<BadInput> {};

TEST_P(ImportRejects, WithAClearErrorAndImportsNothing) {
  const BadInput& bad = GetParam();
  RowStore target;
  Status s = ImportText(target, bad.text);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind(), ErrorKind::kMalformed);
  EXPECT_EQ(s.error().code(), bad.code);
  EXPECT_NE(s.error().message().find(bad.message_part), std::string::npos) << s.error().message();
  EXPECT_TRUE(target.rows().empty());
}

const std::string kHeader = "{\"format\":\"pln-export\",\"version\":1,\"database\":\"sqlite\"}\n";
const std::string kRow = "{\"table\":\"members\",\"row\":{\"id\":1}}\n";

INSTANTIATE_TEST_SUITE_P(
    BadFiles, ImportRejects,
    ::testing::Values(
        BadInput{"Empty", "", "not_a_pln_export", "empty"},
        BadInput{"NotJson", "id,email\n1,a@b.c\n", "not_a_pln_export", "not a pln export"},
        BadInput{"OtherFormat", "{\"format\":\"other\",\"version\":1}\n", "not_a_pln_export",
                 "line 1"},
        BadInput{"NoVersion", "{\"format\":\"pln-export\"}\n", "not_a_pln_export", "version"},
        BadInput{"NewerVersion", "{\"format\":\"pln-export\",\"version\":2}\n" + kRow,
                 "export_too_new", "newer pln"},
        BadInput{"BrokenJson", kHeader + kRow + "{\"table\":\n", "bad_export_line",
                 "line 3: not valid JSON"},
        BadInput{"NotAnObject", kHeader + kRow + kRow + "[1,2]\n", "bad_export_line",
                 "line 4: expected an object with \"table\" and \"row\""},
        BadInput{"MissingRow", kHeader + "{\"table\":\"members\"}\n", "bad_export_line",
                 "line 2: expected an object with \"table\" and \"row\""},
        BadInput{"ExtraKey", kHeader + "{\"table\":\"t\",\"row\":{},\"x\":1}\n", "bad_export_line",
                 "line 2: expected"},
        BadInput{"EmptyTable", kHeader + "{\"table\":\"\",\"row\":{}}\n", "bad_export_line",
                 "line 2"},
        BadInput{"FloatValue", kHeader + "{\"table\":\"t\",\"row\":{\"x\":1.5}}\n",
                 "bad_export_line", "line 2: column \"x\" of table \"t\" must be an integer"},
        BadInput{"NestedValue", kHeader + "{\"table\":\"t\",\"row\":{\"x\":[1]}}\n",
                 "bad_export_line", "must be an integer, a string or null"},
        BadInput{"TooLarge", kHeader + "{\"table\":\"t\",\"row\":{\"x\":9223372036854775808}}\n",
                 "bad_export_line", "too large"},
        BadInput{"LineNumbersCountBlankLines", kHeader + "\n" + kRow + "nope\n", "bad_export_line",
                 "line 4:"},
        // Rows the API would refuse: the domain rules of app/import_rules.h.
        BadInput{
            "UnknownCareerStage",
            kHeader + kRow + "{\"table\":\"members\",\"row\":{\"id\":2,\"stage\":\"wizard\"}}\n",
            "invalid_export_row", "line 3: members.stage \"wizard\" is not a career stage"},
        BadInput{"UnknownRole", kHeader + "{\"table\":\"members\",\"row\":{\"role\":\"root\"}}\n",
                 "invalid_export_row", "line 2: members.role \"root\" is not a role"},
        BadInput{
            "SkillLevel",
            kHeader + "{\"table\":\"member_skills\",\"row\":{\"name\":\"SQL\",\"level\":99}}\n",
            "invalid_export_row", "member_skills.level 99 must be a skill level from 1 to 5"},
        BadInput{"InvisibleName",
                 kHeader + "{\"table\":\"members\",\"row\":{\"name\":\"\\u200b\"}}\n",
                 "invalid_export_row", "members.name must contain visible characters"},
        BadInput{"UpperCaseEmail",
                 kHeader + "{\"table\":\"members\",\"row\":{\"email\":\"Ana@x.org\"}}\n",
                 "invalid_export_row", "members.email"},
        BadInput{"StatusAsNumber", kHeader + "{\"table\":\"programs\",\"row\":{\"status\":3}}\n",
                 "invalid_export_row", "programs.status 3 is not a program status"}),
    [](const ::testing::TestParamInfo<BadInput>& info) { return info.param.name; });

TEST(ImportJsonLines, PassesOnTheStoresRefusalOfANonEmptyDatabase) {
  RowStore target(SampleRows());
  Status s = ImportText(target, kHeader + kRow);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), "not_empty");
}

struct Report {
  std::string phase;
  int64_t done, total;
};

TEST(ImportJsonLines, ReportsProgressPerTableAgainstTheRowCount) {
  std::vector<DumpRow> rows;
  for (int i = 0; i < 150; ++i) rows.push_back({"members", {{"id", Int(i + 1)}}});
  for (int i = 0; i < 20; ++i) rows.push_back({"connections", {{"a", Int(i + 1)}}});
  RowStore source(rows);
  const std::string text = ExportOf(source);

  std::vector<Report> exported;
  std::ostringstream out;
  ASSERT_TRUE(ExportJsonLines(source, out, [&](std::string_view p, int64_t d, int64_t t) {
                exported.push_back({std::string(p), d, t});
              }).ok());
  ASSERT_FALSE(exported.empty());
  EXPECT_EQ(exported.front().phase, "members");
  EXPECT_EQ(exported.back().phase, "connections");
  EXPECT_EQ(exported.back().done, 170);
  EXPECT_EQ(exported.back().total, 170);

  std::vector<Report> imported;
  RowStore target;
  std::istringstream in(text);
  ASSERT_TRUE(ImportJsonLines(target, in, [&](std::string_view p, int64_t d, int64_t t) {
                imported.push_back({std::string(p), d, t});
              }).ok());
  ASSERT_FALSE(imported.empty());
  EXPECT_EQ(imported.back().done, 170);
  EXPECT_EQ(imported.back().total, 170);  // a string stream is seekable
  for (size_t i = 1; i < imported.size(); ++i) EXPECT_GE(imported[i].done, imported[i - 1].done);
  EXPECT_EQ(target.rows().size(), 170u);
}

// --- ProgressBar ---------------------------------------------------------------

TEST(FormatCount, GroupsThousands) {
  EXPECT_EQ(FormatCount(0), "0");
  EXPECT_EQ(FormatCount(999), "999");
  EXPECT_EQ(FormatCount(1234), "1,234");
  EXPECT_EQ(FormatCount(1234567), "1,234,567");
  EXPECT_EQ(FormatCount(-1000), "-1,000");
}

TEST(ProgressBar, LogStylePrintsALineAtEachTenPercentStep) {
  std::ostringstream out;
  ManualClock clock(0);
  {
    ProgressBar bar(out, /*interactive=*/false, clock);
    for (int i = 0; i <= 2345; ++i) bar("members", i, 2345);
  }
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 11u);  // 0%, 10%, ..., 100%
  EXPECT_EQ(lines[0], "[....................] 0% members 0/2,345");
  EXPECT_EQ(lines[5].substr(0, 27), "[##########..........] 50% ");
  EXPECT_EQ(lines[10], "[####################] 100% members 2,345/2,345");
  EXPECT_EQ(out.str().find('\r'), std::string::npos);
}

TEST(ProgressBar, LogStyleEndsWithTheFinalCountWhenItFallsBetweenSteps) {
  std::ostringstream out;
  ManualClock clock(0);
  ProgressBar bar(out, false, clock);
  bar("rows", 0, 1000);
  bar("rows", 55, 1000);
  bar.Finish();
  EXPECT_EQ(out.str(),
            "[....................] 0% rows 0/1,000\n"
            "[#...................] 5% rows 55/1,000\n");
}

TEST(ProgressBar, TerminalStyleRedrawsInPlaceAtMostTenTimesASecond) {
  std::ostringstream out;
  ManualClock clock(1'000'000);
  ProgressBar bar(out, /*interactive=*/true, clock);
  bar("members", 0, 100);   // first report: drawn
  bar("members", 10, 100);  // same instant: skipped
  bar("members", 20, 100);  // skipped
  clock.Advance(100);
  bar("members", 52, 100);  // drawn
  bar("members", 60, 100);  // skipped...
  bar.Finish();             // ...but drawn by Finish, then a newline
  EXPECT_EQ(out.str(),
            "\r[....................] 0% members 0/100"
            "\r[##########..........] 52% members 52/100"
            "\r[############........] 60% members 60/100\n");
}

TEST(ProgressBar, TerminalStyleStartsANewLineForANewTask) {
  std::ostringstream out;
  ManualClock clock(0);
  ProgressBar bar(out, true, clock);
  bar("members", 50, 50);
  bar("connections", 10, 400);
  bar.Finish();
  bar.Finish();  // idempotent
  EXPECT_EQ(out.str(),
            "\r[####################] 100% members 50/50\n"
            "\r[....................] 2% connections 10/400\n");
}

TEST(ProgressBar, UnknownTotalShowsTheCount) {
  std::ostringstream out;
  ManualClock clock(0);
  ProgressBar bar(out, true, clock);
  bar("members", 1234, 0);
  bar.Finish();
  EXPECT_EQ(out.str(), "\rmembers 1,234\n");
}

TEST(ProgressBar, WorksAsAProgressFn) {
  std::ostringstream out;
  ManualClock clock(0);
  ProgressBar bar(out, false, clock);
  ProgressFn fn = bar.AsFn();
  fn("rows", 1, 1);
  ProgressFn by_ref = std::ref(bar);
  by_ref("rows", 1, 1);
  bar.Finish();
  EXPECT_EQ(out.str(), "[####################] 100% rows 1/1\n");
}

}  // namespace
}  // namespace pln::app
