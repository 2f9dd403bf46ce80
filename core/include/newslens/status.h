// Errors as values.
//
// The core never throws. A stage that can fail returns `Result<T>`: either a value or an `Error`
// saying what went wrong and, where it makes sense, the byte offset in the input where it did.
// The shells (CLI, WebAssembly bindings) turn an `Error` into an exit code or a JS error object.
//
//   newslens::Result<newslens::DecodedText> decoded = newslens::DecodeInput(bytes);
//   if (!decoded.ok()) {
//     std::fprintf(stderr, "%s\n", decoded.error().message.c_str());
//     return 1;
//   }
//   const newslens::DecodedText& text = decoded.value();
#ifndef NEWSLENS_STATUS_H_
#define NEWSLENS_STATUS_H_

#include <cstddef>
#include <cstdlib>
#include <string>
#include <utility>
#include <variant>

namespace newslens {

enum class ErrorCode {
  kNotText,        // binary data: NUL bytes, control characters, mostly invalid UTF-8
  kTooLarge,       // input beyond what offsets can address (see kMaxInputBytes)
  kInvalidOption,  // an option value the core does not know
  kInvalidModel    // a model or lexicon file that is truncated, corrupt or of another version
};

// Returns a stable lower-case name for `code` ("not_text", "too_large", "invalid_option"),
// used as the `code` of errors in JSON and JavaScript.
const char* ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code;
  // Byte offset into the input of the first problem, or `kNoOffset` when there is no position.
  std::size_t offset;
  // One line, English, without the file name (the caller knows the file and adds it).
  std::string message;

  static constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);
};

// A value or an error. Deliberately small: `ok()`, `value()`, `error()`; calling `value()` on an
// error (or `error()` on a value) is a programming error and aborts.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  const T& value() const& { return *Checked(std::get_if<0>(&state_)); }
  T& value() & { return *Checked(std::get_if<0>(&state_)); }
  T&& value() && { return std::move(*Checked(std::get_if<0>(&state_))); }
  const Error& error() const { return *Checked(std::get_if<1>(&state_)); }

 private:
  template <typename P>
  static P* Checked(P* p) {
    if (p == nullptr) std::abort();
    return p;
  }

  std::variant<T, Error> state_;
};

}  // namespace newslens

#endif  // NEWSLENS_STATUS_H_
