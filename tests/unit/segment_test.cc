// Segmentation: tokens, sentences, paragraphs and their roles, on news text.
#include "newslens/segment.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newslens/normalize.h"

namespace {

using newslens::Paragraph;
using newslens::ParagraphRole;
using newslens::Segmentation;
using newslens::Span;
using newslens::Token;
using newslens::TokenKind;

using Strings = std::vector<std::string>;

std::string Text(std::string_view text, Span s) {
  return std::string(text.substr(s.start, s.size()));
}

Strings Tokens(std::string_view text) {
  std::vector<Token> tokens;
  newslens::Tokenize(text, {0, static_cast<std::uint32_t>(text.size())}, &tokens);
  Strings out;
  for (const Token& t : tokens) out.emplace_back(Segmentation::TokenText(text, t));
  return out;
}

std::vector<TokenKind> Kinds(std::string_view text) {
  std::vector<Token> tokens;
  newslens::Tokenize(text, {0, static_cast<std::uint32_t>(text.size())}, &tokens);
  std::vector<TokenKind> out;
  for (const Token& t : tokens) out.push_back(t.kind);
  return out;
}

// The token of `text` that reads `word`, and its kind.
TokenKind KindOf(std::string_view text, std::string_view word) {
  std::vector<Token> tokens;
  newslens::Tokenize(text, {0, static_cast<std::uint32_t>(text.size())}, &tokens);
  for (const Token& t : tokens)
    if (Segmentation::TokenText(text, t) == word) return t.kind;
  FAIL_CHECK("no token '" << word << "' in '" << text << "'");
  return TokenKind::kPunctuation;
}

Strings Sentences(std::string_view text) {
  const Segmentation seg = newslens::Segment(text);
  Strings out;
  for (const auto& s : seg.sentences) out.push_back(Text(text, s.span));
  return out;
}

using RoleAndText = std::pair<std::string, std::string>;

std::vector<RoleAndText> Paragraphs(std::string_view text) {
  const Segmentation seg = newslens::Segment(text);
  std::vector<RoleAndText> out;
  for (const Paragraph& p : seg.paragraphs) {
    out.emplace_back(newslens::ParagraphRoleName(p.role), Text(text, p.span));
  }
  return out;
}

// Structural invariants of a segmentation: every token in exactly one sentence, every sentence
// in exactly one paragraph, spans inside their parents, nothing out of order.
std::string CheckStructure(std::string_view text, const Segmentation& seg) {
  std::uint32_t next_sentence = 0;
  for (std::size_t p = 0; p < seg.paragraphs.size(); ++p) {
    const Paragraph& para = seg.paragraphs[p];
    if (para.first_sentence != next_sentence || para.end_sentence <= para.first_sentence) {
      return "paragraph " + std::to_string(p) + " has sentences [" +
             std::to_string(para.first_sentence) + ", " + std::to_string(para.end_sentence) + ")";
    }
    next_sentence = para.end_sentence;
    if (para.span.end > text.size() || para.span.empty()) return "paragraph span out of range";
    for (std::uint32_t s = para.first_sentence; s < para.end_sentence; ++s) {
      const auto& sentence = seg.sentences[s];
      if (sentence.span.start < para.span.start || sentence.span.end > para.span.end) {
        return "sentence " + std::to_string(s) + " is outside its paragraph";
      }
      if (sentence.end_token <= sentence.first_token) return "empty sentence";
      if (s > para.first_sentence && seg.sentences[s - 1].end_token != sentence.first_token) {
        return "a gap between sentences " + std::to_string(s - 1) + " and " + std::to_string(s);
      }
      if (seg.tokens[sentence.first_token].span.start != sentence.span.start ||
          seg.tokens[sentence.end_token - 1].span.end != sentence.span.end) {
        return "sentence " + std::to_string(s) + " does not start and end with its tokens";
      }
    }
  }
  if (next_sentence != seg.sentences.size()) return "sentences outside every paragraph";
  for (std::size_t t = 1; t < seg.tokens.size(); ++t) {
    if (seg.tokens[t].span.start < seg.tokens[t - 1].span.end) return "overlapping tokens";
  }
  return "";
}

}  // namespace

