// Renders an analysed article: the original text, as text nodes only, with quotes highlighted in
// one colour per speaker, speakers' mentions and entity mentions marked, paragraph roles
// labelled, and details of a quote on hover or focus. Used by <newslens-article> (in its shadow
// root) and by the newslens page (in the document); styles come as a constructed stylesheet.
//
//   import { renderArticle, articleStyleSheet } from './newslens-view.mjs';
//   document.adoptedStyleSheets = [...document.adoptedStyleSheets, articleStyleSheet()];
//   const { element } = renderArticle(text, newslens.analyze(text));
//   container.append(element);       // or renderArticleInParts(), for a long article
//
// No string of the article is ever parsed as HTML: every piece is a text node. For an HTML
// input (analysis.document.input.html), offsets point into the raw markup; each piece of text
// between two offsets is shown with its tags removed and common character references resolved.

/** Speakers get slots 1..SPEAKER_SLOTS (colours and line styles), in order of quote count. */
export const SPEAKER_SLOTS = 7;

const KIND_LABELS = { direct: 'direct quote', mixed: 'mixed quote', partial: 'partial quote',
                      indirect: 'reported speech' };
const ROLE_LABELS = { headline: 'Headline', caption: 'Caption', byline: 'Byline', dateline: 'Dateline' };
const TYPE_LABELS = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other name' };

/** The key that groups a quote's speaker: the entity when there is one, else the phrase. */
export function speakerKey(quote) {
  const speaker = quote.speaker;
  if (!speaker) return 'none';
  return speaker.entity ? `entity:${speaker.entity}` : `name:${speaker.name.toLowerCase()}`;
}

/**
 * A person's titles without those another one contains ("President" beside "US President"),
 * joined by commas; '' when there is none.
 */
export function titleOf(titles) {
  const list = titles ?? [];
  return list.filter((t) => !list.some((o) => o !== t && o.endsWith(` ${t}`))).join(', ');
}

function initialsOf(name) {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const picked = words.length >= 2 ? [words[0], words.at(-1)] : words.length ? words : [name.trim()];
  return picked.map((w) => [...w][0] ?? '').join('').toUpperCase() || '?';
}

/**
 * The speakers of an analysis, most quoted first, each with its quotes, a colour slot (0 for
 * the quotes whose speaker was not found, which come last) and a short badge (initials, unique
 * within the article) shown on its quotes so that colour is never the only cue.
 */
export function speakersOf(analysis) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  // Grouped as speakerKey() says, without its string for each of a long article's quotes.
  const [byEntity, byName, byKey] = [new Map(), new Map(), new Map()];
  analysis.quotes.forEach((quote, index) => {
    const phrase = quote.speaker;
    const group = !phrase ? byKey : phrase.entity ? byEntity : byName;
    const id = !phrase ? 'none' : phrase.entity || phrase.name.toLowerCase();
    let speaker = group.get(id);
    if (!speaker) {
      const entity = quote.speaker?.entity ? entities.get(quote.speaker.entity) : undefined;
      speaker = {
        key: speakerKey(quote),
        name: quote.speaker?.name ?? 'No speaker found',
        entity: entity?.id ?? null,
        title: titleOf(entity?.titles),
        quotes: [],
        firstIndex: index,
        slot: 0,
        badge: '?',
      };
      group.set(id, speaker);
    }
    speaker.quotes.push(quote);
  });
  const speakers = [...byEntity.values(), ...byName.values(), ...byKey.values()].sort((a, b) =>
    (a.key === 'none') - (b.key === 'none') || b.quotes.length - a.quotes.length ||
    a.firstIndex - b.firstIndex);
  const badges = new Set();
  speakers.forEach((speaker, i) => {
    if (speaker.key === 'none') return;
    speaker.slot = (i % SPEAKER_SLOTS) + 1;
    let badge = initialsOf(speaker.name);
    for (let n = 2; badges.has(badge); n++) badge = `${initialsOf(speaker.name)}${n}`;
    badges.add(badge);
    speaker.badge = badge;
  });
  return speakers;
}

