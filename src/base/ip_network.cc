#include "base/ip_network.h"

#include <arpa/inet.h>

#include <charconv>
#include <cstring>

namespace pln {

namespace {

constexpr std::array<uint8_t, 12> kV4MappedPrefix = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// An X-Forwarded-For entry may carry a port: "1.2.3.4:80" or "[::1]:80".
std::optional<IpAddress> ParseHop(std::string_view hop) {
  hop = Trim(hop);
  if (!hop.empty() && hop.front() == '[') {
    const size_t close = hop.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    return ParseIpAddress(hop.substr(1, close - 1));
  }
  if (const size_t colon = hop.find(':');
      colon != std::string_view::npos && hop.find(':', colon + 1) == std::string_view::npos) {
    hop = hop.substr(0, colon);  // exactly one colon: IPv4 with a port
  }
  return ParseIpAddress(hop);
}

}  // namespace

bool IpAddress::IsV4() const {
  return std::memcmp(bytes.data(), kV4MappedPrefix.data(), kV4MappedPrefix.size()) == 0;
}

bool IpAddress::IsLoopback() const {
  if (IsV4()) return bytes[12] == 127;
  static constexpr std::array<uint8_t, 16> kV6Loopback = {0, 0, 0, 0, 0, 0, 0, 0,
                                                          0, 0, 0, 0, 0, 0, 0, 1};
  return bytes == kV6Loopback;
}

bool IpNetwork::Contains(const IpAddress& address) const {
  int bits = prefix_bits;
  for (size_t i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const uint8_t mask = bits >= 8 ? 0xff : static_cast<uint8_t>(0xff << (8 - bits));
    if ((address.bytes[i] & mask) != (base.bytes[i] & mask)) return false;
  }
  return true;
}

std::optional<IpAddress> ParseIpAddress(std::string_view text) {
  if (text.empty() || text.size() > INET6_ADDRSTRLEN) return std::nullopt;
  const std::string s(text);  // inet_pton needs a terminated string
  IpAddress a;
  if (s.find(':') == std::string::npos) {
    std::memcpy(a.bytes.data(), kV4MappedPrefix.data(), kV4MappedPrefix.size());
    if (inet_pton(AF_INET, s.c_str(), a.bytes.data() + 12) != 1) return std::nullopt;
    return a;
  }
  if (inet_pton(AF_INET6, s.c_str(), a.bytes.data()) != 1) return std::nullopt;
  return a;
}

std::string ToString(const IpAddress& address) {
  char out[INET6_ADDRSTRLEN] = {};
  if (address.IsV4()) {
    inet_ntop(AF_INET, address.bytes.data() + 12, out, sizeof out);
  } else {
    inet_ntop(AF_INET6, address.bytes.data(), out, sizeof out);
  }
  return out;
}

std::optional<IpNetwork> ParseIpNetwork(std::string_view text) {
  text = Trim(text);
  const size_t slash = text.find('/');
  const std::optional<IpAddress> base = ParseIpAddress(text.substr(0, slash));
  if (!base) return std::nullopt;
  const bool v4 = text.substr(0, slash).find(':') == std::string_view::npos;
  const int max_bits = v4 ? 32 : 128;
  int bits = max_bits;
  if (slash != std::string_view::npos) {
    const std::string_view digits = text.substr(slash + 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), bits);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || bits < 0 ||
        bits > max_bits) {
      return std::nullopt;
    }
  }
  return IpNetwork{*base, v4 ? bits + 96 : bits};
}

bool IsTrusted(const IpAddress& address, const std::vector<IpNetwork>& trusted) {
  for (const IpNetwork& n : trusted) {
    if (n.Contains(address)) return true;
  }
  return false;
}

std::string ResolveClientAddress(std::string_view peer, std::string_view forwarded_for,
                                 const std::vector<IpNetwork>& trusted) {
  const std::optional<IpAddress> peer_address = ParseIpAddress(peer);
  if (!peer_address) return std::string(peer);
  IpAddress client = *peer_address;
  if (!IsTrusted(client, trusted)) return ToString(client);
  // Walk the hops right to left; `client` is always the last address we believe.
  std::string_view rest = forwarded_for;
  while (!Trim(rest).empty()) {
    const size_t comma = rest.rfind(',');
    const std::string_view hop = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (Trim(hop).empty()) continue;  // "a, , b": an empty list element (RFC 9110 allows it)
    const std::optional<IpAddress> address = ParseHop(hop);
    if (!address) break;
    client = *address;
    if (!IsTrusted(client, trusted)) break;
  }
  return ToString(client);
}

}  // namespace pln