TEST_CASE("Tokens of news sentences") {
  SECTION("words, punctuation and curly quotes") {
    CHECK(Tokens("\u201CWe will be speaking, and I think will perhaps do something,\u201D Trump "
                 "said.") == Strings{"\u201C", "We", "will", "be", "speaking", ",", "and", "I",
                                     "think", "will", "perhaps", "do", "something", ",", "\u201D",
                                     "Trump", "said", "."});
    CHECK(Tokens("could do something \u2018significant\u2019 in Ukraine") ==
          Strings{"could", "do", "something", "\u2018", "significant", "\u2019", "in", "Ukraine"});
  }
  SECTION("contractions and possessives split as in the Penn Treebank") {
    CHECK(Tokens("I don't want to say that'll happen, Kyiv's forces can't win") ==
          Strings{"I", "do", "n't", "want", "to", "say", "that", "'ll", "happen", ",", "Kyiv", "'s",
                  "forces", "ca", "n't", "win"});
    CHECK(Tokens("I'm sure they're, we've, he'd; DON'T, won't, isn't") ==
          Strings{"I",  "'m", "sure", "they", "'re", ",",  "we",  "'ve", ",",  "he",
                  "'d", ";",  "DO",   "N'T",  ",",   "wo", "n't", ",",   "is", "n't"});
    CHECK(Tokens("the players' union and O'Brien's rock'n'roll y'all") ==
          Strings{"the", "players", "'", "union", "and", "O'Brien", "'s", "rock'n'roll", "y'all"});
    CHECK(KindOf("Kyiv's", "'s") == TokenKind::kContraction);
    CHECK(KindOf("don't", "n't") == TokenKind::kContraction);
    CHECK(KindOf("players' union", "'") == TokenKind::kContraction);
    CHECK(KindOf("O'Brien", "O'Brien") == TokenKind::kWord);
  }
  SECTION("the apostrophe spelled \u2019 (text normalized without folding)") {
    CHECK(Tokens("Kyiv\u2019s forces don\u2019t know O\u2019Brien") ==
          Strings{"Kyiv", "\u2019s", "forces", "do", "n\u2019t", "know", "O\u2019Brien"});
    CHECK(KindOf("Kyiv\u2019s", "\u2019s") == TokenKind::kContraction);
  }
  SECTION("hyphenated words stay whole") {
    CHECK(Tokens("a business-like, state-of-the-art e-mail from Biden-Harris") ==
          Strings{"a", "business-like", ",", "state-of-the-art", "e-mail", "from", "Biden-Harris"});
    CHECK(Tokens("well- and ill-informed") == Strings{"well", "-", "and", "ill-informed"});
  }
  SECTION("a name's participle after a hyphen is a word of its own") {
    CHECK(Tokens("a St. Louis-based group, Toronto-listed Norvath and a Soviet-style plan") ==
          Strings{"a", "St.", "Louis", "-", "based", "group", ",", "Toronto", "-", "listed",
                  "Norvath", "and", "a", "Soviet", "-", "style", "plan"});
    // Not a sentence's first word, whose capital says nothing.
    CHECK(Tokens("Self-made billionaire. State-owned firms") ==
          Strings{"Self-made", "billionaire", ".", "State-owned", "firms"});
    // Not after a word in small letters, nor before a longer word or another hyphen.
    CHECK(Tokens("a well-run, Paris-basedness, Paris-based-ish lab") ==
          Strings{"a", "well-run", ",", "Paris-basedness", ",", "Paris-based-ish", "lab"});
  }
  SECTION("abbreviations, acronyms and initials keep their periods") {
    CHECK(Tokens("Mr. Putin met Dr. Smith and Sen. Warren in the U.S. on Jan. 5") ==
          Strings{"Mr.", "Putin", "met", "Dr.", "Smith", "and", "Sen.", "Warren", "in", "the",
                  "U.S.", "on", "Jan.", "5"});
    CHECK(Tokens("Donald J. Trump at 10 a.m. in Washington, D.C.") ==
          Strings{"Donald", "J.", "Trump", "at", "10", "a.m.", "in", "Washington", ",", "D.C."});
    CHECK(Tokens("Apple Inc. and No. 10") == Strings{"Apple", "Inc.", "and", "No.", "10"});
    // "No" takes its period only before a number: otherwise it is the word.
    CHECK(Tokens("He said no. No. Never.") ==
          Strings{"He", "said", "no", ".", "No", ".", "Never", "."});
    CHECK(Tokens("the end. a") == Strings{"the", "end", ".", "a"});  // lone lower-case letter
    // Initialisms of any length; a word run on after a period is a word of its own.
    CHECK(Tokens("The S.E.C. and the F.B.I.") == Strings{"The", "S.E.C.", "and", "the", "F.B.I."});
    CHECK(Tokens("J.Smith") == Strings{"J.", "Smith"});
  }
  SECTION("numbers") {
    CHECK(Tokens("3.5 hours, 1,000 troops, 10:30, 2025-02-01, 9/11, 52.3%, $1.2 billion") ==
          Strings{"3.5", "hours", ",", "1,000", "troops", ",", "10:30", ",", "2025-02-01", ",",
                  "9/11", ",", "52.3", "%", ",", "$", "1.2", "billion"});
    CHECK(Tokens("the '90s, the 2nd round at 5pm, in 2022.") ==
          Strings{"the", "'90s", ",", "the", "2nd", "round", "at", "5pm", ",", "in", "2022", "."});
    CHECK(KindOf("in 2022.", "2022") == TokenKind::kNumber);
    CHECK(KindOf("the '90s", "'90s") == TokenKind::kNumber);
    CHECK(KindOf("2025-02-01", "2025-02-01") == TokenKind::kNumber);
    CHECK(Tokens("2020\u20142022") == Strings{"2020", "\u2014", "2022"});
  }
  SECTION("URLs and e-mail addresses stay whole, without the sentence's punctuation") {
    CHECK(Tokens("Visit https://www.reuters.com/world/europe/, www.bbc.co.uk or "
                 "(https://en.wikipedia.org/wiki/Kyiv_(city)).") ==
          Strings{"Visit", "https://www.reuters.com/world/europe/", ",", "www.bbc.co.uk", "or", "(",
                  "https://en.wikipedia.org/wiki/Kyiv_(city)", ")", "."});
    CHECK(Tokens("Write to press@whitehouse.gov or jane.doe+news@example.co.uk.") ==
          Strings{"Write", "to", "press@whitehouse.gov", "or", "jane.doe+news@example.co.uk", "."});
    CHECK(KindOf("see https://apnews.com/article?id=1&b=2 now",
                 "https://apnews.com/article?id=1&b=2") == TokenKind::kUrl);
    CHECK(KindOf("mail press@whitehouse.gov.", "press@whitehouse.gov") == TokenKind::kEmail);
    CHECK(Tokens("http:// and www. alone") ==
          Strings{"http", ":", "/", "/", "and", "www", ".", "alone"});
    CHECK(Tokens("@realDonaldTrump, a@b") == Strings{"@", "realDonaldTrump", ",", "a", "@", "b"});
  }
  SECTION("dashes and ellipses") {
    CHECK(Tokens("WASHINGTON (Reuters) \u2014 He paused... then -- no") ==
          Strings{"WASHINGTON", "(", "Reuters", ")", "\u2014", "He", "paused", "...", "then", "--",
                  "no"});
  }
  SECTION("kinds") {
    CHECK(Kinds("Trump's \u201Cdeal\u201D at https://x.com/a a@b.org 3.5") ==
          std::vector<TokenKind>{TokenKind::kWord, TokenKind::kContraction, TokenKind::kPunctuation,
                                 TokenKind::kWord, TokenKind::kPunctuation, TokenKind::kWord,
                                 TokenKind::kUrl, TokenKind::kEmail, TokenKind::kNumber});
  }
  SECTION("a site's name keeps its full stop") {
    CHECK(Tokens("told Nation.africa and Amazon.com that") ==
          Strings{"told", "Nation.africa", "and", "Amazon.com", "that"});
    // Not an initial's, sentences run on, nor a domain's unknown ending.
    CHECK(Tokens("J.Smith said.then Acme.xyz on Monday.The Mr.Lee") ==
          Strings{"J.", "Smith", "said", ".", "then", "Acme", ".", "xyz", "on", "Monday", ".",
                  "The", "Mr.", "Lee"});
  }
  SECTION("non-Latin words") {
    CHECK(Tokens("\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 "
                 "\u0441\u043A\u0430\u0437\u0430\u0432.") ==
          Strings{"\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439",
                  "\u0441\u043A\u0430\u0437\u0430\u0432", "."});
    CHECK(Tokens("Caf\u00E9-owner Ng\u0169gi") == Strings{"Caf\u00E9-owner", "Ng\u0169gi"});
  }
  SECTION("a range of the text only") {
    const std::string text = "Trump said. Putin said.";
    std::vector<Token> tokens;
    newslens::Tokenize(text, {12, 23}, &tokens);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[0].span == Span{12, 17});
    CHECK(tokens[2].span == Span{22, 23});
  }
}

