// What the reader chose to see in the text — an entity, a type, a speaker or a value — above
// the tabs: its name, what is highlighted, the quotes of that speaker as buttons that go to
// each quote, and Clear. The highlighting itself is the article view's (highlight()). The
// people of a long article have thousands of quotes: they are listed a page at a time.
import { h } from './dom.js';

const PAGE_QUOTES = 200;

export class SelectionPanel {
  #section = document.getElementById('selection');
  #heading = document.getElementById('selection-heading');
  #summary = document.getElementById('selection-summary');
  #quotes = document.getElementById('selection-quotes');
  #more = h('button', { type: 'button', class: 'quiet-button more-button', hidden: true });
  #list = [];  // the quotes of the choice shown

  /** `onClear()` runs on Clear; `onQuote(id)` when a listed quote is chosen. */
  constructor({ onClear, onQuote }) {
    document.getElementById('selection-clear').addEventListener('click', onClear);
    this.#quotes.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-quote]');
      if (button) onQuote(button.dataset.quote);
    });
    this.#quotes.after(this.#more);
    this.#more.addEventListener('click', () => this.#append());
  }

  get shown() {
    return !this.#section.hidden;
  }

  /**
   * heading: the chosen thing's name; chip: {text, className} shown before it (a type label
   * or a speaker's badge); summary: what is highlighted; quotes: [{id, text, badge, slot}],
   * or null when quotes do not apply (a value).
   */
  show({ heading, chip, summary, quotes }) {
    this.#heading.replaceChildren(
      chip ? h('span', { class: chip.className, 'aria-hidden': 'true', text: chip.text }) : null,
      chip ? ' ' : null, heading);
    const quoteCount = quotes === null ? ''
      : quotes.length ? ` ${quotes.length === 1 ? 'One quote' : `${quotes.length} quotes`}:`
        : ' No quotes.';
    this.#summary.textContent = `${summary}.${quoteCount}`;
    this.#list = quotes ?? [];
    this.#quotes.replaceChildren();
    this.#append();
    this.#quotes.hidden = !quotes?.length;
    this.#section.hidden = false;
  }

  // The next page of quotes.
  #append() {
    const shown = this.#quotes.children.length;
    const page = this.#list.slice(shown, shown + PAGE_QUOTES);
    this.#quotes.append(...page.map((q) => h('li', { class: `nl-s${q.slot}` },
      h('span', { class: 'nl-chip', 'aria-hidden': 'true', text: q.badge }), ' ',
      h('button', { type: 'button', class: 'link-button', 'data-quote': q.id, text: q.text,
                    title: 'Go to this quote in the article' }))));
    const left = this.#list.length - shown - page.length;
    this.#more.hidden = left <= 0;
    this.#more.textContent = `Show ${Math.min(left, PAGE_QUOTES)} more quotes`;
  }

  hide() {
    this.#section.hidden = true;
  }
}
