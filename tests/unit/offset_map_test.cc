#include "newslens/offset_map.h"

#include <catch2/catch.hpp>

using newslens::OffsetMap;
using newslens::OffsetMapBuilder;
using newslens::Span;

TEST_CASE("OffsetMap maps kept, replaced and deleted bytes back to their source") {
  // Source "a<b>c’d" -> output "ac'd": "<b>" deleted, "’" (3 bytes) became "'".
  OffsetMapBuilder b;
  b.Keep(1);        // a
  b.Replace(3, 0);  // <b>
  b.Keep(1);        // c
  b.Replace(3, 1);  // ’ -> '
  b.Keep(1);        // d
  const OffsetMap map = std::move(b).Finish();
  REQUIRE(map.output_size() == 4);
  REQUIRE(map.source_size() == 9);

  SECTION("starts") {
    CHECK(map.ToSourceStart(0) == 0);
    CHECK(map.ToSourceStart(1) == 4);  // 'c' comes after the deleted tag
    CHECK(map.ToSourceStart(2) == 5);
    CHECK(map.ToSourceStart(3) == 8);
    CHECK(map.ToSourceStart(4) == 9);
  }
  SECTION("ends") {
    CHECK(map.ToSourceEnd(1) == 1);  // "a" ends before the tag
    CHECK(map.ToSourceEnd(3) == 8);  // "'" covers all of "’"
    CHECK(map.ToSourceEnd(4) == 9);
  }
  SECTION("spans") {
    CHECK(map.ToSource(Span{1, 3}) == Span{4, 8});
    CHECK(map.ToSource(Span{2, 2}) == Span{5, 5});
  }
}

TEST_CASE("An atomic replacement never splits") {
  // One byte became three (U+FFFD for an invalid byte): every output byte maps to the whole.
  OffsetMapBuilder b;
  b.Keep(2);
  b.Replace(1, 3);
  const OffsetMap map = std::move(b).Finish();
  CHECK(map.ToSourceStart(3) == 2);
  CHECK(map.ToSourceStart(4) == 2);
  CHECK(map.ToSourceEnd(3) == 3);
  CHECK(map.ToSourceEnd(5) == 3);
}

TEST_CASE("Uniform runs map byte by byte and merge") {
  OffsetMapBuilder b;
  b.Replace(2, 0);  // a UTF-16 byte order mark
  b.ReplaceUniform(3, 2);
  b.ReplaceUniform(2, 2);
  const OffsetMap map = std::move(b).Finish();
  CHECK(map.edit_count() == 2);
  CHECK(map.ToSourceStart(0) == 2);
  CHECK(map.ToSourceStart(4) == 10);
  CHECK(map.ToSourceEnd(5) == 12);
}

TEST_CASE("Chained maps lead back to the first source") {
  OffsetMapBuilder first;  // "x\r\ny" -> "x\ny"
  first.Keep(1);
  first.Replace(2, 1);
  first.Keep(1);
  OffsetMapBuilder second;  // "x\ny" -> "\ny" (x deleted)
  second.Replace(1, 0);
  second.Keep(2);
  OffsetMap map = std::move(second).Finish();
  map.Then(std::move(first).Finish());
  CHECK(map.source_size() == 4);
  CHECK(map.ToSource(Span{1, 2}) == Span{3, 4});
  CHECK(map.ToSource(Span{0, 1}) == Span{1, 3});
  CHECK_FALSE(map.is_identity());
  CHECK(OffsetMap::Identity(5).is_identity());
}
