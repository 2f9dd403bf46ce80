// The article section: header facts, the highlighted text (newslens-view.mjs), and the side
// panels — who said what, entities, chart, values. Choosing a quote in the table scrolls to the
// quote in the text and focuses it. Choosing an entity (in the text, the entities panel or the
// type key), a speaker (a chart bar) or a value highlights all its places in the text and shows
// the choice above the tabs, with the speaker's quotes; Escape or Clear ends it. The text is
// drawn in parts (renderArticleInParts): a long article can be read, and the page used, while
// the rest is drawn; each panel is bounded.
import { h, nextTask, plural } from './dom.js';
import { renderEntities } from './entity-panel.js';
import { articleTitle } from './files-overview.js';
import { ENTITY_TYPES, renderArticleInParts, speakerKey } from './newslens/newslens-view.mjs';
import { QuoteTable } from './quote-table.js';
import { SelectionPanel } from './selection-panel.js';
import { speakerChart } from './speaker-chart.js';
import { renderValues } from './values-panel.js';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
// The chart shows the most quoted speakers; the others are counted below it.
const CHARTED_SPEAKERS = 20;
// Paragraphs shown, without marks, while a long article's analysis arrives: more than a screen.
const PREVIEW_PARAGRAPHS = 40;

export class ArticlePanel {
  #section = document.getElementById('article');
  #text = document.getElementById('article-text');
  #rendered = null;
  #analysis = null;
  #speakerOf = () => null;  // a quote's speaker (one of speakersOf())
  #drawing = 0;  // which drawing is the one shown: an older one's progress is not reported
  #target = null;
  #table;
  #selection;
  #onDrawing;

