#include "cli/summary.h"

#include <map>
#include <string>

namespace newslens::cli {
namespace {

// At most `max` bytes of `s`, cut at a code-point boundary, with "..." when cut.
std::string Clip(std::string_view s, std::size_t max) {
  if (s.size() <= max) return std::string(s);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

void Line(std::string* out, std::string_view label, std::string_view value) {
  out->append("  ");
  out->append(label);
  out->append(label.size() < 11 ? 11 - label.size() : 1, ' ');
  out->append(value);
  out->push_back('\n');
}

}  // namespace

std::string Summary(std::string_view name, const Analysis& a) {
  const DocumentInfo& d = a.document;
  std::string out;
  out.append(name == "-" ? "<stdin>" : name);
  out.push_back('\n');
  Line(&out, "title", d.title ? *d.title : "(none)");
  Line(&out, "date", d.date ? *d.date : "(none)");
  std::string source = std::to_string(d.input.bytes) + " bytes, " +
                       SourceEncodingName(d.input.encoding) + (d.input.html ? ", HTML" : "");
  if (d.input.repaired > 0) {
    source += ", " + std::to_string(d.input.repaired) + " invalid sequence(s) repaired";
  }
  Line(&out, "input", source);

  std::map<std::string, int> roles;
  for (const ParagraphInfo& p : d.paragraphs) ++roles[ParagraphRoleName(p.role)];
  std::string paragraphs = std::to_string(d.paragraphs.size());
  std::string detail;
  for (const char* role : {"headline", "byline", "dateline", "caption", "body"}) {
    if (!roles.count(role)) continue;
    detail += (detail.empty() ? "" : ", ") + std::to_string(roles[role]) + " " + role;
  }
  if (!detail.empty()) paragraphs += " (" + detail + ")";
  Line(&out, "paragraphs", paragraphs);
  Line(&out, "sentences", std::to_string(d.sentences.size()));
  Line(&out, "tokens", std::to_string(d.token_count));

  Line(&out, "entities", std::to_string(a.entities.size()));
  for (const Entity& e : a.entities) {
    std::string s = std::string(EntityTypeName(e.type)) + "  " + e.name;
    if (!e.titles.empty()) s += " (" + e.titles.front() + ")";
    s += ", " + std::to_string(e.mentions.size()) + " mention(s)";
    Line(&out, "", s);
  }
  Line(&out, "quotes", std::to_string(a.quotes.size()));
  for (const Quote& q : a.quotes) {
    std::string s = (q.speaker ? q.speaker->name : std::string("(unknown)")) + " [" +
                    QuoteKindName(q.kind) + (q.cue ? ", " + q.cue->text : std::string()) +
                    "]: " + Clip(q.text, 90);
    Line(&out, "", s);
  }
  return out;
}

}  // namespace newslens::cli
