// The invariants every analysis must keep (issue 6), as plain functions over the CLI's JSON and
// the input bytes: shared by the bad-input suites (CLI, wasm) and the invariants suite over the
// evaluation documents. Each returns a list of problems (empty when all hold), so a failure
// names every broken span at once.
import { spansOf } from '../support.mjs';

/** Where a character of the input may start or end, for each encoding the decoder reads. */
export function boundaries(bytes, encoding) {
  const n = bytes.length;
  const at = new Uint8Array(n + 1);
  at[0] = 1;
  at[n] = 1;
  if (encoding === 'windows-1252') {
    at.fill(1);
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const unit = encoding === 'utf-16le' ? (i) => bytes[i] | (bytes[i + 1] << 8)
                                         : (i) => (bytes[i] << 8) | bytes[i + 1];
    for (let i = 0; i + 1 < n;) {
      const u = unit(i);
      const low = i + 3 < n ? unit(i + 2) : 0;
      i += u >= 0xd800 && u <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 4 : 2;
      at[i] = 1;
    }
  } else {
    for (let i = 0; i < n;) {
      i += utf8SequenceLength(bytes, i);
      at[i] = 1;
    }
  }
  return at;
}

/**
 * Length of the UTF-8 sequence at `i`, or of its maximal ill-formed subpart (Unicode 15, 3.9),
 * which the decoder repairs as one U+FFFD.
 */
export function utf8SequenceLength(bytes, i) {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  let need, lo = 0x80, hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 1;
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return k;
    const b = bytes[i + k];
    if (b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return k;
  }
  return need + 1;
}

// Windows-1252's bytes 0x80-0x9F (the WHATWG Encoding Standard's index; the five it leaves
// undefined map to C1 controls). Node's TextDecoder reads 'windows-1252' as ISO-8859-1.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
  0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes) {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b);
  return text;
}

/**
 * What the decoder makes of `bytes` in plain-text mode (no HTML): the encoding's decoding with
 * U+FFFD for ill-formed bytes, CRLF and CR as LF, other C0 controls (but TAB, LF, FF) and DEL as
 * a space. The reference for every `text` field of an analysis of plain text.
 */
export function decodePlain(bytes, encoding) {
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes)
                                           : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g, ' ');
}

/**
 * The invariants of one analysis (the CLI's JSON, byte offsets) of `bytes`:
 *  - every span in range, start <= end, on character boundaries of the input;
 *  - paragraphs in order; every sentence and every quote span inside a paragraph;
 *  - for plain text, each mention's, value's and cue's text is its span decoded, and each
 *    quote's text its spans decoded and joined by one space;
 *  - ids e1.. and q1.. in order; speakers point at entities; confidences in [0, 1].
 */
export function analysisProblems(analysis, bytes) {
  const problems = [];
  const { encoding, html } = analysis.document.input;
  const onBoundary = boundaries(bytes, encoding);
  const show = (s) => `[${s.start}, ${s.end})`;
  for (const [where, s] of spansOf(analysis)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 &&
          s.start <= s.end && s.end <= bytes.length)) {
      problems.push(`${where} ${show(s)} is outside [0, ${bytes.length}]`);
    } else if (!onBoundary[s.start] || !onBoundary[s.end]) {
      problems.push(`${where} ${show(s)} splits a character of the input`);
    }
  }
  if (analysis.document.input.bytes !== bytes.length) {
    problems.push(`input.bytes is ${analysis.document.input.bytes}, the input has ${bytes.length}`);
  }
  const paragraphs = analysis.document.paragraphs;
  for (let i = 1; i < paragraphs.length; i++) {
    if (paragraphs[i].start < paragraphs[i - 1].end) problems.push(`paragraph ${i} overlaps the one before`);
  }
  const inParagraph = (s) => paragraphs.some((p) => p.start <= s.start && s.end <= p.end);
  for (const [i, s] of analysis.document.sentences.entries()) {
    if (!inParagraph(s)) problems.push(`sentence ${i} ${show(s)} is in no paragraph`);
  }
  const plain = !html;
  const decode = (s) => decodePlain(bytes.subarray(s.start, s.end), encoding);
  const ids = new Set();
  for (const [i, e] of analysis.entities.entries()) {
    if (e.id !== `e${i + 1}`) problems.push(`entity ${i} has id ${e.id}`);
    ids.add(e.id);
    for (const m of e.mentions) {
      if (plain && m.text !== decode(m)) {
        problems.push(`mention of ${e.id} ${show(m)}: text ${JSON.stringify(m.text)}, span ${JSON.stringify(decode(m))}`);
      }
    }
  }
  for (const v of analysis.values) {
    if (plain && v.text !== decode(v)) {
      problems.push(`value ${show(v)}: text ${JSON.stringify(v.text)}, span ${JSON.stringify(decode(v))}`);
    }
  }
  for (const [i, q] of analysis.quotes.entries()) {
    if (q.id !== `q${i + 1}`) problems.push(`quote ${i} has id ${q.id}`);
    for (const s of q.spans) {
      if (!inParagraph(s)) problems.push(`quote ${q.id} span ${show(s)} is in no paragraph`);
    }
    if (plain && q.text !== q.spans.map(decode).join(' ')) {
      problems.push(`quote ${q.id}: text ${JSON.stringify(q.text)}, spans ${JSON.stringify(q.spans.map(decode).join(' '))}`);
    }
    if (q.cue && plain && q.cue.text !== decode(q.cue)) {
      problems.push(`cue of ${q.id}: text ${JSON.stringify(q.cue.text)}, span ${JSON.stringify(decode(q.cue))}`);
    }
    if (q.speaker?.entity != null && !ids.has(q.speaker.entity)) {
      problems.push(`quote ${q.id}: speaker ${q.speaker.entity} is no entity`);
    }
    if (!(q.confidence >= 0 && q.confidence <= 1)) problems.push(`quote ${q.id}: confidence ${q.confidence}`);
  }
  return problems;
}
