// Fuzz target: the NER model loader on any bytes, as `newslens conll --model PATH` reads a file a
// user gives it: ner::DecodeModel, then NerModel::Load and a tagger run on what it accepts.
//
// The checksum is left unverified, or the fuzzer would never get past it. Beyond "no crash, no
// sanitizer report": a refused file gets kInvalidModel, an offset within the file (its size for
// a file cut short) and a one-line message; an accepted one encodes to a file that loads again
// (checksum and all) and encodes to the same bytes once more, so what the loader keeps is what
// the file says; and a model the library accepts tags a sentence into valid BIO tags, one per
// token.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checks.h"
#include "ner/features.h"
#include "ner/model.h"
#include "newslens/ner.h"

namespace newslens::fuzz {
namespace {

void CheckRefusal(std::string_view input, const Error& error) {
  NEWSLENS_CHECK(error.code == ErrorCode::kInvalidModel,
                 "unexpected error code: " + std::string(ErrorCodeName(error.code)));
  NEWSLENS_CHECK(error.offset <= input.size(),
                 "error offset " + Num(error.offset) + " outside the file of " + Num(input.size()));
  NEWSLENS_CHECK(!error.message.empty() && error.message.find('\n') == std::string::npos,
                 "error message is not one line: '" + error.message + "'");
}

// Tags a sentence of capitalised words, a title, a place and marks with `model`.
void CheckTags(const NerModel& model) {
  const std::vector<std::string_view> words = {"Prime", "Minister", "Anna", "Berg", "of",
                                               "New",   "Zealand",  "said", ",",    "\""};
  const std::vector<NerSentence> document = {{words, false}, {words, true}};
  NerTagger tagger(model);
  std::vector<NerTag> tags;
  tagger.Tag(document, &tags);
  NEWSLENS_CHECK(tags.size() == 2 * words.size(), "tags for " + Num(tags.size()) + " tokens");
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const int tag = static_cast<int>(tags[i]);
    NEWSLENS_CHECK(tag < kNerTagCount, "tag " + Num(tag) + " out of range");
    const int previous = i % words.size() == 0 ? ner::kBoundaryTag : static_cast<int>(tags[i - 1]);
    NEWSLENS_CHECK(
        ner::IsAllowedAfter(previous, tag),
        std::string(NerTagName(tags[i])) + " after " +
            (previous == ner::kBoundaryTag ? "the sentence's start" : NerTagName(tags[i - 1])));
  }
}

}  // namespace
}  // namespace newslens::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslens;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Result<ner::ModelParameters> decoded = ner::DecodeModel(input, /*verify_checksum=*/false);
  if (!decoded.ok()) {
    fuzz::CheckRefusal(input, decoded.error());
    return 0;
  }
  const std::string encoded = ner::EncodeModel(decoded.value());
  Result<ner::ModelParameters> again = ner::DecodeModel(encoded);
  NEWSLENS_CHECK(again.ok(), "its own encoding refused: " + again.error().message);
  NEWSLENS_CHECK(ner::EncodeModel(again.value()) == encoded,
                 "encoding what was decoded from an encoding gives other bytes");
  Result<NerModel> model = NerModel::Load(encoded);
  if (!model.ok()) {
    fuzz::CheckRefusal(encoded, model.error());  // another feature version, weights too far apart
    return 0;
  }
  fuzz::CheckTags(model.value());
  return 0;
}
