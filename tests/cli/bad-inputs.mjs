// The bad-input table (issue 6): each input, generated at test time (nothing large is committed),
// with the outcome it must have. Shared by the CLI suite (bad-input.test.mjs here), the
// WebAssembly suite (tests/wasm/bad-input.test.mjs) and the page (tests/web/bad-input.test.mjs).
//
// A case is {name, file, bytes(), ...} and either
//   ok:    {encoding, repaired, paragraphs, quotes?, html?}  analysed; `paragraphs` are the
//          decoded texts of the paragraph spans (so offsets are checked, not only counts), or
//          for large inputs `paragraphSpans` their [start, end]; `quotes`, when given, the
//          texts of all quotes; `firstStart` the first paragraph's start
//   error: {offset, message}                                  rejected: exit 1, this message
// `seconds` bounds the CLI's time on the case (superlinear time is a failure too), and
// `stress` marks cases too slow for `make test`, run by `make stress` (NEWSLENS_STRESS=1).

const FFFD = '\uFFFD';

function bytesOf(...parts) {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
}

// An article of some 400 bytes with `bad` inside the first quotation: invalid bytes are "a few"
// (the decoder rejects input that is more than 5% invalid) and the spans around them are checked.
const HEADLINE = 'Council approves harbour tunnel after a long night';
const DATELINE = 'PORTLAND —';  // a paragraph of its own (segment.h)
const LEAD = 'The city council approved a $4.2 billion tunnel under the harbour on Tuesday, ' +
             'ending a fight that has split the city since 2019.';
const CLOSING = '“We will keep fighting this in court,” said Tom Reyes, who leads the Harbour Watch group.';
const quoteWith = (repair) => `The vote ${repair} was close, but we won,`;
const bodyWith = (repair) => `“${quoteWith(repair)}” Mayor Grace Okafor told reporters after the session.`;
const paragraphsWith = (repair) => [HEADLINE, DATELINE, LEAD, bodyWith(repair), CLOSING];
const quotesWith = (repair) => [quoteWith(repair), 'We will keep fighting this in court,'];

function article(bad) {
  return bytesOf(`${HEADLINE}\n\n${DATELINE} ${LEAD}\n\n“The vote `, bad,
                 ' was close, but we won,” Mayor Grace Okafor told reporters after the session.\n\n',
                 `${CLOSING}\n`);
}

// Invalid UTF-8 inside the article: each maximal ill-formed subpart becomes one U+FFFD (as the
// WHATWG decoder and Python's "replace" do), and every span around it keeps its bytes.
function invalidUtf8(name, bad, replacements, repair = FFFD.repeat(replacements)) {
  return {
    name: `invalid UTF-8: ${name}`,
    file: `invalid-utf8-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase()}.txt`,
    bytes: () => article(bad),
    ok: { encoding: 'utf-8', repaired: replacements, paragraphs: paragraphsWith(repair), quotes: quotesWith(repair) },
  };
}

