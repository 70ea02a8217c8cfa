#include "cli/config.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace pln::cli {
namespace {

// Each test starts from a clean PLN_* environment and removes what it set.
class ConfigTest : public ::testing::Test {
 protected:
  void TearDown() override {
    for (const std::string& name : set_) unsetenv(name.c_str());
    if (!file_.empty()) std::filesystem::remove(file_);
  }
  void SetEnv(const std::string& name, const std::string& value) {
    setenv(name.c_str(), value.c_str(), 1);
    set_.push_back(name);
  }
  std::string WriteToml(const std::string& text) {
    file_ = std::filesystem::temp_directory_path() /
            ("pln_config_test_" + std::to_string(getpid()) + ".toml");
    std::ofstream(file_) << text;
    return file_.string();
  }
  // "field: message" of every detail, for readable expectations.
  static std::string Details(const Status& s) {
    std::string out;
    for (const FieldError& d : s.error().details()) out += d.field + ": " + d.message + "\n";
    return out;
  }

  std::vector<std::string> set_;
  std::filesystem::path file_;
};

TEST_F(ConfigTest, DefaultsApplyWithoutFileEnvironmentOrFlags) {
  Config c;
  ASSERT_TRUE(ResolveConfig({}, c).ok());
  EXPECT_EQ(c.threads, 0);
  EXPECT_EQ(c.pool_size, 8);
  EXPECT_EQ(c.max_connections, 0);
  EXPECT_EQ(c.mentorship_request_ttl_seconds, 14 * 24 * 3600);
  EXPECT_TRUE(c.trusted_proxies.empty());
  EXPECT_TRUE(c.metrics_token.empty());
}

TEST_F(ConfigTest, FileBeatsDefaultsEnvironmentBeatsFileFlagsBeatEnvironment) {
  ConfigFlags flags;
  flags.config_file = WriteToml(
      "threads = 3\npool_size = 5\nmax_connections = 100\nlisten = \"127.0.0.1:1\"\n"
      "trusted_proxies = [\"10.0.0.1\", \"10.1.0.0/16\"]\n");
  Config c;
  ASSERT_TRUE(ResolveConfig(flags, c).ok());
  EXPECT_EQ(c.threads, 3);
  EXPECT_EQ(c.pool_size, 5);
  EXPECT_EQ(c.max_connections, 100);
  EXPECT_EQ(c.trusted_proxies, (std::vector<std::string>{"10.0.0.1", "10.1.0.0/16"}));

  SetEnv("PLN_THREADS", "4");
  SetEnv("PLN_MAX_CONNECTIONS", "200");
  SetEnv("PLN_TRUSTED_PROXIES", "192.168.0.0/24, ::1");
  c = Config{};
  ASSERT_TRUE(ResolveConfig(flags, c).ok());
  EXPECT_EQ(c.threads, 4);
  EXPECT_EQ(c.pool_size, 5);  // the file still counts where the environment is silent
  EXPECT_EQ(c.max_connections, 200);
  EXPECT_EQ(c.trusted_proxies, (std::vector<std::string>{"192.168.0.0/24", "::1"}));

  flags.threads = "6";
  flags.trusted_proxies = "127.0.0.1";
  flags.listen = "127.0.0.1:2";
  c = Config{};
  ASSERT_TRUE(ResolveConfig(flags, c).ok());
  EXPECT_EQ(c.threads, 6);
  EXPECT_EQ(c.max_connections, 200);
  EXPECT_EQ(c.trusted_proxies, (std::vector<std::string>{"127.0.0.1"}));
  EXPECT_EQ(c.listen, "127.0.0.1:2");
}

TEST_F(ConfigTest, FlagZeroIsAValueNotAbsence) {
  SetEnv("PLN_THREADS", "4");
  ConfigFlags flags;
  flags.threads = "0";
  Config c;
  ASSERT_TRUE(ResolveConfig(flags, c).ok());
  EXPECT_EQ(c.threads, 0);
}

TEST_F(ConfigTest, IntegersThatWouldWrapAreRangeErrorsInTheFile) {
  ConfigFlags flags;
  flags.config_file = WriteToml("threads = 4294967297\n");
  Config c;
  const Status s = ResolveConfig(flags, c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind(), ErrorKind::kValidation);
  EXPECT_EQ(Details(s), "threads: 4294967297 is out of range; allowed 0..256\n");
  EXPECT_NE(s.error().message().find(flags.config_file), std::string::npos);
}

TEST_F(ConfigTest, IntegersThatWouldWrapAreRangeErrorsInTheEnvironment) {
  SetEnv("PLN_MENTORSHIP_REQUEST_TTL_SECONDS", "4294967306");
  Config c;
  const Status s = ResolveConfig({}, c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(
      Details(s),
      "PLN_MENTORSHIP_REQUEST_TTL_SECONDS: 4294967306 is out of range; allowed 1..31536000\n");
}

TEST_F(ConfigTest, IntegersThatWouldWrapAreRangeErrorsInFlags) {
  ConfigFlags flags;
  flags.threads = "4294967297";
  Config c;
  Status s = ResolveConfig(flags, c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(Details(s), "--threads: 4294967297 is out of range; allowed 0..256\n");

  flags.threads = "99999999999999999999999";  // past 64 bits too
  s = ResolveConfig(flags, c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(Details(s), "--threads: 99999999999999999999999 is out of range; allowed 0..256\n");
}

TEST_F(ConfigTest, RejectsNonIntegersAndValuesBelowTheRange) {
  SetEnv("PLN_POOL_SIZE", "0");
  SetEnv("PLN_THREADS", "4x");
  Config c;
  const Status s = ResolveConfig({}, c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(Details(s),
            "PLN_THREADS: must be an integer (got \"4x\")\n"
            "PLN_POOL_SIZE: 0 is out of range; allowed 1..256\n");

  ConfigFlags flags;
  flags.config_file = WriteToml("max_connections = \"many\"\n");
  const Status file = LoadConfigFile(flags.config_file, c);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(Details(file), "max_connections: must be an integer\n");
}

TEST_F(ConfigTest, RejectsBadTrustedProxiesAndShortMetricsTokens) {
  ConfigFlags flags;
  flags.trusted_proxies = "10.0.0.0/8, 10.0.0.0/33";
  Config c;
  Status s = ResolveConfig(flags, c);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(Details(s).find("trusted_proxies: \"10.0.0.0/33\" is not an IP address or CIDR"),
            std::string::npos)
      << Details(s);

  flags = {};
  flags.config_file = WriteToml("trusted_proxies = \"10.0.0.1\"\n");
  c = Config{};
  s = ResolveConfig(flags, c);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(Details(s).find("trusted_proxies: must be a list of strings"), std::string::npos);

  flags = {};
  flags.metrics_token = "short";
  c = Config{};
  s = ResolveConfig(flags, c);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(Details(s).find("metrics_token: must be at least 16 characters"), std::string::npos);
}

}  // namespace
}  // namespace pln::cli