TEST_CASE("Sentences of news paragraphs") {
  SECTION("a stop inside closing quotation marks ends the sentence") {
    CHECK(Sentences("\u201CWe want to end that war. That war would have not started if I was "
                    "president.\u201D Trump then left.") ==
          Strings{"\u201CWe want to end that war.",
                  "That war would have not started if I was president.\u201D", "Trump then left."});
    CHECK(Sentences("He said: \u201CI don't want to say that.\u201D Then he left.") ==
          Strings{"He said: \u201CI don't want to say that.\u201D", "Then he left."});
    CHECK(Sentences("She called it \u2018pretty smart.\u2019 He agreed.") ==
          Strings{"She called it \u2018pretty smart.\u2019", "He agreed."});
    CHECK(Sentences("(He did not say more.) Then he left.") ==
          Strings{"(He did not say more.)", "Then he left."});
  }
  SECTION("a question or exclamation inside quotes before the attribution does not end it") {
    CHECK(Sentences("\u201CWhy not?\u201D he asked. \u201CBecause!\u201D She left.") ==
          Strings{"\u201CWhy not?\u201D he asked.", "\u201CBecause!\u201D", "She left."});
  }
  SECTION("a new sentence that opens with a quotation mark or a number") {
    CHECK(Sentences("He paused. \u201CWe will win,\u201D he said. 2022 was hard.") ==
          Strings{"He paused.", "\u201CWe will win,\u201D he said.", "2022 was hard."});
  }
  SECTION("titles, months and initials never end a sentence") {
    CHECK(Sentences("Mr. Putin met Dr. Jane Smith and Sen. Elizabeth Warren on Jan. 5. They "
                    "talked.") ==
          Strings{"Mr. Putin met Dr. Jane Smith and Sen. Elizabeth Warren on Jan. 5.",
                  "They talked."});
    CHECK(Sentences("Donald J. Trump and George W. Bush met Gov. Newsom. It went well.") ==
          Strings{"Donald J. Trump and George W. Bush met Gov. Newsom.", "It went well."});
    CHECK(Sentences("He lives at No. 10 Downing St. in London.") ==
          Strings{"He lives at No. 10 Downing St. in London."});
    CHECK(Sentences("Jane A. Smith met Booker T. Washington.") ==
          Strings{"Jane A. Smith met Booker T. Washington."});
  }
  SECTION("a capital letter and a period end a sentence before a sentence opener") {
    CHECK(Sentences("They had no Plan B. It showed. He got an A. Then he left.") ==
          Strings{"They had no Plan B.", "It showed.", "He got an A.", "Then he left."});
  }
  SECTION("an acronym ends a sentence only before a word that opens sentences") {
    CHECK(Sentences("The U.S. Navy was there. They met in the U.S. The talks failed.") ==
          Strings{"The U.S. Navy was there.", "They met in the U.S.", "The talks failed."});
    CHECK(Sentences("He left at 9 p.m. Friday. He returned at 10 a.m. He slept.") ==
          Strings{"He left at 9 p.m. Friday.", "He returned at 10 a.m.", "He slept."});
    CHECK(Sentences("They met in Washington, D.C. Then they left.") ==
          Strings{"They met in Washington, D.C.", "Then they left."});
    CHECK(Sentences("He works for Apple Inc. The firm agreed.") ==
          Strings{"He works for Apple Inc.", "The firm agreed."});
  }
  SECTION("\u201CNo.\u201D as an answer ends a sentence") {
    CHECK(Sentences("He said: \u201CNo.\u201D Then he left.") ==
          Strings{"He said: \u201CNo.\u201D", "Then he left."});
  }
  SECTION("decimals and numbers do not end sentences") {
    CHECK(Sentences("The talks lasted 3.5 hours. Costs rose 1.2% to $1,000.50 each.") ==
          Strings{"The talks lasted 3.5 hours.", "Costs rose 1.2% to $1,000.50 each."});
  }
  SECTION("an ellipsis ends a sentence only before a capital") {
    CHECK(Sentences("He paused... then said no. It was over... The end.") ==
          Strings{"He paused... then said no.", "It was over...", "The end."});
    CHECK(Sentences("It rose to... 20 percent.") == Strings{"It rose to... 20 percent."});
  }
  SECTION("other stops") {
    CHECK(Sentences("Is it a deal? Yes! It is.") == Strings{"Is it a deal?", "Yes!", "It is."});
    CHECK(Sentences("Really?! Yes.") == Strings{"Really?!", "Yes."});
    CHECK(Sentences("He paused. \u2014 Then spoke.") ==
          Strings{"He paused.", "\u2014 Then spoke."});
    CHECK(Sentences("Visit https://www.reuters.com/. It is free.") ==
          Strings{"Visit https://www.reuters.com/.", "It is free."});
    CHECK(Sentences("See file.Then") == Strings{"See file.Then"});
  }
  SECTION("a paragraph's end closes its last sentence, with or without a stop") {
    CHECK(Sentences("First paragraph without a stop\n\nSecond one. Third one") ==
          Strings{"First paragraph without a stop", "Second one.", "Third one"});
  }
}

