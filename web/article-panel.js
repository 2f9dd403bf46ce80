// The article section: header facts, the highlighted text (newslens-view.mjs), and the side
// panels — who said what, entities, chart. Choosing a quote in the table scrolls to the quote
// in the text and focuses it. The text is drawn in parts (renderArticleInParts): a long article
// can be read, and the page used, while the rest is drawn; each panel is bounded.
import { h, nextTask, plural } from './dom.js';
import { renderEntities } from './entity-panel.js';
import { renderArticleInParts, speakerKey } from './newslens/newslens-view.mjs';
import { QuoteTable } from './quote-table.js';
import { speakerChart } from './speaker-chart.js';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
// The chart shows the most quoted speakers; the others are counted below it.
const CHARTED_SPEAKERS = 20;
// Paragraphs shown, without marks, while a long article's analysis arrives: more than a screen.
const PREVIEW_PARAGRAPHS = 40;

export class ArticlePanel {
  #section = document.getElementById('article');
  #text = document.getElementById('article-text');
  #rendered = null;
  #drawing = 0;  // which drawing is the one shown: an older one's progress is not reported
  #target = null;
  #table;
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
  }

  /**
   * Shows an analysed entry: the text first, then each panel in a task of its own (a long
   * article's tens of thousands of quotes take a while to tabulate). Resolves when all is
   * shown, or when another entry was shown meanwhile.
   */
  async show(entry) {
    const { analysis, text, name } = entry;
    const doc = analysis.document;
    document.getElementById('article-file').textContent = name;
    document.getElementById('article-title').textContent = doc.title ?? name;

    this.#rendered?.cancel();
    this.#target = null;
    const drawing = ++this.#drawing;
    const rendered = renderArticleInParts(text, analysis, {
      idPrefix: `f${entry.index}`,
      speakers: entry.speakers,
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
      ['Read as', `${doc.input.encoding}${doc.input.html ? ', HTML' : ''}` +
                  (doc.input.repaired ? `, ${plural(doc.input.repaired, 'invalid sequence')} repaired` : '')],
    ];
    document.getElementById('article-facts').replaceChildren(...facts.flatMap(([term, value]) =>
      [h('div', { class: 'fact' }, h('dt', { text: term }), h('dd', { text: value }))]));

    const speakerByKey = new Map(speakers.map((s) => [s.key, s]));
    this.#table.show(analysis.quotes.length, (order) => {
      const q = analysis.quotes[order];
      const s = speakerByKey.get(speakerKey(q));
      return { id: q.id, order, speaker: q.speaker ? s.name : '(not found)', title: s.title,
               quote: q.text, kind: q.kind, confidence: q.confidence, slot: s.slot, badge: s.badge };
    });
    document.getElementById('no-quotes').hidden = analysis.quotes.length > 0;
    document.getElementById('quote-table').hidden = analysis.quotes.length === 0;

    if (!await stillShown()) return;
    renderEntities(document.getElementById('panel-entities'), analysis);
    if (!await stillShown()) return;
    document.getElementById('panel-chart').replaceChildren(...this.#chart(speakers));
  }

  /**
   * While a long article's analysis arrives, shows its first paragraphs as plain text (no
   * marks, no panels yet); false when it cannot (HTML input, whose text needs the marks' pass).
   */
  preview(entry, text, doc) {
    if (doc.input?.html) return false;
    this.#rendered?.cancel();
    this.#rendered = null;
    ++this.#drawing;
    document.getElementById('article-file').textContent = entry.name;
    document.getElementById('article-title').textContent = doc.title ?? entry.name;
    document.getElementById('article-facts').replaceChildren();
    this.#table.show(0, () => null);
    document.getElementById('panel-entities').replaceChildren();
    document.getElementById('panel-chart').replaceChildren();
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
                                                     count: s.quotes.length })));
    const rest = speakers.length - charted.length;
    return rest > 0 ? [chart, h('p', { class: 'empty', text: `and ${plural(rest, 'other speaker')}` })]
                    : [chart];
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
}
