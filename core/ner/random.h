// A random number generator whose sequence is the same on every platform (internal header): the
// trainer and the word-cluster tool use it so that the same seed gives the same bytes (the
// standard library's distributions differ between implementations).
#ifndef NEWSLENS_NER_RANDOM_H_
#define NEWSLENS_NER_RANDOM_H_

#include <cstddef>
#include <cstdint>

namespace newslens::ner {

// splitmix64.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1).
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }

 private:
  std::uint64_t state_;
};

}  // namespace newslens::ner

#endif  // NEWSLENS_NER_RANDOM_H_
