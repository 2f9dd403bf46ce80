// The "who said what" table: one row per quote, sortable by any column (aria-sort on the
// header), and a row that, when chosen, takes the reader to its quote in the article. A long
// article has tens of thousands of quotes: the table shows them a page at a time, a button
// adding the next page.
import { h } from './dom.js';

const PAGE_ROWS = 200;

const KIND_ORDER = { direct: 0, mixed: 1, partial: 2, indirect: 3 };

const COMPARE = {
  speaker: (a, b) => a.speaker.localeCompare(b.speaker),
  title: (a, b) => a.title.localeCompare(b.title),
  quote: (a, b) => a.quote.localeCompare(b.quote),
  kind: (a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9),
  confidence: (a, b) => a.confidence - b.confidence,
};

export class QuoteTable {
  #table;
  #count = 0;
  #rowAt = () => null;
  #all = null;  // every row, made the first time the table is sorted
  #sorted = null;  // #all in the order shown, when sorted
  #shown = 0;
  #sort = null;  // {key, direction: 1 | -1}; null keeps the article's order
  #onSelect;
  #chosen = null;  // the id of the quote last chosen, marked in its row
  #more;

  /**
   * `onSelect(quoteId)` runs when a row is chosen (click, or Enter on its quote button); `more`
   * is the button that shows the next page of rows.
   */
  constructor(table, { onSelect, more }) {
    this.#table = table;
    this.#onSelect = onSelect;
    this.#more = more;
    more.addEventListener('click', () => this.#append(PAGE_ROWS));
    for (const th of table.querySelectorAll('th[data-sort]')) {
      th.querySelector('button').addEventListener('click', () => this.#sortBy(th.dataset.sort));
    }
    table.tBodies[0].addEventListener('click', (event) => {
      const row = event.target.closest('tr[data-quote]');
      if (!row) return;
      this.#mark(row.dataset.quote);
      this.#onSelect(row.dataset.quote);
    });
  }

  /**
   * Shows `count` rows, `rowAt(i)` being the ith in the article's order: {id, order, speaker,
   * title, quote, kind, confidence, slot, badge}. Rows are made as they are shown (a long
   * article has tens of thousands), all of them only when the table is sorted.
   */
  show(count, rowAt) {
    this.#count = count;
    this.#rowAt = rowAt;
    this.#all = null;
    this.#chosen = null;
    this.#render();
  }

  #mark(id) {
    this.#chosen = id;
    for (const tr of this.#table.tBodies[0].rows) {
      if (tr.dataset.quote === id) tr.setAttribute('aria-current', 'true');
      else tr.removeAttribute('aria-current');
    }
  }

  #sortBy(key) {
    const direction = this.#sort?.key === key ? -this.#sort.direction : 1;
    this.#sort = { key, direction };
    this.#render();
  }

  #render() {
    for (const th of this.#table.querySelectorAll('th[data-sort]')) {
      if (this.#sort?.key === th.dataset.sort) {
        th.setAttribute('aria-sort', this.#sort.direction > 0 ? 'ascending' : 'descending');
      } else th.removeAttribute('aria-sort');
    }
    this.#sorted = null;
    if (this.#sort) {
      const { key, direction } = this.#sort;
      this.#all ??= Array.from({ length: this.#count }, (_, i) => this.#rowAt(i));
      this.#sorted = [...this.#all].sort((a, b) => direction * COMPARE[key](a, b) || a.order - b.order);
    }
    this.#shown = 0;
    this.#table.tBodies[0].replaceChildren();
    this.#append(PAGE_ROWS);
  }

  #append(count) {
    const end = Math.min(this.#count, this.#shown + count);
    const page = [];
    for (let i = this.#shown; i < end; i++) page.push(this.#sorted ? this.#sorted[i] : this.#rowAt(i));
    this.#shown = end;
    this.#table.tBodies[0].append(...page.map((row) => h('tr', {
      'data-quote': row.id, 'aria-current': row.id === this.#chosen ? 'true' : null },
      h('td', { class: `speaker-cell nl-s${row.slot}` },
        h('span', { class: 'nl-chip', 'aria-hidden': 'true', text: row.badge }), ' ',
        h('span', { text: row.speaker }),
        // On a phone the Title column gives its width to the quote; the title moves here.
        row.title ? h('span', { class: 'speaker-title', text: row.title }) : null),
      h('td', { class: 'title-cell', text: row.title || '—' }),
      h('td', { class: 'quote-cell' },
        h('button', { type: 'button', class: 'link-button', text: row.quote,
                      title: 'Go to this quote in the article' })),
      h('td', { class: 'kind-cell', text: row.kind }),
      h('td', { class: 'num', text: row.confidence.toFixed(2) }))));
    const left = this.#count - this.#shown;
    this.#more.hidden = left === 0;
    this.#more.textContent = `Show ${Math.min(left, PAGE_ROWS)} more quotes ` +
                             `(${this.#shown.toLocaleString('en')} of ${this.#count.toLocaleString('en')} shown)`;
  }
}
