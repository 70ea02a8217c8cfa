// Cryptographic primitives (libsodium). Thread-safe after InitCrypto().
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace pln {

// Must be called once before any other function here; fails if libsodium cannot start.
Status InitCrypto();

// Argon2id hash in libsodium's self-describing string format (salt and limits included).
// `strength` "interactive" (default, ~64 MiB) or "min" (tests only: fast and weak).
Result<std::string> HashPassword(std::string_view password,
                                 std::string_view strength = "interactive");
bool VerifyPassword(std::string_view hash, std::string_view password);

// `bytes` random bytes, encoded base64url without padding.
std::string RandomToken(size_t bytes = 32);

// SHA-256 hex digest. Used to store session and API tokens: a database leak
// does not reveal usable tokens.
std::string Sha256Hex(std::string_view data);

// Compares in time independent of where the inputs differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace pln
