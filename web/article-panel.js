// The article section: header facts, the highlighted text (newslens-view.mjs), and the side
// panels — who said what, entities, chart. Choosing a quote in the table scrolls to the quote
// in the text and focuses it.
import { h, plural } from './dom.js';
import { renderEntities } from './entity-panel.js';
import { articleTitle } from './files-overview.js';
import { renderArticle } from './newslens/newslens-view.mjs';
import { QuoteTable } from './quote-table.js';
import { speakerChart } from './speaker-chart.js';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

export class ArticlePanel {
  #section = document.getElementById('article');
  #text = document.getElementById('article-text');
  #rendered = null;
  #table;

  constructor() {
    this.#table = new QuoteTable(document.getElementById('quote-table'),
                                 { onSelect: (id) => this.goToQuote(id) });
  }

  show(entry) {
    const { analysis, text, name } = entry;
    const doc = analysis.document;
    document.getElementById('article-file').textContent = name;
    document.getElementById('article-title').textContent = articleTitle(analysis, text) ?? name;
    const empty = doc.paragraphs.length === 0;
    document.getElementById('article-empty').hidden = !empty;

    this.#rendered = renderArticle(text, analysis, { idPrefix: `f${entry.index}` });
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

    renderEntities(document.getElementById('panel-entities'), analysis);
    const chartPanel = document.getElementById('panel-chart');
    chartPanel.replaceChildren(speakers.length
      ? speakerChart(speakers.map((s) => ({ name: s.name, badge: s.badge, slot: s.slot,
                                            count: s.quotes.length })))
      : h('p', { class: 'empty', text: 'No quotes, so no speakers to chart.' }));

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
