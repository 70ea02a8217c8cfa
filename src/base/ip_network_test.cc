#include "base/ip_network.h"

#include <gtest/gtest.h>

namespace pln {
namespace {

std::vector<IpNetwork> Networks(std::initializer_list<const char*> texts) {
  std::vector<IpNetwork> out;
  for (const char* t : texts) out.push_back(ParseIpNetwork(t).value());
  return out;
}

TEST(IpNetworkTest, ParsesAddressesAndCanonicalizesMappedIpv4) {
  EXPECT_EQ(ToString(ParseIpAddress("10.0.0.1").value()), "10.0.0.1");
  EXPECT_EQ(ToString(ParseIpAddress("::ffff:10.0.0.1").value()), "10.0.0.1");
  EXPECT_EQ(ToString(ParseIpAddress("2001:DB8:0:0::1").value()), "2001:db8::1");
  EXPECT_FALSE(ParseIpAddress("").has_value());
  EXPECT_FALSE(ParseIpAddress("10.0.0").has_value());
  EXPECT_FALSE(ParseIpAddress("10.0.0.256").has_value());
  EXPECT_FALSE(ParseIpAddress("localhost").has_value());
}

TEST(IpNetworkTest, KnowsLoopbackAddresses) {
  EXPECT_TRUE(ParseIpAddress("127.0.0.1")->IsLoopback());
  EXPECT_TRUE(ParseIpAddress("127.4.5.6")->IsLoopback());
  EXPECT_TRUE(ParseIpAddress("::ffff:127.0.0.1")->IsLoopback());
  EXPECT_TRUE(ParseIpAddress("::1")->IsLoopback());
  EXPECT_FALSE(ParseIpAddress("10.0.0.1")->IsLoopback());
  EXPECT_FALSE(ParseIpAddress("::2")->IsLoopback());
}

TEST(IpNetworkTest, ParsesNetworksAndRejectsBadPrefixes) {
  const IpNetwork ten = ParseIpNetwork("10.0.0.0/8").value();
  EXPECT_TRUE(ten.Contains(ParseIpAddress("10.200.3.4").value()));
  EXPECT_TRUE(ten.Contains(ParseIpAddress("::ffff:10.1.1.1").value()));
  EXPECT_FALSE(ten.Contains(ParseIpAddress("11.0.0.1").value()));
  const IpNetwork one = ParseIpNetwork("192.168.1.7").value();
  EXPECT_TRUE(one.Contains(ParseIpAddress("192.168.1.7").value()));
  EXPECT_FALSE(one.Contains(ParseIpAddress("192.168.1.8").value()));
  const IpNetwork v6 = ParseIpNetwork("fd00::/8").value();
  EXPECT_TRUE(v6.Contains(ParseIpAddress("fd12::1").value()));
  EXPECT_FALSE(v6.Contains(ParseIpAddress("fe80::1").value()));
  EXPECT_TRUE(ParseIpNetwork("0.0.0.0/0").value().Contains(ParseIpAddress("8.8.8.8").value()));
  EXPECT_TRUE(ParseIpNetwork("10.1.2.3/20").has_value());  // host bits are ignored
  for (const char* bad : {"10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "::/129", "10.0.0.0/-1",
                          "10.0.0.0/8/8", "nonsense", ""}) {
    EXPECT_FALSE(ParseIpNetwork(bad).has_value()) << bad;
  }
}

TEST(IpNetworkTest, IgnoresForwardedForFromUntrustedPeers) {
  EXPECT_EQ(ResolveClientAddress("203.0.113.9", "10.0.0.1", {}), "203.0.113.9");
  EXPECT_EQ(ResolveClientAddress("203.0.113.9", "10.0.0.1", Networks({"127.0.0.1"})),
            "203.0.113.9");
}

TEST(IpNetworkTest, TakesTheRightMostUntrustedHopFromTrustedPeers) {
  const auto trusted = Networks({"127.0.0.1", "10.0.0.0/8"});
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", "198.51.100.7", trusted), "198.51.100.7");
  // The client may send its own X-Forwarded-For; only the hop our proxies added counts.
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", "1.1.1.1, 198.51.100.7, 10.0.0.5", trusted),
            "198.51.100.7");
  EXPECT_EQ(ResolveClientAddress("::ffff:127.0.0.1", " 198.51.100.7:4711 ", trusted),
            "198.51.100.7");
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", "[2001:db8::7]:80", trusted), "2001:db8::7");
  // Only trusted hops: the left-most of them is the best we know.
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", "10.0.0.9, 10.0.0.5", trusted), "10.0.0.9");
  // No header, or an empty one: the peer itself.
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", "", trusted), "127.0.0.1");
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", " , ", trusted), "127.0.0.1");
}

TEST(IpNetworkTest, GarbageInTheChainStopsAtTheLastTrustedHop) {
  const auto trusted = Networks({"127.0.0.1", "10.0.0.0/8"});
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", "198.51.100.7, bogus, 10.0.0.5", trusted),
            "10.0.0.5");
  EXPECT_EQ(ResolveClientAddress("127.0.0.1", "unknown", trusted), "127.0.0.1");
}

}  // namespace
}  // namespace pln
