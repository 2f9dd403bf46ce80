// The layout of an article's text (newslens-view-drawing.mjs): which marks cover which piece of
// text, what a piece of raw markup shows, and the one way the view makes an element.

// --- HTML input: what a piece of raw markup shows --------------------------------------------

const NAMED_REFERENCES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«',
  raquo: '»', hellip: '…', middot: '·', bull: '•', deg: '°', euro: '€', pound: '£', yen: '¥',
  cent: '¢', copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', aring: 'å', iacute: 'í', igrave: 'ì',
  iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', oslash: 'ø', uacute: 'ú',
  ugrave: 'ù', uuml: 'ü', ntilde: 'ñ', ccedil: 'ç', szlig: 'ß', Eacute: 'É', Auml: 'Ä',
  Ouml: 'Ö', Uuml: 'Ü', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

// The engine has already found the text in the markup (the offsets); this only cleans up what
// is shown between two offsets. Tags and comments disappear; character references are resolved
// (an unknown named one is left as written).
export function textOfMarkup(piece) {
  return piece
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, '')
    .replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref) => {
      if (ref[0] !== '#') return NAMED_REFERENCES[ref] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code) : '\ufffd';
    });
}

// --- Layout: which marks cover which piece of text ---------------------------------------------

// The index of the first of `ranges` (sorted, disjoint {start, end}) that ends after `offset`;
// ranges.length when none does.
export function firstEndingAfter(ranges, offset) {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Each interval goes to every range it overlaps (ranges are sorted and disjoint: the chunks of
// an article, the paragraphs of a chunk), so a paragraph's pieces are computed from its own few
// intervals only.
export function bucketByRange(ranges, intervals) {
  const buckets = ranges.map(() => []);
  for (const interval of intervals) {
    for (let i = firstEndingAfter(ranges, interval.start);
         i < ranges.length && ranges[i].start < interval.end; i++) {
      buckets[i].push(interval);
    }
  }
  return buckets;
}

// The interval of `kind` covering [a, b): for quotes the innermost (latest start); for mentions
// a speaker's mention wins over a plain entity mention of the same words.
export function covering(bucket, kind, a, b) {
  let best = null;
  for (const iv of bucket) {
    if (iv.kind !== kind || iv.start > a || iv.end < b) continue;
    if (!best || iv.start > best.start || (iv.speaker && !best.speaker)) best = iv;
  }
  return best;
}

export function create(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}