  /**
   * `onDrawing({entry, drawn, total, state})` follows the drawing of the article shown: state
   * 'running' (drawn of total paragraphs), then 'done' or 'cancelled'.
   */
  constructor({ onDrawing = () => {} } = {}) {
    this.#onDrawing = onDrawing;
    this.#table = new QuoteTable(document.getElementById('quote-table'),
                                 { onSelect: (id) => this.goToQuote(id),
                                   more: document.getElementById('quote-table-more') });
    this.#selection = new SelectionPanel({ onClear: () => this.clearSelection(),
                                           onQuote: (id) => this.goToQuote(id) });
    // A choice made in the text itself (a mention, a type key, Escape there): the view has
    // highlighted it already; the panel says what it is.
    this.#text.addEventListener('newslens-highlight', (event) => {
      const { target, description } = event.detail;
      if (target) this.#showSelection(target, description);
      else this.#selection.hide();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#selection.shown && !this.#text.contains(event.target)) {
        this.clearSelection();
      }
    });
  }

  /**
   * Shows an analysed entry: the text first, then each panel in a task of its own (a long
   * article's tens of thousands of quotes take a while to tabulate). Resolves when all is
   * shown, or when another entry was shown meanwhile.
   */
  async show(entry) {
    const { analysis, text, name } = entry;
    const doc = analysis.document;
    this.#header(entry, analysis, text);

    this.#rendered?.cancel();
    this.#target = null;
    this.#analysis = analysis;
    this.#selection.hide();
    const drawing = ++this.#drawing;
    const rendered = renderArticleInParts(text, analysis, {
      idPrefix: `f${entry.index}`,
      speakers: entry.speakers,
      selectionBar: false,
      onProgress: ({ drawn, total }) => {
        if (drawing === this.#drawing) this.#onDrawing({ entry, drawn, total, state: 'running' });
      },
    });
    this.#rendered = rendered;
    this.#text.replaceChildren(rendered.element);
    rendered.done.then((complete) => {
      if (drawing !== this.#drawing) return;
      this.#onDrawing({ entry, drawn: rendered.drawnParagraphs, total: rendered.totalParagraphs,
                        state: complete ? 'done' : 'cancelled' });
    });
    this.#section.hidden = false;
    const speakers = rendered.speakers;
    // A quote's speaker, found by its key: no map of a long article's every quote to build.
    const speakerByKey = new Map(speakers.map((s) => [s.key, s]));
    this.#speakerOf = (quote) => speakerByKey.get(speakerKey(quote));
    const attributed = speakers.filter((s) => s.key !== 'none');
    const stillShown = async () => {
      await nextTask();
      return drawing === this.#drawing;
    };
    if (!await stillShown()) return;

    const facts = [
      ['Date', doc.date ?? '—'],
      ['Quotes', `${analysis.quotes.length} from ${plural(attributed.length, 'speaker')}`],
      ['Entities', String(analysis.entities.length)],
      ['Text', `${plural(doc.paragraphs.length, 'paragraph')}, ${plural(doc.token_count, 'token')}`],
      ['Read as', readAs(entry)],
    ];
    document.getElementById('article-facts').replaceChildren(...facts.flatMap(([term, value]) =>
      [h('div', { class: 'fact' }, h('dt', { text: term }), h('dd', { text: value }))]));

    const speakerOf = this.#speakerOf;
    this.#table.show(analysis.quotes.length, (order) => {
      const q = analysis.quotes[order];
      const s = speakerOf(q);
      return { id: q.id, order, speaker: q.speaker ? s.name : '(not found)', title: s.title,
               quote: q.text, kind: q.kind, confidence: q.confidence, slot: s.slot, badge: s.badge };
    });
    document.getElementById('no-quotes').hidden = analysis.quotes.length > 0;
    document.getElementById('quote-table').hidden = analysis.quotes.length === 0;

    if (!await stillShown()) return;
    renderEntities(document.getElementById('panel-entities'), analysis,
                   { onSelect: (id) => this.select({ entity: id }) });
    if (!await stillShown()) return;
    document.getElementById('panel-chart').replaceChildren(...this.#chart(speakers));
    if (!await stillShown()) return;
    renderValues(document.getElementById('panel-values'), analysis,
                 { onSelect: (value) => this.select({ value }) });
  }

  // The file's name, the title, and the notices for an empty text and one not in English.
  #header(entry, analysis, text) {
    const doc = analysis.document;
    document.getElementById('article-file').textContent = entry.name;
    document.getElementById('article-title').textContent = articleTitle(analysis, text) ?? entry.name;
    document.getElementById('article-empty').hidden = doc.paragraphs.length > 0;
    document.getElementById('article-not-english').hidden =
      !(doc.warnings ?? []).some((w) => w.code === 'not_english');
  }

  /**
   * While a long article's analysis arrives, shows its first paragraphs as plain text (no
   * marks, no panels yet); false when it cannot (HTML input, whose text needs the marks' pass).
   */
  preview(entry, text, doc) {
    if (doc.input?.html) return false;
    this.#rendered?.cancel();
    this.#rendered = null;
    this.#analysis = null;
    this.#selection.hide();
    ++this.#drawing;
    this.#header(entry, { document: { ...doc, sentences: doc.sentences ?? [] } }, text);
    document.getElementById('article-facts').replaceChildren();
    this.#table.show(0, () => null);
    for (const panel of ['panel-entities', 'panel-chart', 'panel-values']) {
      document.getElementById(panel).replaceChildren();
    }
    this.#text.replaceChildren(h('div', { class: 'nl-article' }, h('div', { class: 'nl-text' },
      doc.paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((p) => h('p', {
        class: `nl-para nl-role-${p.role}`, 'data-role': p.role, text: text.slice(p.start, p.end),
      })))));
    this.#section.hidden = false;
    return true;
  }

  #chart(speakers) {
    if (!speakers.length) return [h('p', { class: 'empty', text: 'No quotes, so no speakers to chart.' })];
    const charted = speakers.slice(0, CHARTED_SPEAKERS);
    const chart = speakerChart(charted.map((s) => ({ name: s.name, badge: s.badge, slot: s.slot,
                                                     count: s.quotes.length })),
                               { onSelect: (i) => this.select({ speaker: charted[i] }) });
    const rest = speakers.length - charted.length;
    return rest > 0 ? [chart, h('p', { class: 'empty', text: `and ${plural(rest, 'other speaker')}` })]
                    : [chart];
  }

  /** The article's heading, which a reader who chose a file on a phone is brought to. */
  get heading() {
    return document.getElementById('article-title');
  }

  hide() {
    this.#section.hidden = true;
  }

  /** Stops drawing the article shown (what is drawn stays). */
  cancelDrawing() {
    this.#rendered?.cancel();
  }

  /**
   * Scrolls the quote into view and gives it the focus (which also shows its details); a quote
   * not drawn yet is drawn first.
   */
  goToQuote(id) {
    const rendered = this.#rendered;
    const mark = rendered?.quoteElement(id);
    if (mark) this.#focus(mark);
    else rendered?.revealQuote(id).then((found) => {
      if (found && rendered === this.#rendered) this.#focus(found);
    });
  }

  #focus(mark) {
    this.#target?.classList.remove('nl-target');
    this.#target = mark;
    mark.classList.add('nl-target');
    mark.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
  }

  /**
   * Highlights a choice in the text and shows it above the tabs: {entity: id}, {type},
   * {speaker} (one of speakersOf()), or {value} (an entry of valueGroups()).
   */
  select(choice) {
    if (!this.#rendered || !this.#analysis) return;
    let target = choice;
    if (choice.speaker) {
      const { entity, name, quotes } = choice.speaker;
      // A speaker that is no named entity ("a spokesman") is highlighted where it is named.
      const spans = quotes.filter((q) => q.speaker?.start != null)
        .map((q) => ({ start: q.speaker.start, end: q.speaker.end }));
      target = entity ? { entity } : { spans, description: `${plural(spans.length, 'mention')} of ${name}` };
    } else if (choice.value) {
      const { type, text, value, spans } = choice.value;
      target = { spans: spans.map((s) => ({ ...s, label: `${type} ${value}` })),
                 description: `${plural(spans.length, 'place')} of “${text}”` };
    }
    const { description } = this.#rendered.highlight(target);
    this.#showSelection(choice, description);
  }

  clearSelection() {
    this.#rendered?.clearHighlight();
    this.#selection.hide();
  }

  #showSelection(choice, description) {
    const analysis = this.#analysis;
    if (!analysis) return;
    const quoteItems = (quotes) => quotes.map((q) => {
      const s = this.#speakerOf(q);
      return { id: q.id, text: q.text, badge: s.badge, slot: s.slot };
    });
    const typeChip = (type) => ({ text: type, className: `nl-type-chip nl-type-${type.toLowerCase()}` });
    const summary = `${description.charAt(0).toUpperCase()}${description.slice(1)} highlighted`;
    if (choice.entity) {
      const entity = analysis.entities.find((e) => e.id === choice.entity);
      this.#selection.show({ heading: entity.name, chip: typeChip(entity.type), summary,
        quotes: quoteItems(analysis.quotes.filter((q) => q.speaker?.entity === entity.id)) });
    } else if (choice.type) {
      const ids = new Set(analysis.entities.filter((e) => e.type === choice.type).map((e) => e.id));
      this.#selection.show({ heading: ENTITY_TYPES.find((t) => t.type === choice.type).name,
        chip: typeChip(choice.type), summary,
        quotes: quoteItems(analysis.quotes.filter((q) => ids.has(q.speaker?.entity))) });
    } else if (choice.speaker) {
      const s = choice.speaker;
      this.#selection.show({ heading: s.name, chip: { text: s.badge, className: `nl-chip nl-s${s.slot}` },
                             summary, quotes: quoteItems(s.quotes) });
    } else if (choice.value) {
      this.#selection.show({ heading: choice.value.text, summary, quotes: null,
                             chip: { text: choice.value.type, className: 'value-chip' } });
    }
  }
}

// How the file was read. A file's bytes are decoded before the analysis (analyzeFile), so the
// encoding and the repairs are the decoder's, not those of the analysis, which reads text.
function readAs(entry) {
  const input = entry.analysis.document.input;
  const encoding = entry.encoding ?? input.encoding;
  const repaired = entry.repaired ?? input.repaired;
  return `${encoding}${input.html ? ', HTML' : ''}` +
         (repaired ? `, ${plural(repaired, 'invalid sequence')} repaired (shown as �)` : '');
}
