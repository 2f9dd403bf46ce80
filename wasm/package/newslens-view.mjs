// Renders an analysed article: the original text, as text nodes only, with quotes highlighted in
// one colour per speaker, speakers' mentions and entity mentions marked (a colour and a visible
// label per type; a pronoun shows whom it means), paragraph roles labelled, and details of a
// quote on hover or focus. Choosing a mention or a type in the legend highlights all its
// mentions; highlight() does the same for any entity, type or list of spans (values). Used by
// <newslens-article> (in its shadow root) and by the newslens page (in the document); styles
// come as a constructed stylesheet.
//
//   import { renderArticle, articleStyleSheet } from './newslens-view.mjs';
//   document.adoptedStyleSheets = [...document.adoptedStyleSheets, articleStyleSheet()];
//   const { element } = renderArticle(text, newslens.analyze(text));
//   container.append(element);
//
// No string of the article is ever parsed as HTML: every piece is a text node. For an HTML
// input (analysis.document.input.html), offsets point into the raw markup; each piece of text
// between two offsets is shown with its tags removed and common character references resolved.

/** Speakers get slots 1..SPEAKER_SLOTS (colours and line styles), in order of quote count. */
export const SPEAKER_SLOTS = 7;

const KIND_LABELS = {
  direct: 'direct quote',
  mixed: 'mixed quote',
  partial: 'partial quote',
  indirect: 'reported speech',
};
const ROLE_LABELS = { headline: 'Headline', caption: 'Caption', byline: 'Byline', dateline: 'Dateline' };
const TYPE_LABELS = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other name' };