TEST_CASE("Paragraphs and their roles") {
  SECTION("an article with blank lines between paragraphs") {
    const std::string article =
        "date 2025-02-01 Trump says talks with Putin on Ukraine went \u2018well\u2019\n"
        "\n"
        "President Donald Trump (Photo by Scott Olson/Getty Images)\n"
        "\n"
        "By Jane Doe and John Roe, Reuters\n"
        "\n"
        "WASHINGTON (Reuters) \u2014 US President Donald Trump said on Friday he had held "
        "\u201Cvery good\u201D talks.\n"
        "\n"
        "\u201CWe want to end that war,\u201D Trump said.\n";
    CHECK(Paragraphs(article) ==
          std::vector<RoleAndText>{
              {"headline",
               "date 2025-02-01 Trump says talks with Putin on Ukraine went \u2018well\u2019"},
              {"caption", "President Donald Trump (Photo by Scott Olson/Getty Images)"},
              {"byline", "By Jane Doe and John Roe, Reuters"},
              {"dateline", "WASHINGTON (Reuters) \u2014"},
              {"body",
               "US President Donald Trump said on Friday he had held \u201Cvery good\u201D "
               "talks."},
              {"body", "\u201CWe want to end that war,\u201D Trump said."}});
    const newslens::Segmentation seg = newslens::Segment(article);
    CHECK(CheckStructure(article, seg) == "");
    CHECK(seg.sentences.size() == 7);  // the headline's date prefix is a sentence of its own
  }
  SECTION("one paragraph per line, as pasted from a web page") {
    // The lines have the lengths of wrapped text, but each one ends where a paragraph ends.
    const std::string article =
        "Trump says talks with Putin on Ukraine went very well\n"
        "\u201CWe want to end that war. That war would have not started if I was president.\u201D\n"
        "Trump did not say who from his administration has been in contact.\n"
        "He declined to say more.\n";
    CHECK(Paragraphs(article) ==
          std::vector<RoleAndText>{
              {"headline", "Trump says talks with Putin on Ukraine went very well"},
              {"body",
               "\u201CWe want to end that war. That war would have not started if I was "
               "president.\u201D"},
              {"body", "Trump did not say who from his administration has been in contact."},
              {"body", "He declined to say more."}});
  }
  SECTION("hard-wrapped paragraphs: the lines of a block are one paragraph") {
    const std::string article =
        "US President Donald Trump said his administration has already had\n"
        "\u201Cvery serious\u201D discussions with Russia about its war in Ukraine and\n"
        "that he and Russian President Vladimir Putin could soon take\n"
        "\u201Csignificant\u201D action. Trump did not say who had been in contact.\n"
        "\n"
        "\u201CWe will be speaking, and I think will perhaps do something that'll\n"
        "be significant,\u201D Trump said in an exchange with reporters.\n";
    const newslens::Segmentation seg = newslens::Segment(article);
    CHECK(Paragraphs(article) ==
          std::vector<RoleAndText>{
              {"body",
               "US President Donald Trump said his administration has already had\n"
               "\u201Cvery serious\u201D discussions with Russia about its war in Ukraine and\n"
               "that he and Russian President Vladimir Putin could soon take\n"
               "\u201Csignificant\u201D action. Trump did not say who had been in contact."},
              {"body",
               "\u201CWe will be speaking, and I think will perhaps do something that'll\n"
               "be significant,\u201D Trump said in an exchange with reporters."}});
    CHECK(Sentences(article) ==
          Strings{"US President Donald Trump said his administration has already had\n"
                  "\u201Cvery serious\u201D discussions with Russia about its war in Ukraine "
                  "and\nthat he and Russian President Vladimir Putin could soon take\n"
                  "\u201Csignificant\u201D action.",
                  "Trump did not say who had been in contact.",
                  "\u201CWe will be speaking, and I think will perhaps do something that'll\n"
                  "be significant,\u201D Trump said in an exchange with reporters."});
    CHECK(CheckStructure(article, seg) == "");
  }
  SECTION("short lines in a block are paragraphs of their own") {
    CHECK(Paragraphs("Trump and Putin to talk\nBy Jane Doe\n\nThe talks begin today.") ==
          std::vector<RoleAndText>{{"headline", "Trump and Putin to talk"},
                                   {"byline", "By Jane Doe"},
                                   {"body", "The talks begin today."}});
  }
  SECTION("headlines") {
    CHECK(Paragraphs("2025-02-01 Trump speaks\n\nHe spoke.")[0] ==
          RoleAndText{"headline", "2025-02-01 Trump speaks"});
    CHECK(Paragraphs("# Trump speaks to reporters.\n\nHe spoke.\n\n## Background\n\nIt was "
                     "late.\n\n### What next\n\n#hashtag") ==
          std::vector<RoleAndText>{{"headline", "# Trump speaks to reporters."},
                                   {"body", "He spoke."},
                                   {"headline", "## Background"},
                                   {"body", "It was late."},
                                   {"headline", "### What next"},
                                   {"body", "#hashtag"}});
    // A first paragraph that ends like a sentence is body text, unless it is in Title Case
    // (some sources end headlines with a full stop); a sentence full of names is not.
    CHECK(Paragraphs("Trump spoke to reporters on Friday.\n\nHe spoke.")[0].first == "body");
    CHECK(Paragraphs("Bellwether County Says Trump Should Win GOP Nomination.\n\nIt did.")[0] ==
          RoleAndText{"headline", "Bellwether County Says Trump Should Win GOP Nomination."});
    CHECK(Paragraphs("Breitbart News Daily: A World at War.\n\nIt is.")[0].first == "headline");
    CHECK(Paragraphs("Donald J. Trump met Xi Jinping in Beijing.\n\nThey spoke.")[0].first ==
          "body");
    CHECK(Paragraphs("Clinton Foundation Donors Gave Millions To Charity.\n\nThey did.")[0].first ==
          "headline");
    CHECK(Paragraphs("Hillary Clinton Wins South Dakota Primary.\n\nShe did.")[0].first ==
          "headline");
    CHECK(Paragraphs("Trump Wins.\n\nHe did.")[0].first == "body");
    // A text of one paragraph has no headline.
    CHECK(Paragraphs("Trump speaks")[0].first == "body");
    // Only the first paragraph can be a headline.
    CHECK(Paragraphs("He spoke.\n\nA short line")[1].first == "body");
  }
  SECTION("captions") {
    for (const char* caption : {
             "President Donald Trump (Photo by Scott Olson/Getty Images)",
             "Vladimir Putin in Moscow. Getty Images",
             "Ukrainian soldiers near Bakhmut. (AP Photo/Evgeniy Maloletka)",
             "Photo: Reuters",
             "The Kremlin in Moscow (File photo)",
             "Credit: Jane Doe",
             "Image caption, The minister in London",
             "Protesters in Berlin. EPA-EFE/Clemens Bilan",
             "Traders at the exchange. Shutterstock",
         }) {
      INFO(caption);
      CHECK(Paragraphs(std::string("He spoke.\n\n") + caption + "\n\nIt was late.")[1] ==
            RoleAndText{"caption", caption});
    }
    // Words of the markers without the markers: no caption.
    CHECK(Paragraphs("He spoke.\n\nThe photo and the picture of the credit card were shared, an "
                     "image of affluence.\n\nIt was late.")[1]
              .first == "body");
  }
  SECTION("bylines") {
    CHECK(Paragraphs("He spoke.\n\nBY JANE DOE\n\nIt was late.")[1].first == "byline");
    // A name, a comma and a journalist's beat; not a sentence that ends so.
    CHECK(Paragraphs("Wind farm approved\n\nOrla Whelan, Western Correspondent\n\nIt was late.")[1]
              .first == "byline");
    CHECK(Paragraphs("He spoke.\n\nShe said, then, that he was no Correspondent\n\nIt was late.")[1]
              .first == "body");
    // The Guardian's: a name, a beat and the role in small letters, no comma; not a line in
    // small letters before the role.
    CHECK(Paragraphs("Wind farm approved\n\nHarriet Sowerby Health correspondent\n\nLate.")[1]
              .first == "byline");
    CHECK(
        Paragraphs("Wind farm approved\n\nHe met the new health correspondent\n\nLate.")[1].first ==
        "body");
    CHECK(Paragraphs("He spoke.\n\nReporting by Jane Doe; Editing by John Roe\n\nLate.")[1].first ==
          "byline");
    CHECK(
        Paragraphs("He spoke.\n\nBy the time he arrived, the talks were over.\n\nLate.")[1].first ==
        "body");
    CHECK(Paragraphs("He spoke.\n\nBy Friday the talks had ended.\n\nLate.")[1].first == "body");
  }
  SECTION("datelines open a paragraph and become a paragraph of their own") {
    CHECK(Paragraphs("KYIV, Ukraine, Feb. 1 (AP) \u2014 Ukrainian officials said no.") ==
          std::vector<RoleAndText>{{"dateline", "KYIV, Ukraine, Feb. 1 (AP) \u2014"},
                                   {"body", "Ukrainian officials said no."}});
    CHECK(Paragraphs("NEW YORK (AP) - Stocks fell.") ==
          std::vector<RoleAndText>{{"dateline", "NEW YORK (AP) -"}, {"body", "Stocks fell."}});
    CHECK(Paragraphs("LONDON \u2014 Britain said no.") ==
          std::vector<RoleAndText>{{"dateline", "LONDON \u2014"}, {"body", "Britain said no."}});
    CHECK(Paragraphs("NATO allies met in Brussels.") ==
          std::vector<RoleAndText>{{"body", "NATO allies met in Brussels."}});
    CHECK(Paragraphs("WASHINGTON (Reuters) some text") ==
          std::vector<RoleAndText>{{"body", "WASHINGTON (Reuters) some text"}});
    // In the lead, a place in small letters after its capital, then a comma or parentheses.
    CHECK(Paragraphs("Lomassi, Tembara \u2014 The count was disputed.") ==
          std::vector<RoleAndText>{{"dateline", "Lomassi, Tembara \u2014"},
                                   {"body", "The count was disputed."}});
    CHECK(Paragraphs("Porto Alvar (Portugal) (AFP) \u2014 A volcano erupted.") ==
          std::vector<RoleAndText>{{"dateline", "Porto Alvar (Portugal) (AFP) \u2014"},
                                   {"body", "A volcano erupted."}});
    // Not a sentence that opens with a function or a time word, nor without a comma or
    // parentheses, nor after two paragraphs of body.
    CHECK(Paragraphs("On Monday, Tesla \u2014 the carmaker \u2014 said so.")[0].first == "body");
    CHECK(Paragraphs("Yesterday, Mr Smith - the leader - said so.")[0].first == "body");
    CHECK(Paragraphs("Stocks \u2014 and bonds \u2014 fell.")[0].first == "body");
    CHECK(Paragraphs("One.\n\nTwo.\n\nParis, France \u2014 Three.")[2].first == "body");
    // A place in capitals and a colon, in the first paragraph of body only; not a label, nor a
    // transcript's first turn.
    CHECK(Paragraphs("PONNAGARAM: The Chief Minister said so.") ==
          std::vector<RoleAndText>{{"dateline", "PONNAGARAM:"},
                                   {"body", "The Chief Minister said so."}});
    CHECK(Paragraphs("NEW DELHI: The court ruled.")[0].second == "NEW DELHI:");
    CHECK(Paragraphs("UPDATE: The minister resigned.")[0].first == "body");
    CHECK(Paragraphs("One.\n\nCHENNAI: Two.")[1].first == "body");
    CHECK(Paragraphs("TAPPER: Welcome.\n\nSMITH: Thanks.")[0].first == "body");
  }
  SECTION("blank lines of spaces, and spaces around paragraphs") {
    CHECK(Paragraphs("  First line here.  \n \t \n\n   Second line here.\n\n\n") ==
          std::vector<RoleAndText>{{"body", "First line here."}, {"body", "Second line here."}});
    CHECK(newslens::Segment("").paragraphs.empty());
    CHECK(newslens::Segment(" \n\n \t\n").paragraphs.empty());
  }
}

