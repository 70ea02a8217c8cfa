// IP addresses and networks for deciding which peers are trusted proxies and
// which address in an X-Forwarded-For chain is the real client. Pure (no I/O,
// no name resolution); thread-safe (no shared state).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pln {

// IPv4 addresses are held as IPv4-mapped IPv6 (::ffff:a.b.c.d), so a dual-stack
// socket's "::ffff:127.0.0.1" and a header's "127.0.0.1" are the same address.
struct IpAddress {
  std::array<uint8_t, 16> bytes{};
  bool IsV4() const;
  bool IsLoopback() const;  // 127.0.0.0/8 or ::1
  bool operator==(const IpAddress&) const = default;
};

struct IpNetwork {
  IpAddress base;
  int prefix_bits = 128;  // over the 128-bit form: an IPv4 /8 is stored as /104
  bool Contains(const IpAddress& address) const;
};

// "10.0.0.1", "::1", "::ffff:10.0.0.1"; nullopt for anything else.
std::optional<IpAddress> ParseIpAddress(std::string_view text);
// The canonical text: dotted quad for IPv4 (also when it arrived mapped), RFC 5952 for IPv6.
std::string ToString(const IpAddress& address);
// "10.0.0.0/8", "fd00::/8", or a bare address (a network of one). nullopt if
// the address or the prefix length (0..32 for IPv4, 0..128 for IPv6) is invalid.
std::optional<IpNetwork> ParseIpNetwork(std::string_view text);

bool IsTrusted(const IpAddress& address, const std::vector<IpNetwork>& trusted);

// The client of a request that arrived from `peer` carrying the X-Forwarded-For
// value `forwarded_for` (comma-separated hops, the nearest last; several headers
// joined with commas). Only a trusted peer's header is believed: walking it from
// the right, trusted proxies are skipped and the first other address is the
// client. An entry that is not an address ends the walk at the last trusted hop
// (its right neighbour), so garbage cannot choose the answer. Returns the
// canonical text of the address; `peer` as given if it cannot be parsed.
std::string ResolveClientAddress(std::string_view peer, std::string_view forwarded_for,
                                 const std::vector<IpNetwork>& trusted);

}  // namespace pln