/** The entity types in the order legends and panels show them, with their plural names. */
export const ENTITY_TYPES = [
  { type: 'PER', name: 'People' }, { type: 'ORG', name: 'Organizations' },
  { type: 'LOC', name: 'Places' }, { type: 'MISC', name: 'Other names' },
];

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
  const byKey = new Map();
  analysis.quotes.forEach((quote, index) => {
    const key = speakerKey(quote);
    let speaker = byKey.get(key);
    if (!speaker) {
      const entity = quote.speaker?.entity ? entities.get(quote.speaker.entity) : undefined;
      speaker = {
        key,
        name: quote.speaker?.name ?? 'No speaker found',
        entity: entity?.id ?? null,
        title: titleOf(entity?.titles),
        quotes: [],
        firstIndex: index,
        slot: 0,
        badge: '?',
      };
      byKey.set(key, speaker);
    }
    speaker.quotes.push(quote);
  });
  const speakers = [...byKey.values()].sort((a, b) =>
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

/**
 * How a pronoun or description names the entity it refers to, in a label after it: a person
 * by surname ("he → Trump"), anything else by its name, shortened past 24 characters.
 */
export function shortName(entity) {
  const name = entity.type === 'PER' ? entity.name.split(/\s+/).at(-1) : entity.name;
  return name.length > 24 ? `${name.slice(0, 23)}…` : name;
}

function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
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

// Each interval goes to every paragraph it overlaps (paragraphs are sorted and disjoint), so a
// paragraph's pieces are computed from its own few intervals only.
function bucketByParagraph(paragraphs, intervals) {
  const buckets = paragraphs.map(() => []);
  const starts = paragraphs.map((p) => p.start);
  for (const interval of intervals) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {  // the first paragraph that ends after the interval starts
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].end <= interval.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paragraphs.length && paragraphs[i].start < interval.end; i++) {
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

let renderCount = 0;

/**
 * Renders `analysis` of `text` (offsets: UTF-16, as analyze() returns them). Returns
 * {element, speakers, quoteElement(id), highlight(target), clearHighlight()}: the element to
 * insert, the speakers with their colour slots, the focusable element of each quote (its first
 * piece), and the highlighting of all mentions of an entity ({entity: 'e1'}), of a type
 * ({type: 'PER'}) or of any spans ({spans: [{start, end, label?}], description?}).
 *
 * Options: `legend` (default true) shows the speakers above the text; `idPrefix` makes element
 * ids unique when several articles share a document; `document` the one to create nodes in.
 * `legend` also covers the key of entity types; `selectionBar` (default true) shows what is
 * highlighted, with a Clear button, above the text (a host with a panel of its own turns it off).
 */
export function renderArticle(text, analysis, options = {}) {
  const doc = options.document ?? globalThis.document;
  const idPrefix = options.idPrefix ?? `nl${++renderCount}`;
  const speakers = speakersOf(analysis);
  const speakerOfQuote = new Map();
  for (const speaker of speakers) for (const q of speaker.quotes) speakerOfQuote.set(q.id, speaker);
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const show = analysis.document.input?.html ? textOfMarkup : (s) => s;

  const intervals = [];
  for (const quote of analysis.quotes) {
    for (const { start, end } of quote.spans) intervals.push({ kind: 'quote', start, end, quote });
    const speaker = quote.speaker;
    if (speaker && speaker.start != null) {
      intervals.push({ kind: 'mention', start: speaker.start, end: speaker.end,
                       speaker: speakerOfQuote.get(quote.id), entity: entities.get(speaker.entity) });
    }
  }
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      intervals.push({ kind: 'mention', start: mention.start, end: mention.end, entity, mention });
    }
  }
  // Values are not drawn; their ends only cut the text, so that highlight() can wrap exactly
  // a value's pieces.
  for (const value of analysis.values ?? []) {
    intervals.push({ kind: 'value', start: value.start, end: value.end });
  }

  const root = create(doc, 'div', `nl-article${analysis.document.input?.html ? ' nl-html' : ''}`);
  if (options.legend !== false && speakers.length) root.append(renderLegend(doc, speakers));
  if (options.legend !== false && analysis.entities.length) root.append(renderTypeLegend(doc, analysis));
  const selectionBar = options.selectionBar === false ? null : renderSelectionBar(doc);
  if (selectionBar) root.append(selectionBar);

  const body = create(doc, 'div', 'nl-text');
  const descriptions = create(doc, 'div');
  descriptions.hidden = true;
  const quoteElements = new Map();
  const pieces = [];  // {start, end, node}: every text node of the article, in text order
  const tabStops = new Set();  // the entities whose first mention is a tab stop already
  const paragraphs = analysis.document.paragraphs;
  const buckets = bucketByParagraph(paragraphs, intervals);

  for (const [index, p] of paragraphs.entries()) {
    const para = create(doc, 'p', `nl-para nl-role-${p.role}`);
    para.dataset.role = p.role;
    if (ROLE_LABELS[p.role]) para.append(create(doc, 'span', 'nl-role', ROLE_LABELS[p.role]));
    const bucket = buckets[index];
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
        quoteNode = quoteOf ? quotePiece(doc, quoteOf, speakerOfQuote.get(quoteOf.id), idPrefix,
                                         quoteElements, descriptions) : null;
        if (quoteNode) {
          // The badge opens each paragraph's part of a quote, so a quote running over several
          // paragraphs is attributed in each of them.
          if (!badged.has(quoteOf.id)) quoteNode.dataset.badge = speakerOfQuote.get(quoteOf.id).badge;
          badged.add(quoteOf.id);
          para.append(quoteNode);
        }
        mentionOf = null;
      }
      const parent = quoteNode ?? para;
      if (m !== mentionOf || !m) {
        mentionOf = m;
        mentionNode = m ? mentionSpan(doc, m, tabStops) : null;
        if (mentionNode) parent.append(mentionNode);
      }
      const piece = doc.createTextNode(show(text.slice(a, b)));
      pieces.push({ start: a, end: b, node: piece });
      (mentionNode ?? parent).append(piece);
    }
    body.append(para);
  }
  root.append(body, descriptions);

  const tooltip = create(doc, 'div', 'nl-tooltip');
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');  // a visual copy of each quote's description
  root.append(tooltip);
  attachTooltip(root, tooltip, analysis, speakerOfQuote);
  const highlighter = attachHighlighter(root, pieces, analysis, selectionBar);

  return {
    element: root, speakers, quoteElement: (id) => quoteElements.get(id) ?? null,
    highlight: highlighter.highlight, clearHighlight: highlighter.clear,
  };
}