// paragraphs.cc LooksLikeTimestamp(): the line of the date and time a story went out, with the
// author's or the outlet's name between separators, is the byline's, not the lead.
TEST_CASE("A line of the date and time the story went out is a byline") {
  const std::string article =
      "date 2025-03-19 Fire chief concedes warnings came too late\n\n"
      "By Ellie Marchant\n"
      "March 19, 2025 \u2014 6.15pm\n\n"
      "Faraz Mahmood | Published March 18, 2025\n\n"
      "Updated on: October 17, 2024 / 6:42 PM EDT / CBS News\n\n"
      "Nikhil Deshpande / TNN / Jul 8, 2025, 04:21 IST\n\n"
      "A fire chief said on March 19, 2025 that crews ran out of time.\n";
  CHECK(Paragraphs(article) ==
        std::vector<RoleAndText>{
            {"headline", "date 2025-03-19 Fire chief concedes warnings came too late"},
            {"byline", "By Ellie Marchant"},
            {"byline", "March 19, 2025 \u2014 6.15pm"},
            {"byline", "Faraz Mahmood | Published March 18, 2025"},
            {"byline", "Updated on: October 17, 2024 / 6:42 PM EDT / CBS News"},
            {"byline", "Nikhil Deshpande / TNN / Jul 8, 2025, 04:21 IST"},
            // Running text stays the story's.
            {"body", "A fire chief said on March 19, 2025 that crews ran out of time."}});
}

