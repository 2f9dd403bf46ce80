// Stable names of the enums, as they appear in JSON (CONTRACT.md).
#include "newslens/analysis.h"
#include "newslens/status.h"

namespace newslens {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotText:
      return "not_text";
    case ErrorCode::kTooLarge:
      return "too_large";
    case ErrorCode::kInvalidOption:
      return "invalid_option";
    case ErrorCode::kInvalidModel:
      return "invalid_model";
  }
  return "error";
}

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPer:
      return "PER";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kLoc:
      return "LOC";
    case EntityType::kMisc:
      return "MISC";
  }
  return "MISC";
}

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kPronoun:
      return "pronoun";
    case MentionKind::kDescription:
      return "description";
  }
  return "name";
}

const char* GenderName(Gender gender) {
  switch (gender) {
    case Gender::kMale:
      return "male";
    case Gender::kFemale:
      return "female";
    case Gender::kUnknown:
      return nullptr;
  }
  return nullptr;
}

const char* ValueTypeName(ValueType type) {
  switch (type) {
    case ValueType::kDate:
      return "DATE";
    case ValueType::kTime:
      return "TIME";
    case ValueType::kMoney:
      return "MONEY";
    case ValueType::kPercent:
      return "PERCENT";
    case ValueType::kNumber:
      return "NUMBER";
    case ValueType::kOrdinal:
      return "ORDINAL";
    case ValueType::kEmail:
      return "EMAIL";
    case ValueType::kUrl:
      return "URL";
  }
  return "NUMBER";
}

const char* QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kMixed:
      return "mixed";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kIndirect:
      return "indirect";
  }
  return "direct";
}

}  // namespace newslens