function quotePiece(doc, quote, speaker, idPrefix, quoteElements, descriptions) {
  const mark = create(doc, 'mark', `nl-quote nl-s${speaker.slot} nl-kind-${quote.kind}`);
  mark.dataset.quote = quote.id;
  const descriptionId = `${idPrefix}-${quote.id}-description`;
  if (!quoteElements.has(quote.id)) {
    // The first piece of a quote is the one to reach by keyboard.
    mark.id = `${idPrefix}-${quote.id}`;
    mark.tabIndex = 0;
    quoteElements.set(quote.id, mark);
    descriptions.append(Object.assign(create(doc, 'span', null, describeQuote(quote, speaker)),
                                      { id: descriptionId }));
  }
  mark.setAttribute('aria-describedby', descriptionId);
  return mark;
}

// A mention: its entity's type colour and label ("PER"), or for a pronoun or a description
// ("he", "the senator") the name it refers to ("→ Trump"), drawn by CSS (::after), so that
// copied text and screen readers get the article's words only. A speaker's mention is also
// underlined in the speaker's colour. Each entity's first mention is a tab stop, so the
// keyboard can choose it; every mention takes a click.
function mentionSpan(doc, interval, tabStops) {
  const { entity, speaker } = interval;
  if (!entity) {  // a speaker that is not a named entity ("a spokesman")
    const span = create(doc, 'span', `nl-mention nl-speaker-mention nl-s${speaker.slot}`);
    span.title = `${speaker.name} (speaker)`;
    return span;
  }
  // A speaker's interval carries the entity only: the mention is the one at the same place,
  // if any; a speaker phrase that is none of the entity's mentions ("Mayor") refers to it.
  const mention = interval.mention ??
    entity.mentions.find((m) => m.start === interval.start && m.end === interval.end);
  const refers = mention?.kind !== 'name';
  const span = create(doc, 'span', `nl-mention nl-entity nl-type-${entity.type.toLowerCase()}` +
                                   (refers ? ' nl-pronoun' : '') +
                                   (speaker ? ` nl-speaker-mention nl-s${speaker.slot}` : ''));
  span.dataset.entity = entity.id;
  span.dataset.type = entity.type;
  if (refers) span.dataset.refers = shortName(entity);
  const what = `${entity.name} (${TYPE_LABELS[entity.type] ?? entity.type}${speaker ? ', speaker' : ''})`;
  span.title = refers ? `→ ${what}` : what;
  if (!tabStops.has(entity.id)) {
    tabStops.add(entity.id);
    span.tabIndex = 0;
    // Named by its words, described by its title ("→ Donald Trump (person)").
    span.setAttribute('role', 'button');
  }
  return span;
}

