// The drawing of an article (newslens-view.mjs): its elements, its marks sorted into chunks of
// paragraphs, what is drawn. Its steps() are the work in small pieces: renderArticle() runs
// them at once, renderArticleInParts() a slice at a time.
import {
  bucketByRange, covering, create, firstEndingAfter, textOfMarkup,
} from './newslens-view-layout.mjs';
import {
  ENTITY_TYPES, ROLE_LABELS, TYPE_LABELS, describeQuote, plural, shortName, speakersOf,
} from './newslens-view-speakers.mjs';
import { renderSelectionBar } from './newslens-view-highlight.mjs';
import { attachTooltip } from './newslens-view-tooltip.mjs';

// The text is laid out in chunks of paragraphs, each a <div class="nl-chunk"> that costs no
// layout while off screen (content-visibility: auto), and drawn a few paragraphs at a time so
// that a long article (10 MB: 70,000 paragraphs, 650,000 elements) is drawn between other work.
// The browser watches each chunk's visibility at every frame, and lays out a visible chunk
// whole (in one task): chunks of some 16,000 characters, a screen or two, keep that task short.
const CHUNK_PARAGRAPHS = 120;
const CHUNK_CHARS = 16384;
const STEP_PARAGRAPHS = 10;
// Paragraphs shown without their marks while the marks are prepared: more than a screen.
export const PREVIEW_PARAGRAPHS = 40;
// Quotes or mentions prepared between two looks at the clock: a few milliseconds' work.
const PREPARE_STEP = 1000;
// The legend names the most quoted speakers; the rest are counted.
const LEGEND_SPEAKERS = 24;

// Attributes are set as attributes, not through `dataset`: an element's dataset is one more
// object, kept as long as the element, and a long article has 400,000 elements.
//
// A text node is not a JavaScript object until asked for: each drawn paragraph's pieces are
// noted as their start offsets in one growing array, their nodes found again when highlighted.
const TEXT_NODES = 4;  // NodeFilter.SHOW_TEXT

let renderCount = 0;

// One article's drawing. Besides the fields below: `selectionBar` (or null), and the hook
// `onParagraphDrawn(index)`, called as each paragraph is drawn (the highlighter's).
export class ArticleDrawing {
  element;
  speakers;
  selectionBar = null;
  quoteElements = new Map();
  drawnParagraphs = 0;
  prepared = false;
  onParagraphDrawn = null;
  #doc;
  #text;
  #analysis;
  #idPrefix;
  #show;
  #descriptions;
  #paragraphs;
  // {from, to, start, end, chars, element, next (the first paragraph not drawn), drawn; the
  // `quotes` (by a span or the speaker), `mentions` (entity, mention, ...) and `values` over
  // it; until drawn, `buckets` (each paragraph's marks); preview (shown without marks)}
  #chunks = [];
  #chunkOfElement = new Map();
  #cursor = 0;  // every chunk before it is drawn
  #wanted = new Set();  // chunks to draw before the others (near the viewport)
  #speakerOfQuote = new Map();
  #entities;
  #quoteById = new Map();
  #firstParagraph = new Map();  // quote id → the first paragraph the quote overlaps
  #described = new Set();
  #firstMention = new Map();  // entity id → where its first mention starts: a tab stop
  #tabStops = new Set();  // the entities whose first mention is drawn
  #paragraphElements;  // each drawn paragraph's <p>
  #pieceFirst;  // each drawn paragraph's first piece in #pieceStarts; -1 if not drawn
  #pieceCounts;  // and how many it has
  #pieceStarts = new Int32Array(4096);
  #pieceCount = 0;

