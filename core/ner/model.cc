#include "ner/model.h"

#include <bit>
#include <cstring>

#include "ner/features.h"

namespace newslens::ner {
namespace {

constexpr char kMagic[8] = {'N', 'L', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr std::size_t kHeaderSize = 40;

std::uint32_t Fnv1a32(std::string_view bytes) {
  std::uint32_t h = 0x811C9DC5u;
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x01000193u;
  return h;
}

void PutU32(std::string* out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutU64(std::string* out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutVarint(std::string* out, std::uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

std::uint32_t GetU32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
std::uint64_t GetU64(const unsigned char* p) {
  return static_cast<std::uint64_t>(GetU32(p)) | static_cast<std::uint64_t>(GetU32(p + 4)) << 32;
}

Error Invalid(std::size_t offset, const std::string& message) {
  return Error{ErrorCode::kInvalidModel, offset, "NER model: " + message};
}

// Reads a varint of at most 5 bytes (values below 2^35) from [*p, end).
bool GetVarint(const unsigned char** p, const unsigned char* end, std::uint64_t* value) {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (*p >= end) return false;
    const unsigned char b = *(*p)++;
    v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) {
      *value = v;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string EncodeModel(const ModelParameters& parameters) {
  std::string out(kMagic, sizeof kMagic);
  PutU32(&out, kFormatVersion);
  PutU32(&out, parameters.feature_version);
  PutU32(&out, kNerTagCount);
  PutU32(&out, parameters.passes);
  PutU64(&out, parameters.gazetteer_fingerprint);
  std::uint32_t scale_bits;  // std::bit_cast is missing from Emscripten 3.1.6's libc++
  static_assert(sizeof scale_bits == sizeof parameters.scale);
  std::memcpy(&scale_bits, &parameters.scale, sizeof scale_bits);
  PutU32(&out, scale_bits);
  PutU32(&out, static_cast<std::uint32_t>(parameters.keys.size()));
  std::uint32_t previous = 0;
  for (std::size_t f = 0; f < parameters.keys.size(); ++f) {
    PutVarint(&out, parameters.keys[f] - previous);
    previous = parameters.keys[f];
    const std::int16_t* row = &parameters.weights[f * kNerTagCount];
    std::uint32_t mask = 0;
    for (int t = 0; t < kNerTagCount; ++t) mask |= (row[t] != 0 ? 1u : 0u) << t;
    PutVarint(&out, mask);
    for (int t = 0; t < kNerTagCount; ++t) {
      if (row[t] == 0) continue;
      const std::int32_t w = row[t];
      PutVarint(&out, static_cast<std::uint32_t>((w << 1) ^ (w >> 31)));
    }
  }
  PutU32(&out, Fnv1a32(out));
  return out;
}

Result<ModelParameters> DecodeModel(std::string_view bytes) {
  if (bytes.size() < kHeaderSize + 4) {
    return Invalid(bytes.size(), "the file is too short (" + std::to_string(bytes.size()) +
                                     " bytes) to be a model");
  }
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Invalid(0, "not a newslens NER model (bad magic bytes)");
  }
  const auto* base = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t body_size = bytes.size() - 4;
  if (GetU32(base + body_size) != Fnv1a32(bytes.substr(0, body_size))) {
    return Invalid(body_size, "checksum mismatch: the file is truncated or corrupt");
  }
  if (const std::uint32_t v = GetU32(base + 8); v != kFormatVersion) {
    return Invalid(8, "format version " + std::to_string(v) + ", this library reads " +
                          std::to_string(kFormatVersion));
  }
  if (const std::uint32_t n = GetU32(base + 16); n != kNerTagCount) {
    return Invalid(16, "a model over " + std::to_string(n) + " tags, expected " +
                           std::to_string(kNerTagCount));
  }
  ModelParameters p;
  p.feature_version = GetU32(base + 12);
  p.passes = GetU32(base + 20);
  if (p.passes != 1 && p.passes != 2) return Invalid(20, "passes must be 1 or 2");
  p.gazetteer_fingerprint = GetU64(base + 24);
  const std::uint32_t scale_bits = GetU32(base + 32);
  std::memcpy(&p.scale, &scale_bits, sizeof p.scale);
  const std::uint32_t count = GetU32(base + 36);
  // Each feature takes at least 3 bytes; a larger count is corrupt, and must not allocate.
  if (count > (body_size - kHeaderSize) / 3) {
    return Invalid(36, "feature count " + std::to_string(count) + " exceeds the file");
  }
  p.keys.reserve(count);
  p.weights.assign(static_cast<std::size_t>(count) * kNerTagCount, 0);
  const unsigned char* cursor = base + kHeaderSize;
  const unsigned char* end = base + body_size;
  std::uint64_t key = 0;
  for (std::uint32_t f = 0; f < count; ++f) {
    const std::size_t offset = static_cast<std::size_t>(cursor - base);
    std::uint64_t delta, mask;
    if (!GetVarint(&cursor, end, &delta) || !GetVarint(&cursor, end, &mask)) {
      return Invalid(offset, "feature " + std::to_string(f) + " is cut off");
    }
    key += delta;
    if (delta == 0 || key > 0xFFFFFFFFull) {
      return Invalid(offset, "feature keys are not strictly increasing 32-bit values");
    }
    if (mask == 0 || mask >= (1u << kNerTagCount)) {
      return Invalid(offset, "bad tag mask " + std::to_string(mask));
    }
    p.keys.push_back(static_cast<std::uint32_t>(key));
    for (int t = 0; t < kNerTagCount; ++t) {
      if ((mask & (1u << t)) == 0) continue;
      std::uint64_t z;
      if (!GetVarint(&cursor, end, &z)) {
        return Invalid(offset, "feature " + std::to_string(f) + " is cut off");
      }
      const std::int64_t w = static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1);
      if (w < -32768 || w > 32767) return Invalid(offset, "a weight beyond 16 bits");
      p.weights[static_cast<std::size_t>(f) * kNerTagCount + t] = static_cast<std::int16_t>(w);
    }
  }
  if (cursor != end) {
    return Invalid(static_cast<std::size_t>(cursor - base),
                   "unexpected bytes after the last feature");
  }
  return p;
}

WeightTable::WeightTable(const std::vector<std::uint32_t>& keys,
                         const std::vector<std::int16_t>& weights) {
  // A load factor of at most 0.7 keeps probe sequences short.
  const std::size_t capacity = std::bit_ceil(keys.size() * 10 / 7 + 2);
  rows_.assign(capacity, Row{});
  mask_ = capacity - 1;
  for (std::size_t f = 0; f < keys.size(); ++f) {
    std::size_t i = keys[f] & mask_;
    while (rows_[i].key != 0 && rows_[i].key != keys[f]) i = (i + 1) & mask_;
    if (rows_[i].key == 0) ++size_;
    rows_[i].key = keys[f];
    for (int t = 0; t < kNerTagCount; ++t) {
      rows_[i].weights[t] = weights[f * kNerTagCount + t];
    }
  }
}

Result<std::shared_ptr<const Model>> Model::Create(const ModelParameters& parameters,
                                                   const Gazetteer* gazetteer,
                                                   std::size_t file_size) {
  if (parameters.feature_version != kFeatureVersion) {
    return Invalid(12, "trained with feature version " +
                           std::to_string(parameters.feature_version) + ", this library has " +
                           std::to_string(kFeatureVersion) + ": retrain it");
  }
  if (parameters.gazetteer_fingerprint != gazetteer->fingerprint()) {
    return Invalid(24, "trained with a different gazetteer than the compiled-in one: retrain it");
  }
  auto model = std::shared_ptr<Model>(new Model());
  model->weights_ = WeightTable(parameters.keys, parameters.weights);
  model->gazetteer_ = gazetteer;
  model->passes_ = static_cast<int>(parameters.passes);
  model->file_size_ = file_size;
  return std::shared_ptr<const Model>(std::move(model));
}

}  // namespace newslens::ner