function renderLegend(doc, speakers) {
  const legend = create(doc, 'ul', 'nl-legend');
  legend.setAttribute('aria-label', 'Speakers');
  for (const speaker of speakers) {
    const item = create(doc, 'li', `nl-s${speaker.slot}`);
    const chip = create(doc, 'span', 'nl-chip', speaker.badge);
    chip.setAttribute('aria-hidden', 'true');
    const n = speaker.quotes.length;
    item.append(chip, create(doc, 'span', 'nl-legend-name', speaker.name),
                create(doc, 'span', 'nl-legend-count', ` ${n} quote${n === 1 ? '' : 's'}`));
    legend.append(item);
  }
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

// What is highlighted, and a button to clear it: for hosts without a panel of their own.
function renderSelectionBar(doc) {
  const bar = create(doc, 'div', 'nl-selection');
  bar.hidden = true;
  const status = create(doc, 'span', 'nl-selection-text');
  status.setAttribute('role', 'status');
  const clear = create(doc, 'button', 'nl-clear', 'Clear');
  clear.type = 'button';
  bar.append(status, clear);
  return bar;
}

// Highlighting wraps the text nodes of the chosen spans in <mark class="nl-hit"> (the text's
// marks cut at every mention and value, so the wrapped pieces are exactly the spans) and
// unwraps them to clear. A choice made in the article (a mention, a type key, Clear, Escape)
// is announced with a `newslens-highlight` event whose detail is {target, description} (both
// null when cleared), so that a host can show more (the page lists the entity's quotes).
function attachHighlighter(root, pieces, analysis, bar) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const doc = root.ownerDocument;
  let hits = [];

  const clear = () => {
    for (const mark of hits) mark.replaceWith(...mark.childNodes);
    hits = [];
    for (const key of root.querySelectorAll('.nl-type-key')) key.setAttribute('aria-pressed', 'false');
    if (bar) bar.hidden = true;
  };

  // The spans a target stands for, and a sentence saying what they are.
  const resolve = (target) => {
    if (target.entity) {
      const entity = entities.get(target.entity);
      const spans = entity?.mentions ?? [];
      return { spans, description: `${plural(spans.length, 'mention')} of ${entity?.name ?? target.entity}` };
    }
    if (target.type) {
      const spans = analysis.entities.filter((e) => e.type === target.type).flatMap((e) => e.mentions);
      const name = ENTITY_TYPES.find((t) => t.type === target.type)?.name ?? target.type;
      return { spans, description: `${plural(spans.length, 'mention')} of ${name.toLowerCase()}` };
    }
    const spans = target.spans ?? [];
    return { spans, description: target.description ?? `${plural(spans.length, 'place')} highlighted` };
  };

  // The first piece that ends after `offset` (pieces are in text order and disjoint).
  const firstPieceAfter = (offset) => {
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const highlight = (target, { scroll = true } = {}) => {
    clear();
    const { spans, description } = resolve(target);
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    const wrapped = new Set();
    sorted.forEach((span, index) => {
      let last = null;
      for (let i = firstPieceAfter(span.start); i < pieces.length && pieces[i].start < span.end; i++) {
        const { node } = pieces[i];
        if (wrapped.has(node) || !node.parentNode) continue;
        wrapped.add(node);
        const mark = create(doc, 'mark', 'nl-hit');
        mark.dataset.hit = String(index);
        node.replaceWith(mark);
        mark.append(node);
        hits.push(mark);
        last = mark;
      }
      if (last && span.label) last.dataset.label = span.label;
    });
    if (target.type) {
      for (const key of root.querySelectorAll('.nl-type-key')) {
        key.setAttribute('aria-pressed', String(key.dataset.type === target.type));
      }
    }
    if (bar) {
      bar.firstChild.textContent = `Highlighted: ${description}.`;
      bar.hidden = false;
    }
    const first = hits[0] ?? null;
    if (first && scroll) {
      const reduce = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
      first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    }
    return { count: sorted.length, description, first };
  };

  const choose = (target) => {
    const description = target ? highlight(target).description : null;
    if (!target) clear();
    root.dispatchEvent(new CustomEvent('newslens-highlight',
                                       { detail: { target, description }, bubbles: true, composed: true }));
  };
  const targetOf = (element) => {
    const key = element.closest('.nl-type-key');
    if (key) return { type: key.dataset.type };
    const mention = element.closest('.nl-entity');
    return mention ? { entity: mention.dataset.entity } : null;
  };

  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('.nl-clear')) {
      choose(null);
      return;
    }
    // A drag that selects words is for copying them, not a choice.
    if (!doc.getSelection()?.isCollapsed) return;
    const target = targetOf(event.target);
    if (target) choose(target);
  });
  root.addEventListener('keydown', (event) => {
    const mention = event.target instanceof Element && event.target.matches('.nl-entity[role="button"]');
    if (mention && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose(targetOf(event.target));
    } else if (event.key === 'Escape' && hits.length) {
      choose(null);
    }
  });
  return { highlight, clear };
}

