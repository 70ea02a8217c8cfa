#include "base/text.h"

#include <gtest/gtest.h>

#include "base/crypto.h"

namespace pln {
namespace {

TEST(TextTest, AcceptsValidUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_TRUE(IsValidUtf8("Jos\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));  // é € 😀
}

TEST(TextTest, RejectsInvalidUtf8) {
  EXPECT_FALSE(IsValidUtf8("\xc3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(IsValidUtf8("ok\xff"));
  EXPECT_FALSE(IsValidUtf8("\xe2\x82"));
}

TEST(TextTest, FindsBidiControls) {
  EXPECT_FALSE(HasBidiControls("Ana \xc3\xa9 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d"));  // é, Hebrew
  EXPECT_TRUE(HasBidiControls("Ana\u202Egnp.exe"));  // right-to-left override
  EXPECT_TRUE(HasBidiControls("\u202Ax"));           // first of U+202A–U+202E
  EXPECT_TRUE(HasBidiControls("x\u2066y"));          // first isolate
  EXPECT_TRUE(HasBidiControls("x\u2069"));           // pop directional isolate
  EXPECT_FALSE(HasBidiControls("x\u2065"));          // just below the isolates
  EXPECT_FALSE(HasBidiControls("x\u200F"));          // RLM is a mark, not an override
}

TEST(TextTest, FindsTextThatShowsNothing) {
  EXPECT_TRUE(IsOnlyInvisible("\u200B"));
  EXPECT_TRUE(IsOnlyInvisible("\u200B\u200C\u200D \u2060\uFEFF\u00AD"));
  EXPECT_TRUE(IsOnlyInvisible("\u3164\u115F\u2800\u3000\u00A0"));
  EXPECT_TRUE(IsOnlyInvisible("\U000E0041"));  // a tag character
  EXPECT_FALSE(IsOnlyInvisible(""));           // empty is "required", not "invisible"
  EXPECT_FALSE(IsOnlyInvisible("\u200BAna"));
  EXPECT_FALSE(IsOnlyInvisible("\xf0\x9f\x98\x80"));  // an emoji shows
  EXPECT_FALSE(IsOnlyInvisible("\u00E9"));
}

TEST(TextTest, NormalizesSpaceAndCase) {
  EXPECT_EQ(NormalizeSpace("  Data \t  Science \n"), "Data Science");
  EXPECT_EQ(NormalizeSpace("   "), "");
  EXPECT_EQ(AsciiLower("PyThOn \xc3\x89"), "python \xc3\x89");  // non-ASCII untouched
  EXPECT_EQ(Utf8Length("\xc3\xa9t\xc3\xa9"), 3u);
}

TEST(TextTest, FindsControlCharacters) {
  EXPECT_TRUE(
      HasControlChars("a\x01"
                      "b",
                      true));
  EXPECT_TRUE(HasControlChars("a\nb", false));
  EXPECT_FALSE(HasControlChars("a\nb", true));
}

TEST(CryptoTest, PasswordHashVerifies) {
  ASSERT_TRUE(InitCrypto().ok());
  auto hash = HashPassword("correct horse", "min");
  ASSERT_TRUE(hash.ok());
  EXPECT_NE(hash->find("$argon2id$"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horsE"));
  EXPECT_FALSE(VerifyPassword("garbage", "correct horse"));
}

TEST(CryptoTest, TokensAreRandomAndHashesStable) {
  ASSERT_TRUE(InitCrypto().ok());
  EXPECT_NE(RandomToken(), RandomToken());
  EXPECT_EQ(RandomToken(32).size(), 43u);
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
}

}  // namespace
}  // namespace pln

namespace pln {
namespace {

TEST(TextTest, TruncatesAtCodePointBoundaries) {
  EXPECT_EQ(TruncateUtf8("short", 10), "short");
  EXPECT_EQ(TruncateUtf8("abcdefghij", 10), "abcdefghij");
  // 7 bytes left for text before the 3-byte ellipsis.
  EXPECT_EQ(TruncateUtf8("abcdefghijk", 10), "abcdefg\u2026");
  // "é" is two bytes: a cut inside it moves before it.
  const std::string s = "abcdef\u00e9zzzz";  // é at bytes 6..7
  std::string t = TruncateUtf8(s, 10);       // cut at 7, inside é → 6
  EXPECT_EQ(t, "abcdef\u2026");
  EXPECT_TRUE(IsValidUtf8(t));
  EXPECT_LE(t.size(), 10u);
  EXPECT_EQ(TruncateUtf8("abcdef", 2), "");
}

TEST(AsciiFoldAlnumTest, KeepsLettersAndDigitsAndFoldsLatinDiacritics) {
  EXPECT_EQ(AsciiFoldAlnum("José Ñúñez-O'Brien 2"), "josenunezobrien2");
  EXPECT_EQ(AsciiFoldAlnum("Œuvre Straße Łódź"), "oeuvrestrasselodz");
  EXPECT_EQ(AsciiFoldAlnum("× ÷ 数据 🙂"), "");
  // Invalid and truncated sequences are dropped, not read past the end.
  EXPECT_EQ(AsciiFoldAlnum("a\xff\xc3"), "a");
  EXPECT_EQ(AsciiFoldAlnum("b\xe2\x82"), "b");
}

}  // namespace
}  // namespace pln
