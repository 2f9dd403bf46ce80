// The article section: header facts, the highlighted text (newslens-view.mjs), and the side
// panels — who said what, entities, chart, values. Choosing a quote in the table scrolls to the
// quote in the text and focuses it. Choosing an entity (in the text, the entities panel or the
// type key), a speaker (a chart bar) or a value highlights all its places in the text and shows
// the choice above the tabs, with the speaker's quotes; Escape or Clear ends it.
import { h, plural } from './dom.js';
import { renderEntities } from './entity-panel.js';
import { articleTitle } from './files-overview.js';
import { ENTITY_TYPES, renderArticle } from './newslens/newslens-view.mjs';
import { QuoteTable } from './quote-table.js';
import { SelectionPanel } from './selection-panel.js';
import { speakerChart } from './speaker-chart.js';
import { renderValues } from './values-panel.js';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

export class ArticlePanel {
  #section = document.getElementById('article');
  #text = document.getElementById('article-text');
  #rendered = null;
  #analysis = null;
  #table;
  #selection;

  constructor() {
    this.#table = new QuoteTable(document.getElementById('quote-table'),
                                 { onSelect: (id) => this.goToQuote(id) });
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

  show(entry) {
    const { analysis, text, name } = entry;
    const doc = analysis.document;
    document.getElementById('article-file').textContent = name;
    document.getElementById('article-title').textContent = articleTitle(analysis, text) ?? name;
    const empty = doc.paragraphs.length === 0;
    document.getElementById('article-empty').hidden = !empty;
    document.getElementById('article-not-english').hidden =
      !(doc.warnings ?? []).some((w) => w.code === 'not_english');

    this.#analysis = analysis;
    this.#selection.hide();
    this.#rendered = renderArticle(text, analysis, { idPrefix: `f${entry.index}`, selectionBar: false });
    this.#text.replaceChildren(this.#rendered.element);
    const speakers = this.#rendered.speakers;
    const attributed = speakers.filter((s) => s.key !== 'none');

    const facts = [
      ['Date', doc.date ?? '—'],
      ['Quotes', `${analysis.quotes.length} from ${plural(attributed.length, 'speaker')}`],
      ['Entities', String(analysis.entities.length)],
      ['Text', `${plural(doc.paragraphs.length, 'paragraph')}, ${plural(doc.token_count, 'token')}`],
      ['Read as', readAs(entry)],
    ];
    document.getElementById('article-facts').replaceChildren(...facts.flatMap(([term, value]) =>
      [h('div', { class: 'fact' }, h('dt', { text: term }), h('dd', { text: value }))]));

    const speakerOf = new Map();
    for (const s of speakers) for (const q of s.quotes) speakerOf.set(q.id, s);
    this.#table.show(analysis.quotes.map((q, order) => {
      const s = speakerOf.get(q.id);
      return { id: q.id, order, speaker: q.speaker ? s.name : '(not found)', title: s.title,
               quote: q.text, kind: q.kind, confidence: q.confidence, slot: s.slot, badge: s.badge };
    }));
    document.getElementById('no-quotes').hidden = analysis.quotes.length > 0;
    document.getElementById('quote-table').hidden = analysis.quotes.length === 0;

    renderEntities(document.getElementById('panel-entities'), analysis,
                   { onSelect: (id) => this.select({ entity: id }) });
    const chartPanel = document.getElementById('panel-chart');
    chartPanel.replaceChildren(speakers.length
      ? speakerChart(speakers.map((s) => ({ name: s.name, badge: s.badge, slot: s.slot,
                                            count: s.quotes.length })),
                     { onSelect: (i) => this.select({ speaker: speakers[i] }) })
      : h('p', { class: 'empty', text: 'No quotes, so no speakers to chart.' }));
    renderValues(document.getElementById('panel-values'), analysis,
                 { onSelect: (entry) => this.select({ value: entry }) });

    this.#section.hidden = false;
  }

  /** The article's heading, which a reader who chose a file on a phone is brought to. */
  get heading() {
    return document.getElementById('article-title');
  }

  hide() {
    this.#section.hidden = true;
  }

  /** Scrolls the quote into view and gives it the focus (which also shows its details). */
  goToQuote(id) {
    const mark = this.#rendered?.quoteElement(id);
    if (!mark) return;
    for (const old of this.#text.querySelectorAll('.nl-target')) old.classList.remove('nl-target');
    mark.classList.add('nl-target');
    mark.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
  }

  /**
   * Highlights a choice in the text and shows it above the tabs: {entity: id}, {type},
   * {speaker} (one of speakersOf()), or {value} (an entry of valueGroups()).
   */
  select(choice) {
    if (!this.#rendered) return;
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
    const speakers = this.#rendered.speakers;
    const quoteItems = (quotes) => quotes.map((q) => {
      const s = speakers.find((x) => x.quotes.includes(q));
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