TEST_CASE("The whole pipeline up to segmentation on a raw article") {
  // Raw text as a user pastes it: straight and curly marks mixed, ’ as apostrophe and as a
  // closing quote, NBSP after a title; segmentation runs on the normalized text.
  const std::string raw =
      " date 2025-02-01 Trump says he and Putin could do something \u2018significant\u2019 in "
      "Ukraine\n"
      "\n"
      "President Donald Trump (Photo by Scott Olson/Getty Images)\n"
      "\n"
      "Mr.\u00A0Trump said his administration had \u201Cvery serious\u201D talks. \"We want to "
      "end that war. That war would have not started,\" he said.\n"
      "\n"
      "Asked if he had spoken to Putin, Trump said: \u201CI don\u2019t want to say that.\u201D "
      "Kyiv\u2019s forces\u2026 held.\n";
  const newslens::NormalizedText n = newslens::Normalize(raw);
  const newslens::Segmentation seg = newslens::Segment(n.text);
  CHECK(CheckStructure(n.text, seg) == "");
  CHECK(Paragraphs(n.text) ==
        std::vector<RoleAndText>{
            {"headline",
             "date 2025-02-01 Trump says he and Putin could do something \u2018significant\u2019 "
             "in Ukraine"},
            {"caption", "President Donald Trump (Photo by Scott Olson/Getty Images)"},
            {"body",
             "Mr. Trump said his administration had \u201Cvery serious\u201D talks. \u201CWe want "
             "to end that war. That war would have not started,\u201D he said."},
            {"body",
             "Asked if he had spoken to Putin, Trump said: \u201CI don't want to say that.\u201D "
             "Kyiv's forces... held."}});
  CHECK(Sentences(n.text) ==
        Strings{"date 2025-02-01",
                "Trump says he and Putin could do something \u2018significant\u2019 in Ukraine",
                "President Donald Trump (Photo by Scott Olson/Getty Images)",
                "Mr. Trump said his administration had \u201Cvery serious\u201D talks.",
                "\u201CWe want to end that war.", "That war would have not started,\u201D he said.",
                "Asked if he had spoken to Putin, Trump said: \u201CI don't want to say "
                "that.\u201D",
                "Kyiv's forces... held."});
  // Spans found on the normalized text lead back to the raw text.
  const Span mr_trump = n.to_source.ToSource(seg.tokens[seg.sentences[3].first_token].span);
  CHECK(Text(raw, mr_trump) == "Mr.");
  const Span third = n.to_source.ToSource(seg.sentences[3].span);
  CHECK(Text(raw, third) ==
        "Mr.\u00A0Trump said his administration had \u201Cvery serious\u201D "
        "talks.");
  const Span last = n.to_source.ToSource(seg.paragraphs.back().span);
  CHECK(Text(raw, last) ==
        "Asked if he had spoken to Putin, Trump said: \u201CI don\u2019t want to say "
        "that.\u201D Kyiv\u2019s forces\u2026 held.");
}

TEST_CASE("Paragraph role names") {
  CHECK(std::string(newslens::ParagraphRoleName(ParagraphRole::kHeadline)) == "headline");
  CHECK(std::string(newslens::ParagraphRoleName(ParagraphRole::kCaption)) == "caption");
  CHECK(std::string(newslens::ParagraphRoleName(ParagraphRole::kByline)) == "byline");
  CHECK(std::string(newslens::ParagraphRoleName(ParagraphRole::kDateline)) == "dateline");
  CHECK(std::string(newslens::ParagraphRoleName(ParagraphRole::kBody)) == "body");
}