  constructor(text, analysis, options) {
    const doc = this.#doc = options.document ?? globalThis.document;
    this.#text = text;
    this.#analysis = analysis;
    this.#idPrefix = options.idPrefix ?? `nl${++renderCount}`;
    this.#show = analysis.document.input?.html ? textOfMarkup : (s) => s;
    this.#paragraphs = analysis.document.paragraphs;
    this.speakers = options.speakers ?? speakersOf(analysis);
    this.#paragraphElements = new Array(this.#paragraphs.length);
    this.#pieceFirst = new Int32Array(this.#paragraphs.length).fill(-1);
    this.#pieceCounts = new Int32Array(this.#paragraphs.length);

    const root = create(doc, 'div', `nl-article${analysis.document.input?.html ? ' nl-html' : ''}`);
    if (options.legend !== false && this.speakers.length) root.append(renderLegend(doc, this.speakers));
    if (options.legend !== false && analysis.entities.length) root.append(renderTypeLegend(doc, analysis));
    if (options.selectionBar !== false) root.append(this.selectionBar = renderSelectionBar(doc));
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
                          chars, element, next: from, drawn: false, quotes: [], mentions: [], values: [],
                          buckets: null, preview: false });
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

  get paragraphs() { return this.#paragraphs; }
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
      const speaker = quote.speaker;
      if (speaker && speaker.start != null) {
        this.#place(speaker.start, speaker.end, quote);
        if (speaker.entity) this.#noteFirst(speaker.entity, speaker.start);
      }
      if (++n % PREPARE_STEP === 0) yield;
    }
    for (const entity of this.#analysis.entities) {
      for (const mention of entity.mentions) {
        this.#place(mention.start, mention.end, entity, mention);
        this.#noteFirst(entity.id, mention.start);
        if (++n % PREPARE_STEP === 0) yield;
      }
    }
    // Values are not drawn; their ends only cut the text, so that highlight() can wrap exactly
    // a value's pieces.
    for (const value of this.#analysis.values ?? []) {
      const chunks = this.#chunks;
      for (let i = firstEndingAfter(chunks, value.start); i < chunks.length && chunks[i].start < value.end; i++) {
        chunks[i].values.push(value);
      }
      if (++n % PREPARE_STEP === 0) yield;
    }
    this.prepared = true;
  }

  #noteFirst(entity, start) {
    if (!(this.#firstMention.get(entity) <= start)) this.#firstMention.set(entity, start);
  }

  // Notes a quote, or an entity's mention, in the chunks that [start, end) overlaps.
  #place(start, end, quoteOrEntity, mention) {
    const chunks = this.#chunks;
    for (let i = firstEndingAfter(chunks, start); i < chunks.length && chunks[i].start < end; i++) {
      if (mention) chunks[i].mentions.push(quoteOrEntity, mention);
      else if (chunks[i].quotes.at(-1) !== quoteOrEntity) chunks[i].quotes.push(quoteOrEntity);
    }
  }

  // The intervals of text that a chunk's marks cover (some may lie outside it). A speaker's
  // interval carries the entity's mention at the same place, if any.
  #intervalsOf(chunk) {
    const intervals = [];
    const mentionAt = new Map();
    for (let i = 0; i < chunk.mentions.length; i += 2) {
      const [entity, mention] = [chunk.mentions[i], chunk.mentions[i + 1]];
      intervals.push({ kind: 'mention', start: mention.start, end: mention.end, entity, mention });
      mentionAt.set(`${entity.id} ${mention.start} ${mention.end}`, mention);
    }
    for (const quote of chunk.quotes) {
      for (const { start, end } of quote.spans) intervals.push({ kind: 'quote', start, end, quote });
      const speaker = quote.speaker;
      if (speaker && speaker.start != null) {
        intervals.push({ kind: 'mention', start: speaker.start, end: speaker.end,
                         speaker: this.#speakerOfQuote.get(quote.id), entity: this.#entities.get(speaker.entity),
                         mention: mentionAt.get(`${speaker.entity} ${speaker.start} ${speaker.end}`) });
      }
    }
    for (const { start, end } of chunk.values) intervals.push({ kind: 'value', start, end });
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
   * Draws up to `count` more of chunk `k`'s paragraphs (all by default), into the chunk in the
   * document: a chunk off screen costs no style or layout (content-visibility), while moving a
   * whole chunk's paragraphs in at once would be one long task.
   */
  drawChunk(k, count = Infinity) {
    const chunk = this.#chunks[k];
    if (!chunk || chunk.drawn || !this.prepared) return;
    if (!chunk.buckets) {
      chunk.buckets = bucketByRange(this.#paragraphs.slice(chunk.from, chunk.to), this.#intervalsOf(chunk));
      chunk.quotes = chunk.mentions = chunk.values = null;
      chunk.element.hidden = false;
    }
    if (chunk.preview) {
      chunk.element.replaceChildren();
      chunk.preview = false;
    }
    const end = Math.min(chunk.to, chunk.next + count);
    for (let i = chunk.next; i < end; i++) {
      chunk.element.append(this.#drawParagraph(i, this.#paragraphs[i], chunk.buckets[i - chunk.from]));
      this.onParagraphDrawn?.(i);
    }
    this.drawnParagraphs += end - chunk.next;
    chunk.next = end;
    chunk.drawn = end === chunk.to;
    if (chunk.drawn) {
      chunk.buckets = null;
      chunk.element.style.minHeight = '';
    }
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
      if (chunk.element.childNodes.length) chunk.element.style.minHeight = '';
      else chunk.element.hidden = true;
    }
  }

  #paragraphElement(p, text) {
    const para = create(this.#doc, 'p', `nl-para nl-role-${p.role}`);
    para.setAttribute('data-role', p.role);
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
    this.#notePieces(index, points);
    this.#paragraphElements[index] = para;
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
          if (!badged.has(quoteOf.id)) {
            quoteNode.setAttribute('data-badge', this.#speakerOfQuote.get(quoteOf.id).badge);
          }
          badged.add(quoteOf.id);
          para.append(quoteNode);
        }
        mentionOf = null;
      }
      const parent = quoteNode ?? para;
      if (m !== mentionOf || !m) {
        mentionOf = m;
        mentionNode = m ? this.#mentionSpan(m) : null;
        if (mentionNode) parent.append(mentionNode);
      }
      // A string appended becomes a text node (never markup), with no JavaScript object for it.
      (mentionNode ?? parent).append(this.#show(this.#text.slice(a, b)));
    }
    return para;
  }

  // Notes where the pieces of paragraph `index` start (`points`: its cuts, its end last).
  #notePieces(index, points) {
    const count = points.length - 1;
    if (this.#pieceCount + count > this.#pieceStarts.length) {
      const grown = new Int32Array(Math.max(this.#pieceStarts.length * 2, this.#pieceCount + count));
      grown.set(this.#pieceStarts);
      this.#pieceStarts = grown;
    }
    this.#pieceFirst[index] = this.#pieceCount;
    this.#pieceCounts[index] = count;
    for (let i = 0; i < count; i++) this.#pieceStarts[this.#pieceCount++] = points[i];
  }

  /**
   * The pieces of paragraph `index` ([{start, end, node}]: its text nodes in order, the role
   * label's left out), or null if it is not drawn.
   */
  piecesOf(index) {
    const first = this.#pieceFirst[index];
    const para = this.#paragraphElements[index];
    if (first < 0 || !para) return null;
    const end = this.#paragraphs[index].end;
    const starts = this.#pieceStarts;
    const count = this.#pieceCounts[index];
    const pieces = [];
    const walker = this.#doc.createTreeWalker(para, TEXT_NODES);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentNode.classList.contains('nl-role')) continue;
      const k = first + pieces.length;
      const next = pieces.length + 1 < count ? starts[k + 1] : end;
      pieces.push({ start: starts[k], end: next, node });
    }
    return pieces;
  }

  /** Draws the part of the text holding `offset` now, if the marks are prepared. */
  drawAt(offset) {
    if (!this.prepared) return;
    const k = firstEndingAfter(this.#chunks, offset);
    if (k < this.#chunks.length) this.drawChunk(k);
  }

  // A mention: its entity's type colour and label ("PER"), or for a pronoun or a description
  // ("he", "the senator") the name it refers to ("→ Trump"), drawn by CSS (::after), so that
  // copied text and screen readers get the article's words only. A speaker's mention is also
  // underlined in the speaker's colour. Each entity's first mention is a tab stop, so the
  // keyboard can choose it; every mention takes a click.
  #mentionSpan(interval) {
    const doc = this.#doc;
    const { entity, speaker } = interval;
    if (!entity) {  // a speaker that is not a named entity ("a spokesman")
      const span = create(doc, 'span', `nl-mention nl-speaker-mention nl-s${speaker.slot}`);
      span.title = `${speaker.name} (speaker)`;
      return span;
    }
    // A speaker phrase that is none of the entity's mentions ("Mayor") refers to it.
    const refers = interval.mention?.kind !== 'name';
    const span = create(doc, 'span', `nl-mention nl-entity nl-type-${entity.type.toLowerCase()}` +
                                     (refers ? ' nl-pronoun' : '') +
                                     (speaker ? ` nl-speaker-mention nl-s${speaker.slot}` : ''));
    span.setAttribute('data-entity', entity.id);
    span.setAttribute('data-type', entity.type);
    if (refers) span.setAttribute('data-refers', shortName(entity));
    const what = `${entity.name} (${TYPE_LABELS[entity.type] ?? entity.type}${speaker ? ', speaker' : ''})`;
    span.title = refers ? `→ ${what}` : what;
    // The first mention in the text, whichever part of it is drawn first.
    if (!this.#tabStops.has(entity.id) && interval.start === this.#firstMention.get(entity.id)) {
      this.#tabStops.add(entity.id);
      span.tabIndex = 0;
      // Named by its words, described by its title ("→ Donald Trump (person)").
      span.setAttribute('role', 'button');
    }
    return span;
  }

  #quotePiece(quote, paragraph) {
    const doc = this.#doc;
    const speaker = this.#speakerOfQuote.get(quote.id);
    const mark = create(doc, 'mark', `nl-quote nl-s${speaker.slot} nl-kind-${quote.kind}`);
    mark.setAttribute('data-quote', quote.id);
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

// The entity types of the article, each a button that highlights all its mentions; its chip
// looks like the label on the mentions, so the legend also says what the labels mean.
function renderTypeLegend(doc, analysis) {
  const legend = create(doc, 'ul', 'nl-legend nl-type-legend');
  legend.setAttribute('aria-label', 'Entity types: choose one to highlight its mentions');
  for (const { type, name } of ENTITY_TYPES) {
    const entities = analysis.entities.filter((e) => e.type === type);
    if (!entities.length) continue;
    const button = create(doc, 'button', `nl-type-key nl-type-${type.toLowerCase()}`);
    button.type = 'button';
    button.dataset.type = type;
    button.setAttribute('aria-pressed', 'false');
    const chip = create(doc, 'span', 'nl-type-chip', type);
    chip.setAttribute('aria-hidden', 'true');
    const mentions = entities.reduce((n, e) => n + e.mentions.length, 0);
    button.append(chip, create(doc, 'span', 'nl-type-name', name),
                  create(doc, 'span', 'nl-type-count', ` ${entities.length}`));
    button.title = `${plural(entities.length, TYPE_LABELS[type])}, ${plural(mentions, 'mention')}`;
    const item = create(doc, 'li');
    item.append(button);
    legend.append(item);
  }
  return legend;
}