// One tooltip per article, filled with text and placed next to the quote under the pointer or
// the keyboard focus. Escape hides it (WCAG 1.4.13). Placement uses CSSOM properties, which a
// `style-src 'self'` policy allows (it blocks style attributes in markup, not CSSOM).
function attachTooltip(root, tooltip, analysis, speakerOfQuote) {
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
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
.nl-legend-count, .nl-type-count { color: var(--nl-muted); }
.nl-chip, .nl-quote[data-badge]::before {
  display: inline-block; min-width: 1.6em; padding: 0 0.35em; border-radius: 3px;
  background: var(--nl-c); color: var(--nl-on-c); text-align: center;
  font: 700 0.72em/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: 0.02em;
  font-style: normal;
}
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
/* Entities: a box and a label in their type's colour (labels ≥ 4.5:1 on their tint, boxes
   ≥ 3:1 on any quote tint). Quotes are tinted backgrounds; entities never are, and always
   carry their label, so the two read apart without colour. */
.nl-type-per { --nl-t: light-dark(#6a2fa3, #d2b4fb); --nl-t-tint: light-dark(#f1e8fb, #2f2442); }
.nl-type-org { --nl-t: light-dark(#7c4a00, #f0c27a); --nl-t-tint: light-dark(#f8eddb, #3a2b12); }
.nl-type-loc { --nl-t: light-dark(#00646f, #7fd8e0); --nl-t-tint: light-dark(#ddf2f3, #113a3e); }
.nl-type-misc { --nl-t: light-dark(#4a5360, #c9cfd8); --nl-t-tint: light-dark(#eaedf0, #30353d); }
.nl-entity {
  border: 1px solid var(--nl-t); border-radius: 3px; padding: 0 0.12em; cursor: pointer;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.nl-entity.nl-pronoun { border-style: dashed; }
.nl-entity::after, .nl-type-chip {
  display: inline-block; padding: 0 0.3em; border-radius: 2px; background: var(--nl-t-tint);
  color: var(--nl-t); font: 700 0.64em/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  letter-spacing: 0.04em; font-style: normal; text-decoration: none; white-space: nowrap;
}
.nl-entity::after {
  content: attr(data-type); content: attr(data-type) / "";
  margin-left: 0.25em; vertical-align: 0.14em; user-select: none;
}
.nl-entity[data-refers]::after {
  content: "→ " attr(data-refers); content: "→ " attr(data-refers) / ""; letter-spacing: 0;
}
.nl-entity:focus { outline: none; }
.nl-entity:focus-visible { outline: 3px solid var(--nl-focus); outline-offset: 1px; }
.nl-speaker-mention {
  font-weight: 700; text-decoration: underline solid var(--nl-c) 3px; text-underline-offset: 0.22em;
}
.nl-legend + .nl-type-legend { margin-top: -0.5rem; }
.nl-type-key {
  display: inline-flex; align-items: baseline; gap: 0.4em; padding: 0.1em 0.45em;
  border: 1px solid var(--nl-t); border-radius: 4px; background: var(--nl-bg); color: var(--nl-fg);
  font: inherit; cursor: pointer;
}
.nl-type-key[aria-pressed="true"] { background: var(--nl-t-tint); box-shadow: inset 0 -3px 0 var(--nl-t); }
.nl-type-key:focus-visible { outline: 3px solid var(--nl-focus); outline-offset: 2px; }
.nl-type-chip { font-size: 0.72em; }
/* A highlight is a highlighter's yellow, in both themes: no quote or entity colour is one. */
mark.nl-hit {
  background: #ffd60a; color: #111111; border-radius: 2px;
  box-shadow: 0 0 0 2px light-dark(#8a6a00, #ffd60a);
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark.nl-hit[data-label]::after {
  content: attr(data-label); content: attr(data-label) / ""; display: inline-block;
  margin-left: 0.3em; padding: 0 0.3em; border-radius: 2px; background: #111111; color: #ffffff;
  font: 700 0.64em/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; vertical-align: 0.14em;
  user-select: none;
}
.nl-selection {
  position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center;
  gap: 0.3rem 0.8rem; margin: 0 0 0.8rem; padding: 0.35rem 0.6rem; border: 1px solid var(--nl-rule);
  border-radius: 6px; background: var(--nl-bg); font: 0.9rem/1.4 system-ui, sans-serif;
}
.nl-selection[hidden] { display: none; }
.nl-clear {
  padding: 0.15rem 0.7rem; border: 1px solid var(--nl-rule); border-radius: 4px;
  background: var(--nl-bg); color: var(--nl-fg); font: inherit; cursor: pointer;
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
  .nl-entity::after, .nl-type-chip, mark.nl-hit[data-label]::after { border: 1px solid CanvasText; }
  mark.nl-hit { background: Mark; color: MarkText; }
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