/** A one-line description of a quote: who, their title, the cue, the kind, the confidence. */
export function describeQuote(quote, speaker) {
  const who = quote.speaker ? `Quote by ${speaker.name}${speaker.title ? `, ${speaker.title}` : ''}.`
                            : 'Quote with no speaker found.';
  const cue = quote.cue ? `, cue “${quote.cue.text}”` : '';
  return `${who} ${capitalize(KIND_LABELS[quote.kind] ?? quote.kind)}${cue}, confidence ` +
         `${quote.confidence.toFixed(2)}.`;
}

function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

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
function textOfMarkup(piece) {
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
function firstEndingAfter(ranges, offset) {
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
function bucketByRange(ranges, intervals) {
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
function covering(bucket, kind, a, b) {
  let best = null;
  for (const iv of bucket) {
    if (iv.kind !== kind || iv.start > a || iv.end < b) continue;
    if (!best || iv.start > best.start || (iv.speaker && !best.speaker)) best = iv;
  }
  return best;
}

function create(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

// --- Drawing: the article as chunks of paragraphs ----------------------------------------------

// The text is laid out in chunks of paragraphs, each a <div class="nl-chunk"> that costs no
// layout while off screen (content-visibility: auto), and drawn a few paragraphs at a time so
// that a long article (10 MB: 70,000 paragraphs, 650,000 elements) is drawn between other work.
// Large chunks: the browser watches each one's visibility at every frame.
const CHUNK_PARAGRAPHS = 500;
const CHUNK_CHARS = 65536;
const STEP_PARAGRAPHS = 25;
// Paragraphs shown without their marks while the marks are prepared: more than a screen.
const PREVIEW_PARAGRAPHS = 40;
// Quotes or mentions prepared between two looks at the clock: a few milliseconds' work.
const PREPARE_STEP = 1000;
// The legend names the most quoted speakers; the rest are counted.
const LEGEND_SPEAKERS = 24;

let renderCount = 0;

// One article's drawing: its elements, its marks sorted into chunks, what is drawn. steps() is the
// work in small pieces: renderArticle() runs it at once, renderArticleInParts() bit by bit.
class ArticleDrawing {
  element;
  speakers;
  quoteElements = new Map();
  drawnParagraphs = 0;
  prepared = false;
  #doc;
  #text;
  #analysis;
  #idPrefix;
  #show;
  #descriptions;
  #paragraphs;
  // {from, to, start, end, chars, element, next (the first paragraph not drawn), drawn; until
  // started, the `quotes` (by a span or the speaker) and `mentions` (entity, mention, ...) over
  // it; until drawn, `buckets` (each paragraph's marks), `pending` (drawn, not shown); preview}
  #chunks = [];
  #chunkOfElement = new Map();
  #cursor = 0;  // every chunk before it is drawn
  #wanted = new Set();  // chunks to draw before the others (near the viewport)
  #speakerOfQuote = new Map();
  #entities;
  #quoteById = new Map();
  #firstParagraph = new Map();  // quote id → the first paragraph the quote overlaps
  #described = new Set();

  constructor(text, analysis, options) {
    const doc = this.#doc = options.document ?? globalThis.document;
    this.#text = text;
    this.#analysis = analysis;
    this.#idPrefix = options.idPrefix ?? `nl${++renderCount}`;
    this.#show = analysis.document.input?.html ? textOfMarkup : (s) => s;
    this.#paragraphs = analysis.document.paragraphs;
    this.speakers = options.speakers ?? speakersOf(analysis);

    const root = create(doc, 'div', `nl-article${analysis.document.input?.html ? ' nl-html' : ''}`);
    if (options.legend !== false && this.speakers.length) root.append(renderLegend(doc, this.speakers));
    const body = create(doc, 'div', 'nl-text');
    this.#descriptions = create(doc, 'div');
    this.#descriptions.hidden = true;
    for (let from = 0; from < this.#paragraphs.length;) {
      let to = from;
      let chars = 0;
      while (to < this.#paragraphs.length && to - from < CHUNK_PARAGRAPHS && chars < CHUNK_CHARS) {
        chars += this.#paragraphs[to].end - this.#paragraphs[to].start;
        to++;
      }
      const element = create(doc, 'div', 'nl-chunk');
      this.#chunkOfElement.set(element, this.#chunks.length);
      this.#chunks.push({ from, to, start: this.#paragraphs[from].start, end: this.#paragraphs[to - 1].end,
                          chars, element, next: from, drawn: false, quotes: [], mentions: [],
                          buckets: null, pending: null, preview: false });
      body.append(element);
      from = to;
    }
    root.append(body, this.#descriptions);

    const tooltip = create(doc, 'div', 'nl-tooltip');
    tooltip.hidden = true;
    tooltip.setAttribute('aria-hidden', 'true');  // a visual copy of each quote's description
    root.append(tooltip);
    attachTooltip(root, tooltip, this.#quoteById, this.#speakerOfQuote);
    this.element = root;
  }

  get totalParagraphs() { return this.#paragraphs.length; }
  get chunkCount() { return this.#chunks.length; }
  get chunkElements() { return this.#chunks.filter((c) => !c.drawn).map((c) => c.element); }

  /** All the work, in pieces: preparing the marks, then a few paragraphs per piece. */
  *steps() {
    yield* this.#prepare();
    for (let k = this.#nextChunk(); k >= 0; k = this.#nextChunk()) {
      this.drawChunk(k, STEP_PARAGRAPHS);
      yield;
    }
  }

  // Every quote and entity mention goes to the chunks it overlaps, with no object made per mark
  // (hundreds of thousands living until their chunk is drawn make long garbage collections);
  // each quote's first paragraph is noted (where its focusable piece goes).
  *#prepare() {
    let n = 0;
    this.#entities = new Map(this.#analysis.entities.map((e) => [e.id, e]));
    for (const speaker of this.speakers) {
      for (const quote of speaker.quotes) {
        this.#speakerOfQuote.set(quote.id, speaker);
        if (++n % PREPARE_STEP === 0) yield;
      }
    }
    for (const quote of this.#analysis.quotes) {
      this.#quoteById.set(quote.id, quote);
      let first = Infinity;
      for (const { start, end } of quote.spans) {
        first = Math.min(first, start);
        this.#place(start, end, quote);
      }
      this.#firstParagraph.set(quote.id, firstEndingAfter(this.#paragraphs, first));
      if (quote.speaker && quote.speaker.start != null) this.#place(quote.speaker.start, quote.speaker.end, quote);
      if (++n % PREPARE_STEP === 0) yield;
    }
    for (const entity of this.#analysis.entities) {
      for (const mention of entity.mentions) {
        this.#place(mention.start, mention.end, entity, mention);
        if (++n % PREPARE_STEP === 0) yield;
      }
    }
    this.prepared = true;
  }

  // Notes a quote, or an entity's mention, in the chunks that [start, end) overlaps.
  #place(start, end, quoteOrEntity, mention) {
    const chunks = this.#chunks;
    for (let i = firstEndingAfter(chunks, start); i < chunks.length && chunks[i].start < end; i++) {
      if (mention) chunks[i].mentions.push(quoteOrEntity, mention);
      else if (chunks[i].quotes.at(-1) !== quoteOrEntity) chunks[i].quotes.push(quoteOrEntity);
    }
  }

  // The intervals of text that a chunk's marks cover (some may lie outside it).
  #intervalsOf(chunk) {
    const intervals = [];
    for (const quote of chunk.quotes) {
      for (const { start, end } of quote.spans) intervals.push({ kind: 'quote', start, end, quote });
      const speaker = quote.speaker;
      if (speaker && speaker.start != null) {
        intervals.push({ kind: 'mention', start: speaker.start, end: speaker.end,
                         speaker: this.#speakerOfQuote.get(quote.id), entity: this.#entities.get(speaker.entity) });
      }
    }
    for (let i = 0; i < chunk.mentions.length; i += 2) {
      const [entity, mention] = [chunk.mentions[i], chunk.mentions[i + 1]];
      intervals.push({ kind: 'mention', start: mention.start, end: mention.end, entity, mention });
    }
    return intervals;
  }

  want(element) {  // a chunk (by its element) to draw before those further down
    const k = this.#chunkOfElement.get(element);
    if (k !== undefined && !this.#chunks[k].drawn) this.#wanted.add(k);
  }

  #nextChunk() {
    for (const k of this.#wanted) {
      if (!this.#chunks[k].drawn) return k;
      this.#wanted.delete(k);
    }
    while (this.#cursor < this.#chunks.length && this.#chunks[this.#cursor].drawn) this.#cursor++;
    return this.#cursor < this.#chunks.length ? this.#cursor : -1;
  }

  chunkOfQuote(id) {  // the chunk of the quote's first piece, or -1 (once prepared)
    const paragraph = this.#firstParagraph.get(id);
    if (paragraph === undefined || paragraph >= this.#paragraphs.length) return -1;
    return firstEndingAfter(this.#chunks, this.#paragraphs[paragraph].start);
  }

  /**
   * Draws up to `count` more of chunk `k`'s paragraphs (all by default), shown at once near the
   * viewport, else when all are drawn (a detached fragment costs no work at each frame).
   */
  drawChunk(k, count = Infinity) {
    const chunk = this.#chunks[k];
    if (!chunk || chunk.drawn || !this.prepared) return;
    if (!chunk.buckets) {
      chunk.buckets = bucketByRange(this.#paragraphs.slice(chunk.from, chunk.to), this.#intervalsOf(chunk));
      chunk.quotes = chunk.mentions = null;
      chunk.pending = this.#doc.createDocumentFragment();
      chunk.element.hidden = false;
    }
    const end = Math.min(chunk.to, chunk.next + count);
    for (let i = chunk.next; i < end; i++) {
      chunk.pending.append(this.#drawParagraph(i, this.#paragraphs[i], chunk.buckets[i - chunk.from]));
    }
    this.drawnParagraphs += end - chunk.next;
    chunk.next = end;
    chunk.drawn = end === chunk.to;
    if (chunk.drawn || this.#wanted.has(k)) this.#showPending(chunk);
    if (chunk.drawn) {
      chunk.buckets = chunk.pending = null;
      chunk.element.style.minHeight = '';
    }
  }

  // The paragraphs drawn and not shown yet, shown (in place of a preview).
  #showPending(chunk) {
    if (chunk.preview) chunk.element.replaceChildren(chunk.pending);
    else chunk.element.append(chunk.pending);
    chunk.preview = false;
  }

  /** Until the marks are prepared, the first `count` paragraphs are shown without them. */
  drawPreview(count) {
    const chunk = this.#chunks[0];
    if (!chunk || chunk.next > chunk.from || chunk.preview) return;
    chunk.preview = true;
    for (const p of this.#paragraphs.slice(chunk.from, Math.min(chunk.to, chunk.from + count))) {
      chunk.element.append(this.#paragraphElement(p, this.#show(this.#text.slice(p.start, p.end))));
    }
  }

  /** Each chunk about as high as its text at the current width (the scroll bar about right). */
  estimateHeights() {
    const body = this.element.querySelector('.nl-text');
    const style = this.#doc.defaultView.getComputedStyle(body);
    const fontSize = parseFloat(style.fontSize) || 16;
    const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.65;
    const perLine = Math.max(20, (body.clientWidth || 640) / (fontSize * 0.5));
    for (const chunk of this.#chunks) {
      const count = chunk.to - chunk.from;
      const height = Math.round((chunk.chars / perLine + count / 2) * lineHeight + count * 0.9 * fontSize);
      chunk.element.style.containIntrinsicSize = `auto ${height}px`;
      if (!chunk.drawn) chunk.element.style.minHeight = `${height}px`;
    }
  }

  /** After a cancellation: what is drawn is shown, the chunks with nothing drawn hidden. */
  collapseUndrawn() {
    for (const chunk of this.#chunks) {
      if (chunk.drawn) continue;
      if (chunk.pending?.childNodes.length) this.#showPending(chunk);
      if (chunk.element.childNodes.length) chunk.element.style.minHeight = '';
      else chunk.element.hidden = true;
    }
  }

  #paragraphElement(p, text) {
    const para = create(this.#doc, 'p', `nl-para nl-role-${p.role}`);
    para.dataset.role = p.role;
    if (ROLE_LABELS[p.role]) para.append(create(this.#doc, 'span', 'nl-role', ROLE_LABELS[p.role]));
    if (text) para.append(text);
    return para;
  }

  #drawParagraph(index, p, bucket) {
    const doc = this.#doc;
    const para = this.#paragraphElement(p);
    const cuts = new Set([p.start, p.end]);
    for (const iv of bucket) {
      if (iv.start > p.start && iv.start < p.end) cuts.add(iv.start);
      if (iv.end > p.start && iv.end < p.end) cuts.add(iv.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    let quoteNode = null;
    let quoteOf = null;
    let mentionNode = null;
    let mentionOf = null;
    const badged = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const q = covering(bucket, 'quote', a, b);
      const m = covering(bucket, 'mention', a, b);
      if ((q?.quote ?? null) !== quoteOf) {
        quoteOf = q?.quote ?? null;
        quoteNode = quoteOf ? this.#quotePiece(quoteOf, index) : null;
        if (quoteNode) {
          // The badge opens each paragraph's part of a quote, so a quote running over several
          // paragraphs is attributed in each of them.
          if (!badged.has(quoteOf.id)) quoteNode.dataset.badge = this.#speakerOfQuote.get(quoteOf.id).badge;
          badged.add(quoteOf.id);
          para.append(quoteNode);
        }
        mentionOf = null;
      }
      const parent = quoteNode ?? para;
      if (m !== mentionOf || !m) {
        mentionOf = m;
        mentionNode = m ? mentionSpan(doc, m) : null;
        if (mentionNode) parent.append(mentionNode);
      }
      // A string appended becomes a text node (never markup), with no JavaScript object for it.
      (mentionNode ?? parent).append(this.#show(this.#text.slice(a, b)));
    }
    return para;
  }

  #quotePiece(quote, paragraph) {
    const doc = this.#doc;
    const speaker = this.#speakerOfQuote.get(quote.id);
    const mark = create(doc, 'mark', `nl-quote nl-s${speaker.slot} nl-kind-${quote.kind}`);
    mark.dataset.quote = quote.id;
    const descriptionId = `${this.#idPrefix}-${quote.id}-description`;
    // The first piece of a quote (in its first paragraph: chunks may be drawn out of order) is
    // the one to reach by keyboard.
    if (!this.quoteElements.has(quote.id) && this.#firstParagraph.get(quote.id) === paragraph) {
      mark.id = `${this.#idPrefix}-${quote.id}`;
      mark.tabIndex = 0;
      this.quoteElements.set(quote.id, mark);
    }
    if (!this.#described.has(quote.id)) {
      this.#described.add(quote.id);
      this.#descriptions.append(Object.assign(create(doc, 'span', null, describeQuote(quote, speaker)),
                                              { id: descriptionId }));
    }
    mark.setAttribute('aria-describedby', descriptionId);
    return mark;
  }
}

/**
 * Renders `analysis` of `text` (offsets: UTF-16, as analyze() returns them). Returns
 * {element, speakers, quoteElement(id)}: the element to insert, the speakers with their colour
 * slots, and the focusable element of each quote (its first piece).
 *
 * Options: `legend` (default true) shows the speakers above the text; `idPrefix` makes element
 * ids unique when several articles share a document; `document` the one to create nodes in;
 * `speakers`, speakersOf(analysis) if the caller has it. All is drawn before it returns: for a
 * long article, see renderArticleInParts().
 */
export function renderArticle(text, analysis, options = {}) {
  const drawing = new ArticleDrawing(text, analysis, options);
  const steps = drawing.steps();
  while (!steps.next().done);
  return { element: drawing.element, speakers: drawing.speakers,
           quoteElement: (id) => drawing.quoteElements.get(id) ?? null };
}

// Back to the event loop: a message to ourselves joins the end of the queue (scheduler.yield()
// would go ahead of the page's other tasks; a nested setTimeout() waits 4 ms).
let loopback = null;  // {port, waiting: the resolvers of the messages on their way}
function yieldToEventLoop() {
  if (!loopback) {
    const channel = new MessageChannel();
    loopback = { port: channel.port2, waiting: [] };
    channel.port1.onmessage = () => loopback.waiting.shift()();
  }
  return new Promise((resolve) => {
    loopback.waiting.push(resolve);
    loopback.port.postMessage(null);
  });
}

/**
 * renderArticle() for articles of any length: draws a first slice (all of a short article) and
 * returns, then draws the rest `sliceMs` (12) at a time between the page's other tasks, the
 * chunks near the viewport first. Insert the element before the next task (the heights of the
 * chunks not drawn are estimated from its width). Besides renderArticle()'s: `onProgress({drawn,
 * total})` (paragraphs) after each slice; `done`, true when all is drawn, false if cancel() came
 * first; `revealQuote(id)`, the quote's focusable element, its paragraphs drawn first if need
 * be; cancel(), which stops the drawing and hides what is not drawn.
 */
export function renderArticleInParts(text, analysis, options = {}) {
  const drawing = new ArticleDrawing(text, analysis, options);
  const sliceMs = options.sliceMs ?? 12;
  const onProgress = options.onProgress ?? (() => {});
  const steps = drawing.steps();
  let state = 'running';
  let observer = null;
  let settlePrepared;  // true once the marks are prepared, false if cancelled first
  const prepared = new Promise((resolve) => { settlePrepared = resolve; });

  // Works until the budget is spent; true once everything is drawn.
  const slice = (budget) => {
    const until = performance.now() + budget;
    let finished;
    do finished = steps.next().done; while (!finished && performance.now() < until);
    if (drawing.prepared) settlePrepared(true);
    onProgress({ drawn: drawing.drawnParagraphs, total: drawing.totalParagraphs });
    if (finished) state = 'done';
    return finished;
  };

  const drawTheRest = async () => {
    await yieldToEventLoop();  // the caller has inserted the element by now
    if (state !== 'running') return false;
    drawing.estimateHeights();
    const view = drawing.element.ownerDocument.defaultView;
    if (view?.IntersectionObserver) {  // the chunks within half a screen of the viewport first
      observer = new view.IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) drawing.want(entry.target);
      }, { rootMargin: '50% 0px' });
      for (const element of drawing.chunkElements) observer.observe(element);
    }
    while (!slice(sliceMs)) {
      await yieldToEventLoop();
      if (state !== 'running') return false;
    }
    observer?.disconnect();
    return true;
  };

  // An article of one chunk is small by definition: drawn whole at once, as renderArticle() does.
  const done = slice(drawing.chunkCount <= 1 ? Infinity : sliceMs) ? Promise.resolve(true) : drawTheRest();
  if (!drawing.prepared) drawing.drawPreview(PREVIEW_PARAGRAPHS);
  return {
    element: drawing.element,
    speakers: drawing.speakers,
    quoteElement: (id) => drawing.quoteElements.get(id) ?? null,
    done,
    async revealQuote(id) {
      if (!await prepared) return null;
      const k = drawing.chunkOfQuote(id);
      if (k >= 0) drawing.drawChunk(k);
      return drawing.quoteElements.get(id) ?? null;
    },
    cancel() {
      if (state !== 'running') return;
      state = 'cancelled';
      observer?.disconnect();
      drawing.collapseUndrawn();
      settlePrepared(drawing.prepared);
    },
    get drawnParagraphs() { return drawing.drawnParagraphs; },
    get totalParagraphs() { return drawing.totalParagraphs; },
  };
}

function mentionSpan(doc, interval) {
  const { entity, speaker, mention } = interval;
  if (speaker) {
    const span = create(doc, 'span', `nl-mention nl-speaker-mention nl-s${speaker.slot}`);
    span.title = `${speaker.name} (speaker)`;
    return span;
  }
  // A pronoun or a description ("the senator") says whom it means; a name says what it is.
  const refers = mention?.kind === 'pronoun' || mention?.kind === 'description';
  const span = create(doc, 'span', `nl-mention nl-entity nl-type-${entity.type.toLowerCase()}` +
                                   (refers ? ' nl-pronoun' : ''));
  span.dataset.entity = entity.id;
  span.title = refers ? `${mention.text} → ${entity.name}`
                      : `${entity.name} (${TYPE_LABELS[entity.type] ?? entity.type})`;
  return span;
}

function renderLegend(doc, speakers) {
  const legend = create(doc, 'ul', 'nl-legend');
  legend.setAttribute('aria-label', 'Speakers');
  for (const speaker of speakers.slice(0, LEGEND_SPEAKERS)) {
    const item = create(doc, 'li', `nl-s${speaker.slot}`);
    const chip = create(doc, 'span', 'nl-chip', speaker.badge);
    chip.setAttribute('aria-hidden', 'true');
    const n = speaker.quotes.length;
    item.append(chip, create(doc, 'span', 'nl-legend-name', speaker.name),
                create(doc, 'span', 'nl-legend-count', ` ${n} quote${n === 1 ? '' : 's'}`));
    legend.append(item);
  }
  const more = speakers.length - LEGEND_SPEAKERS;
  if (more > 0) legend.append(create(doc, 'li', 'nl-legend-count', `and ${more} more speakers`));
  return legend;
}

// One tooltip per article, filled with text and placed next to the quote under the pointer or
// the keyboard focus. Escape hides it (WCAG 1.4.13). Placement uses CSSOM properties, which a
// `style-src 'self'` policy allows (it blocks style attributes in markup, not CSSOM). `quotes`
// and `speakerOfQuote` map quote ids (filled while the article is prepared).
function attachTooltip(root, tooltip, quotes, speakerOfQuote) {
  let shownFor = null;

  const hide = () => {
    tooltip.hidden = true;
    shownFor = null;
  };
  const show = (mark) => {
    const quote = quotes.get(mark.dataset.quote);
    if (!quote || shownFor === mark) return;
    shownFor = mark;
    const speaker = speakerOfQuote.get(quote.id);
    const doc = root.ownerDocument;
    const who = create(doc, 'span', 'nl-tooltip-who', quote.speaker ? speaker.name : 'No speaker found');
    const lines = [who];
    if (speaker.title) lines.push(create(doc, 'span', 'nl-tooltip-title', speaker.title));
    const facts = [capitalize(KIND_LABELS[quote.kind] ?? quote.kind)];
    if (quote.cue) facts.push(`cue “${quote.cue.text}”`);
    facts.push(`confidence ${quote.confidence.toFixed(2)}`);
    lines.push(create(doc, 'span', 'nl-tooltip-facts', facts.join(' · ')));
    tooltip.replaceChildren(...lines);
    tooltip.hidden = false;

    const box = root.getBoundingClientRect();
    const first = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const left = Math.max(0, Math.min(first.left - box.left, root.clientWidth - width));
    let top = first.top - box.top - tooltip.offsetHeight - 6;
    if (top < 0) top = mark.getBoundingClientRect().bottom - box.top + 6;
    tooltip.style.left = `${Math.round(left)}px`;
    tooltip.style.top = `${Math.round(top)}px`;
  };
  const markOf = (target) => (target instanceof Element ? target.closest('.nl-quote') : null);

  root.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  root.addEventListener('pointerout', (event) => {
    const mark = markOf(event.target);
    if (mark && !mark.contains(event.relatedTarget) && root.ownerDocument.activeElement !== mark) hide();
  });
  root.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  root.addEventListener('focusout', hide);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tooltip.hidden) hide();
  });
}

// --- Styles --------------------------------------------------------------------------------------

// Colours: the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
// as badges (text on them ≥ 4.5:1) and as tints behind the quoted words, light or dark with the
// color-scheme in effect (text on every tint ≥ 6:1). Each speaker also gets a line style and
// the badge with initials, so colour is never the only cue. Indirect speech (no quotation marks)
// is underlined only, not tinted.
export const ARTICLE_CSS = `
.nl-article {
  --nl-fg: light-dark(#1b1d21, #e7e9ec);
  --nl-bg: light-dark(#ffffff, #15171a);
  --nl-muted: light-dark(#55595f, #a9aeb5);
  --nl-rule: light-dark(#c9cdd2, #464b52);
  --nl-focus: light-dark(#1f5fbf, #8ab4f8);
  position: relative;
  color: var(--nl-fg);
  background: var(--nl-bg);
  line-height: 1.65;
}
.nl-s0 { --nl-c: #8a8f98; --nl-on-c: #000000; --nl-tint: light-dark(#e8e9ea, #383b40); --nl-line: dashed; }
.nl-s1 { --nl-c: #0072b2; --nl-on-c: #ffffff; --nl-tint: light-dark(#cce3f0, #0f3248); --nl-line: solid; }
.nl-s2 { --nl-c: #e69f00; --nl-on-c: #000000; --nl-tint: light-dark(#faeccc, #544012); --nl-line: dashed; }
.nl-s3 { --nl-c: #009e73; --nl-on-c: #000000; --nl-tint: light-dark(#ccece3, #0f4035); --nl-line: dotted; }
.nl-s4 { --nl-c: #cc79a7; --nl-on-c: #000000; --nl-tint: light-dark(#f5e4ed, #4c3444); --nl-line: double; }
.nl-s5 { --nl-c: #d55e00; --nl-on-c: #000000; --nl-tint: light-dark(#f7dfcc, #4f2c12); --nl-line: solid; }
.nl-s6 { --nl-c: #56b4e9; --nl-on-c: #000000; --nl-tint: light-dark(#ddf0fb, #284658); --nl-line: dashed; }
.nl-s7 { --nl-c: #f0e442; --nl-on-c: #000000; --nl-tint: light-dark(#fcfad9, #575426); --nl-line: dotted; }
.nl-legend {
  list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem 1.1rem;
  margin: 0 0 1rem; padding: 0; font-size: 0.9rem; line-height: 1.5;
}
.nl-legend li { display: inline-flex; align-items: baseline; gap: 0.4em; }
.nl-legend-count { color: var(--nl-muted); }
.nl-chip, .nl-quote[data-badge]::before {
  display: inline-block; min-width: 1.6em; padding: 0 0.35em; border-radius: 3px;
  background: var(--nl-c); color: var(--nl-on-c); text-align: center;
  font: 700 0.72em/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: 0.02em;
  font-style: normal;
}
/* A chunk off screen is not laid out. Its padding, taken back by margins, keeps the focus
   outline of a quote at its edge from being clipped (content-visibility contains paint). */
.nl-chunk { content-visibility: auto; contain-intrinsic-size: auto 40rem;
  padding: 8px; margin: -8px -8px 0; }
.nl-chunk[hidden] { display: none; }
.nl-para { margin: 0 0 0.9em; white-space: pre-wrap; overflow-wrap: anywhere; }
.nl-html .nl-para { white-space: normal; }
.nl-role {
  display: inline-block; margin-right: 0.6em; padding: 0 0.4em; border: 1px solid var(--nl-rule);
  border-radius: 3px; color: var(--nl-muted); font: 600 0.68rem/1.6 system-ui, sans-serif;
  letter-spacing: 0.06em; text-transform: uppercase; vertical-align: 0.2em; font-style: normal;
  user-select: none;
}
.nl-role-headline { font-size: 1.3em; font-weight: 700; line-height: 1.3; }
.nl-role-caption, .nl-role-byline { color: var(--nl-muted); font-style: italic; font-size: 0.95em; }
.nl-role-dateline { font-weight: 600; }
.nl-quote {
  color: inherit; background: var(--nl-tint); border-bottom: 2px var(--nl-line) var(--nl-c);
  padding: 0.1em 0.1em 0; border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.nl-quote.nl-kind-indirect { background: transparent; border-bottom-width: 2px; }
.nl-s4.nl-quote { border-bottom-width: 4px; }
.nl-quote[data-badge]::before {
  content: attr(data-badge); content: attr(data-badge) / "";
  margin-right: 0.3em; vertical-align: 0.12em; user-select: none;
}
.nl-quote:focus { outline: none; }
.nl-quote:focus-visible, .nl-quote.nl-target {
  outline: 3px solid var(--nl-focus); outline-offset: 2px;
}
.nl-mention.nl-entity {
  text-decoration: underline dotted var(--nl-muted) 1px; text-underline-offset: 0.22em;
}
.nl-mention.nl-pronoun { text-decoration-style: dotted; text-decoration-color: var(--nl-rule); }
.nl-speaker-mention {
  font-weight: 700; text-decoration: underline solid var(--nl-c) 3px; text-underline-offset: 0.22em;
}
.nl-tooltip {
  position: absolute; z-index: 10; max-width: min(24rem, 100%); padding: 0.45rem 0.7rem;
  border-radius: 6px; background: var(--nl-fg); color: var(--nl-bg);
  font: 0.85rem/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); pointer-events: none;
}
.nl-tooltip[hidden] { display: none; }
.nl-tooltip > span { display: block; }
.nl-tooltip-who { font-weight: 700; }
@media (forced-colors: active) {
  .nl-quote { border-bottom-color: Highlight; }
  .nl-chip, .nl-quote[data-badge]::before { border: 1px solid CanvasText; }
}
`;

let sharedSheet = null;

/**
 * The article styles as one constructed stylesheet (shared by every adopter), for
 * `document.adoptedStyleSheets` or a shadow root's: allowed under `style-src 'self'`, which
 * blocks <style> elements and style attributes.
 */
export function articleStyleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(ARTICLE_CSS);
  }
  return sharedSheet;
}