function utf16(text, littleEndian, bom) {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  return bom ? Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

const ARTICLE_TEXT = `${HEADLINE}\n\n${DATELINE} ${LEAD}\n\n${bodyWith('by 5 votes to 4')}\n\n${CLOSING}\n`;
const ARTICLE_OK = {
  encoding: 'utf-8', repaired: 0, paragraphs: paragraphsWith('by 5 votes to 4'),
  quotes: quotesWith('by 5 votes to 4'),
};
// An input with no word is analysed (nothing found) with the warning that it is empty.
const EMPTY = { encoding: 'utf-8', repaired: 0, paragraphs: [], quotes: [], warnings: ['empty_text'] };

const HTML_WITH_SCRIPTS = `<!DOCTYPE html>
<html><head><title>Page title</title>
<script>var s = "“Fake quote,” said Nobody Smith."; if (a < b && c > d) {}</script></head>
<body><h1>Real headline</h1>
<script>document.write("<p>“Injected,” he said.</p>")</script>
<p>“Real quote,” said Anna Berg.</p>
<style>p::before { content: "“Styled,” said Nobody." }</style>
<noscript><p>“Hidden,” said Nobody.</p></noscript>
<p>Second paragraph.</p>
<script>never closed “Lost,” said Nobody Smith.`;

const TEN_MB = 10_000_000;
const HUNDRED_MB = 100_000_000;
const LINE = '“We will vote on the plan next week,” said Mayor Ana Lima of Portland. ' +
             'The council met for 14 hours on Tuesday and approved $4.2 billion. ';
// One line of `size` bytes: whole sentences, then letters up to the size (so the line ends on
// neither a space nor inside a character). `make bench` measures it too (tools/bench/scaling.mjs).
export function oneLine(size) {
  const line = Buffer.from(LINE);
  const out = Buffer.alloc(size, 'a');
  for (let i = 0; i + line.length < size; i += line.length) line.copy(out, i);
  return out;
}

export const CASES = [
  // --- Invalid UTF-8, class by class ---------------------------------------------------------
  invalidUtf8('lone continuation bytes (80 BF)', [0x80, 0xbf], 2),
  invalidUtf8('bytes that never start a sequence (C0 C1 F5 FF)', [0xc0, 0xc1, 0xf5, 0xff], 4),
  invalidUtf8('overlong "/" in 2, 3 and 4 bytes', [0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xf0, 0x80, 0x80, 0xaf], 9),
  invalidUtf8('overlong NUL (C0 80), which is no NUL', [0xc0, 0x80], 2),
  invalidUtf8('surrogates U+D800 and U+DFFF encoded as UTF-8', [0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf], 6),
  invalidUtf8('a CESU-8 surrogate pair', [0xed, 0xa0, 0xbd, 0xed, 0xb2, 0xa9], 6),
  invalidUtf8('beyond U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 4),
  invalidUtf8('5- and 6-byte forms', [0xf8, 0x88, 0x80, 0x80, 0x80, 0xfc, 0x84, 0x80, 0x80, 0x80, 0x80], 11),
  invalidUtf8('sequences cut short (C3, E2 80, F0 9F 8E)', [0xc3, 0x20, 0xe2, 0x80, 0x20, 0xf0, 0x9f, 0x8e], 3,
              `${FFFD} ${FFFD} ${FFFD}`),
  invalidUtf8('FE FF in the middle, where it is no byte order mark', [0xfe, 0xff], 2),
  {
    name: 'invalid UTF-8: a sequence cut by the end of the file',
    file: 'invalid-utf8-cut-at-end.txt',
    bytes: () => bytesOf(`${ARTICLE_TEXT.trimEnd()} `, [0xf0, 0x9f, 0x8e]),
    ok: { encoding: 'utf-8', repaired: 1, paragraphs: [...paragraphsWith('by 5 votes to 4').slice(0, 4), `${CLOSING} ${FFFD}`] },
  },
  {
    name: 'invalid UTF-8: ASCII but for an emoji cut by the end of the file (UTF-8, not Windows-1252)',
    file: 'ascii-cut-emoji.txt',
    bytes: () => bytesOf('Headline\n\nText ends in a cut emoji ', [0xf0, 0x9f, 0x8e]),
    ok: { encoding: 'utf-8', repaired: 1, paragraphs: ['Headline', `Text ends in a cut emoji ${FFFD}`] },
  },
  {
    name: 'valid UTF-8: noncharacters U+FFFE, U+FFFF and U+10FFFF are kept',
    file: 'noncharacters.txt',
    bytes: () => article([0xef, 0xbf, 0xbe, 0xef, 0xbf, 0xbf, 0xf4, 0x8f, 0xbf, 0xbf]),
    ok: { encoding: 'utf-8', repaired: 0, paragraphs: paragraphsWith('\uFFFE\uFFFF\u{10FFFF}') },
  },
  {
    name: 'mostly invalid UTF-8 is not text',
    file: 'mostly-invalid.txt',
    bytes: () => bytesOf('Café ', Buffer.alloc(100, 0x80)),
    error: { offset: 6, message: 'not UTF-8: 100 invalid bytes, the first at byte offset 6' },
  },
  {
    name: 'Windows-1252: 8-bit text without any UTF-8 sequence',
    file: 'windows-1252.txt',
    bytes: () => Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners '), 0x93,
                              ...Buffer.from('cheer'), 0x94, ...Buffer.from(' the plan '), 0x96,
                              ...Buffer.from(' for now.\n\nThe mayor'), 0x92, ...Buffer.from('s budget.')]),
    ok: { encoding: 'windows-1252', repaired: 0, paragraphs: ['Café owners “cheer” the plan – for now.', 'The mayor’s budget.'] },
  },

  // --- NUL and control characters -------------------------------------------------------------
  {
    name: 'a NUL byte: not text',
    file: 'nul.txt',
    bytes: () => bytesOf(ARTICLE_TEXT.slice(0, 60), [0], ARTICLE_TEXT.slice(60)),
    error: { offset: 60, message: 'NUL byte at byte offset 60' },
  },
  {
    name: 'a few control characters become spaces',
    file: 'controls.txt',
    bytes: () => bytesOf('Bell\x07 and tab\there\n\nVertical\x0btab, escape\x1b, DEL\x7f, lone CR\rend.'),
    // A lone CR ends a line like LF, and the lines of this block are paragraphs of their own.
    ok: { encoding: 'utf-8', repaired: 0, paragraphs: ['Bell  and tab\there', 'Vertical tab, escape , DEL , lone CR', 'end.'] },
  },
  {
    name: 'mostly control characters: not text',
    file: 'mostly-controls.txt',
    bytes: () => bytesOf('a\x01b\x02c\x03d\x04e\x05f\x06g'),
    error: { offset: 1, message: '6 control bytes, the first at byte offset 1' },
  },

  // --- Byte order marks and UTF-16 --------------------------------------------------------------
  {
    name: 'UTF-8 byte order mark and CRLF line ends',
    file: 'utf8-bom-crlf.txt',
    bytes: () => bytesOf([0xef, 0xbb, 0xbf], ARTICLE_TEXT.replace(/\n/g, '\r\n')),
    ok: { ...ARTICLE_OK, firstStart: 3 },
  },
  {
    name: 'only a UTF-8 byte order mark',
    file: 'utf8-bom-only.txt',
    bytes: () => Buffer.from([0xef, 0xbb, 0xbf]),
    ok: EMPTY,
  },
  {
    name: 'two UTF-8 byte order marks: the second is a zero-width no-break space, left out',
    file: 'utf8-two-boms.txt',
    bytes: () => bytesOf([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'Hello there.\n\nSecond paragraph.'),
    ok: { encoding: 'utf-8', repaired: 0, paragraphs: ['Hello there.', 'Second paragraph.'], firstStart: 6 },
  },
  {
    name: 'UTF-16LE with a byte order mark',
    file: 'utf16le-bom.txt',
    bytes: () => utf16(ARTICLE_TEXT, true, true),
    ok: { ...ARTICLE_OK, encoding: 'utf-16le', firstStart: 2 },
  },
  {
    name: 'UTF-16BE with a byte order mark',
    file: 'utf16be-bom.txt',
    bytes: () => utf16(ARTICLE_TEXT, false, true),
    ok: { ...ARTICLE_OK, encoding: 'utf-16be', firstStart: 2 },
  },
  {
    name: 'UTF-16LE without a byte order mark',
    file: 'utf16le.txt',
    bytes: () => utf16(ARTICLE_TEXT, true, false),
    ok: { ...ARTICLE_OK, encoding: 'utf-16le' },
  },
  {
    name: 'UTF-16BE without a byte order mark',
    file: 'utf16be.txt',
    bytes: () => utf16(ARTICLE_TEXT, false, false),
    ok: { ...ARTICLE_OK, encoding: 'utf-16be' },
  },
  {
    name: 'UTF-16 with unpaired surrogates and a pair (an emoji)',
    file: 'utf16-surrogates.txt',
    bytes: () => utf16('Surrogates \uD800 here 🎉\n\nAnd \uDC00 there.', true, true),
    ok: { encoding: 'utf-16le', repaired: 2, paragraphs: [`Surrogates ${FFFD} here 🎉`, `And ${FFFD} there.`] },
  },
  {
    name: 'UTF-16 with an odd final byte',
    file: 'utf16-odd.txt',
    bytes: () => Buffer.concat([utf16('Odd length\n\nText', false, true), Buffer.from([0x41])]),
    ok: { encoding: 'utf-16be', repaired: 1, paragraphs: ['Odd length', `Text${FFFD}`] },
  },
  {
    name: 'UTF-16 with a NUL character: not text',
    file: 'utf16-nul.txt',
    bytes: () => utf16('ab\0cd', true, true),
    error: { offset: 6, message: 'NUL character at byte offset 6' },
  },
  {
    name: 'UTF-32LE (unsupported): not text',
    file: 'utf32le.txt',
    bytes: () => Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0, 0x69, 0, 0, 0]),
    error: { offset: 2, message: 'NUL character at byte offset 2' },
  },

  // --- Nothing to analyse --------------------------------------------------------------------
  { name: 'empty input', file: 'empty.txt', bytes: () => Buffer.alloc(0), ok: EMPTY },
  {
    name: 'only whitespace',
    file: 'whitespace.txt',
    bytes: () => bytesOf(' \t\n\n  \r\n\f\n \u00a0\u2003\n'),
    ok: EMPTY,
  },
  {
    name: 'only invisible characters (zero-width space, joiner, soft hyphen)',
    file: 'invisible.txt',
    bytes: () => bytesOf('\u200b\u200d\u00ad\n\n\u2060'),
    ok: EMPTY,
  },

  // --- Markup --------------------------------------------------------------------------------
  {
    name: 'HTML with scripts, styles and a script that never ends',
    file: 'scripts.html',
    bytes: () => Buffer.from(HTML_WITH_SCRIPTS),
    ok: {
      encoding: 'utf-8', repaired: 0, html: true,
      paragraphs: ['Real headline', '“Real quote,” said Anna Berg.', 'Second paragraph.'],
      quotes: ['Real quote,'],
    },
  },
  {
    name: 'HTML: 100,000 tags that never end (linear time)',
    file: 'unterminated-tags.html',
    bytes: () => Buffer.from('<p>First.</p><div>Second.</div>' + '<a "'.repeat(100000)),
    seconds: 5,
    ok: { encoding: 'utf-8', repaired: 0, html: true, paragraphs: ['First.', 'Second.'], quotes: [] },
  },

  // --- Quotation marks -----------------------------------------------------------------------
  {
    name: '100,000 opening quotation marks',
    file: 'open-marks.txt',
    bytes: () => Buffer.from('Marks\n\n' + '“'.repeat(100000)),
    seconds: 5,
    ok: { encoding: 'utf-8', repaired: 0, paragraphs: ['Marks', '“'.repeat(100000)], quotes: [] },
  },
  {
    name: '100,000 straight quotation marks',
    file: 'straight-marks.txt',
    bytes: () => Buffer.from('Marks\n\n' + '"'.repeat(100000)),
    seconds: 5,
    ok: { encoding: 'utf-8', repaired: 0, paragraphs: ['Marks', '"'.repeat(100000)], quotes: [] },
  },
  {
    name: '100,000 quotation marks in 50,000 quotations',
    file: 'many-quotes.txt',
    bytes: () => Buffer.from('Marks\n\n' + '“Yes,” she said. '.repeat(50000)),
    seconds: 10,
    ok: {
      encoding: 'utf-8', repaired: 0,
      paragraphs: ['Marks', '“Yes,” she said. '.repeat(50000).trimEnd()],
      quotes: Array(50000).fill('Yes,'),
    },
  },
  {
    name: 'quotation marks nested three deep',
    file: 'nested-3.txt',
    bytes: () => Buffer.from('Nested\n\n“He told me, ‘She said “never” to them,’ and left,” Ms. Ortiz said.'),
    ok: {
      encoding: 'utf-8', repaired: 0,
      paragraphs: ['Nested', '“He told me, ‘She said “never” to them,’ and left,” Ms. Ortiz said.'],
      quotes: ['He told me, ‘She said “never” to them,’ and left,'],
    },
  },
  {
    name: 'quotation marks nested 10,000 deep',
    file: 'nested-10000.txt',
    bytes: () => Buffer.from('Nested\n\n' + '“‘'.repeat(5000) + 'core' + '’”'.repeat(5000) + ' she said.'),
    seconds: 5,
    ok: { encoding: 'utf-8', repaired: 0, paragraphs: ['Nested', '“‘'.repeat(5000) + 'core' + '’”'.repeat(5000) + ' she said.'] },
  },

  // --- Size ----------------------------------------------------------------------------------
  {
    name: 'one million combining marks on one letter (linear time)',
    file: 'combining-marks.txt',
    bytes: () => Buffer.from('Marks\n\na' + '\u0301\u0316'.repeat(500000)),
    seconds: 5,
    ok: { encoding: 'utf-8', repaired: 0, paragraphs: ['Marks', 'a' + '\u0301\u0316'.repeat(500000)] },
  },
  {
    name: 'one 10 MB line',
    file: 'line-10mb.txt',
    bytes: () => oneLine(TEN_MB),
    seconds: 20,
    large: true,
    ok: { encoding: 'utf-8', repaired: 0, paragraphSpans: [[0, TEN_MB]] },
  },
  {
    name: 'one 100 MB line',
    file: 'line-100mb.txt',
    bytes: () => oneLine(HUNDRED_MB),
    seconds: 120,
    large: true,
    stress: true,
    ok: { encoding: 'utf-8', repaired: 0, paragraphSpans: [[0, HUNDRED_MB]] },
  },
];

export const STRESS = process.env.NEWSLENS_STRESS === '1';
