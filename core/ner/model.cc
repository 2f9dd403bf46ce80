#include "ner/model.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>

#include "ner/encoding.h"
#include "ner/features.h"

namespace newslens::ner {
namespace {

constexpr char kMagic[8] = {'N', 'L', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr std::size_t kHeaderSize = 28;

std::uint32_t Fnv1a32(std::string_view bytes) {
  std::uint32_t h = 0x811C9DC5u;
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x01000193u;
  return h;
}

std::uint32_t GetU32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

Error Invalid(std::size_t offset, const std::string& message) {
  return Error{ErrorCode::kInvalidModel, offset, "NER model: " + message};
}

std::uint32_t TagMask(const std::int16_t* row) {
  std::uint32_t mask = 0;
  for (int t = 0; t < kNerTagCount; ++t) mask |= (row[t] != 0 ? 1u : 0u) << t;
  return mask;
}

}  // namespace

std::string EncodeModel(const ModelParameters& parameters) {
  std::string out(kMagic, sizeof kMagic);
  PutU32(&out, kFormatVersion);
  PutU32(&out, parameters.feature_version);
  PutU32(&out, kNerTagCount);
  PutU32(&out, parameters.passes);
  std::uint32_t scale_bits;  // std::bit_cast is missing from Emscripten 3.1.6's libc++
  static_assert(sizeof scale_bits == sizeof parameters.scale);
  std::memcpy(&scale_bits, &parameters.scale, sizeof scale_bits);
  PutU32(&out, scale_bits);
  parameters.gazetteer.Encode(&out);
  parameters.clusters.Encode(&out);

  const std::size_t n = parameters.keys.size();
  PutU32(&out, static_cast<std::uint32_t>(n));
  const std::vector<std::uint32_t> gaps = GapsLessOne(parameters.keys);
  const int r = BestRiceParameter(gaps);
  std::string bits;
  {
    BitWriter writer(&bits);
    for (const std::uint32_t gap : gaps) writer.Rice(gap, r);
  }
  PutU8(&out, static_cast<std::uint32_t>(r));
  PutU32(&out, static_cast<std::uint32_t>(bits.size()));
  out.append(bits);

  // Tag masks by frequency, so that the common ones take one byte.
  std::map<std::uint32_t, std::size_t> frequency;
  for (std::size_t f = 0; f < n; ++f) ++frequency[TagMask(&parameters.weights[f * kNerTagCount])];
  std::vector<std::pair<std::size_t, std::uint32_t>> masks;
  for (const auto& [mask, count] : frequency) masks.push_back({count, mask});
  std::sort(masks.begin(), masks.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::map<std::uint32_t, std::uint32_t> index;
  for (std::size_t i = 0; i < masks.size(); ++i) {
    index[masks[i].second] = static_cast<std::uint32_t>(i);
  }
  PutVarint(&out, masks.size());
  for (const auto& [count, mask] : masks) PutU16(&out, mask);
  for (std::size_t f = 0; f < n; ++f) {
    PutVarint(&out, index[TagMask(&parameters.weights[f * kNerTagCount])]);
  }
  for (std::size_t f = 0; f < n; ++f) {
    const std::int16_t* row = &parameters.weights[f * kNerTagCount];
    for (int t = 0; t < kNerTagCount; ++t) {
      if (row[t] != 0) PutVarint(&out, ZigZag(row[t]));
    }
  }
  PutU32(&out, Fnv1a32(out));
  return out;
}

Result<ModelParameters> DecodeModel(std::string_view bytes, bool verify_checksum) {
  if (bytes.size() < kHeaderSize + 4) {
    return Invalid(bytes.size(), "the file is too short (" + std::to_string(bytes.size()) +
                                     " bytes) to be a model");
  }
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Invalid(0, "not a newslens NER model (bad magic bytes)");
  }
  const auto* base = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t body_size = bytes.size() - 4;
  if (verify_checksum && GetU32(base + body_size) != Fnv1a32(bytes.substr(0, body_size))) {
    return Invalid(body_size, "checksum mismatch: the file is truncated or corrupt");
  }
  const std::string_view body = bytes.substr(0, body_size);
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
  const std::uint32_t scale_bits = GetU32(base + 24);
  std::memcpy(&p.scale, &scale_bits, sizeof p.scale);
  std::size_t offset = kHeaderSize;
  Result<Gazetteer> gazetteer = Gazetteer::Decode(body, &offset);
  if (!gazetteer.ok()) return gazetteer.error();
  p.gazetteer = std::move(gazetteer).value();
  Result<WordClusters> clusters = WordClusters::Decode(body, &offset);
  if (!clusters.ok()) return clusters.error();
  p.clusters = std::move(clusters).value();

  ByteReader in(body, offset);
  auto cut = [&] { return Invalid(in.offset(), "the features are cut off"); };
  std::uint32_t count, r, length;
  std::span<const unsigned char> code;
  if (!in.U32(&count)) return cut();
  // Each feature takes at least 2 bytes (mask index, weight); a larger count is corrupt and must
  // not allocate.
  if (count > in.remaining() / 2) {
    return Invalid(in.offset() - 4, "feature count " + std::to_string(count) + " exceeds the file");
  }
  if (!in.U8(&r) || !in.U32(&length) || !in.Bytes(length, &code)) return cut();
  if (r > 31) return Invalid(in.offset(), "bad Rice parameter");
  p.keys.reserve(count);
  BitReader reader(code);
  std::uint64_t key = 0;
  for (std::uint32_t f = 0; f < count; ++f) {
    std::uint32_t gap;
    const std::size_t at = in.offset() - length + reader.byte_offset();
    if (!reader.Rice(static_cast<int>(r), &gap)) return Invalid(at, "a feature key is cut off");
    key += std::uint64_t{gap} + 1;
    if (key > 0xFFFFFFFFull) return Invalid(at, "feature keys beyond 32 bits");
    p.keys.push_back(static_cast<std::uint32_t>(key));
  }
  if (reader.bytes_used() != length) return Invalid(in.offset(), "bytes after the feature keys");
  std::uint32_t mask_count;
  if (!in.Varint(&mask_count)) return cut();
  if (mask_count > in.remaining() / 2) return Invalid(in.offset(), "bad tag mask count");
  std::vector<std::uint32_t> masks(mask_count);
  for (std::uint32_t& mask : masks) {
    if (!in.U16(&mask)) return cut();
    if (mask == 0 || mask >= (1u << kNerTagCount)) {
      return Invalid(in.offset() - 2, "bad tag mask " + std::to_string(mask));
    }
  }
  std::vector<std::uint32_t> feature_masks(count);
  for (std::uint32_t& mask : feature_masks) {
    std::uint32_t i;
    if (!in.Varint(&i)) return cut();
    if (i >= mask_count) return Invalid(in.offset(), "a tag mask index out of range");
    mask = masks[i];
  }
  p.weights.assign(static_cast<std::size_t>(count) * kNerTagCount, 0);
  for (std::uint32_t f = 0; f < count; ++f) {
    for (int t = 0; t < kNerTagCount; ++t) {
      if ((feature_masks[f] & (1u << t)) == 0) continue;
      std::uint32_t z;
      if (!in.Varint(&z)) return cut();
      const std::int32_t w = UnZigZag(z);
      if (w < -32768 || w > 32767 || w == 0) {
        return Invalid(in.offset(), "a weight of 0 or beyond 16 bits");
      }
      p.weights[static_cast<std::size_t>(f) * kNerTagCount + t] = static_cast<std::int16_t>(w);
    }
  }
  if (in.remaining() != 0) return Invalid(in.offset(), "unexpected bytes after the last feature");
  return p;
}

WeightTable::WeightTable(const std::vector<std::uint32_t>& keys,
                         const std::vector<std::int16_t>& weights) {
  const std::size_t capacity = std::bit_ceil(2 * keys.size() + 1);
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  rows_.reserve(keys.size());
  for (std::size_t f = 0; f < keys.size(); ++f) {
    std::size_t i = keys[f] & mask_;
    while (slots_[i].key != 0 && slots_[i].key != keys[f]) i = (i + 1) & mask_;
    if (slots_[i].key == 0) {
      filter_.Add(FilterBit(keys[f]));
      slots_[i] = {keys[f], static_cast<std::uint32_t>(rows_.size())};
      const std::int16_t* w = &weights[f * kNerTagCount];
      WeightRow row;
      for (int t = 0; t < kRelativeTags; ++t) {
        row.weights[t] = static_cast<std::int16_t>(w[t + 1] - w[0]);
      }
      rows_.push_back(row);
    }
  }
  dense_.resize(DenseFeatureCount());
  for (std::size_t id = 0; id < DenseFeatureCount(); ++id) dense_[id] = Row(DenseFeatureKey(id));
}

bool WeightTable::RelativeWeightsFit(const std::vector<std::int16_t>& weights) {
  for (std::size_t r = 0; r + kNerTagCount <= weights.size(); r += kNerTagCount) {
    for (int t = 1; t < kNerTagCount; ++t) {
      const int relative = weights[r + t] - weights[r];
      if (relative < INT16_MIN || relative > INT16_MAX) return false;
    }
  }
  return true;
}

Result<std::shared_ptr<const Model>> Model::Create(ModelParameters parameters,
                                                   std::size_t file_size) {
  if (parameters.feature_version != kFeatureVersion) {
    return Invalid(12, "trained with feature version " +
                           std::to_string(parameters.feature_version) + ", this library has " +
                           std::to_string(kFeatureVersion) + ": retrain it");
  }
  if (!WeightTable::RelativeWeightsFit(parameters.weights)) {
    return Invalid(0, "a feature's weights are too far apart (a tag's less O's must fit 16 bits)");
  }
  auto model = std::shared_ptr<Model>(new Model());
  model->weights_ = WeightTable(parameters.keys, parameters.weights);
  model->gazetteer_ = std::move(parameters.gazetteer);
  model->clusters_ = std::move(parameters.clusters);
  model->passes_ = static_cast<int>(parameters.passes);
  model->file_size_ = file_size;
  return std::shared_ptr<const Model>(std::move(model));
}

}  // namespace newslens::ner
