// Moving through a batch of files: where choosing a file takes the reader, the previous/next
// buttons, arrow keys in the file list, and the URL (#file=N), so that Back returns to the
// file read before.
//
// Wide screens show the file list as a sticky column beside the article: choosing a file
// brings the article's heading into view and the focus stays on the file's button, so the
// next ↓ goes on from there. Narrow screens have no room for both: choosing a file replaces
// the list with the article (the `reading` class), the focus goes to its heading, and "All
// files" (or Back) returns to the list, focused on the file last read.

const NARROW = matchMedia('(max-width: 64rem)');
const $ = (id) => document.getElementById(id);

export class FileNavigator {
  #entries;
  #current;
  #show;
  #article;
  #home = null;  // the file shown first, without the reader choosing it: the URL without #file=

  /**
   * entries(): every entry of the page, in order; current(): the one shown; show(entry): shows
   * an analysed entry's article; article: the ArticlePanel (for its heading).
   */
  constructor({ entries, current, show, article }) {
    this.#entries = entries;
    this.#current = current;
    this.#show = show;
    this.#article = article;
    $('previous-file').addEventListener('click', () => this.#step(-1));
    $('next-file').addEventListener('click', () => this.#step(+1));
    $('back-to-files').addEventListener('click', () => this.#backToList());
    $('file-table').addEventListener('keydown', (event) => this.#onListKey(event));
    window.addEventListener('popstate', () => this.#followUrl());
  }

  /** The reader chose `entry` in the file list. */
  choose(entry) {
    this.#go(entry, { push: true, from: 'list' });
  }

  /** The first file of a batch is shown as soon as it is analysed, without taking the reader. */
  showFirst(entry) {
    this.#home = entry;
    return this.#show(entry);
  }

  /** Brings the navigation bar up to date with the entries and the one shown. */
  update() {
    const analysed = this.#analysed();
    const current = this.#current();
    const batch = document.body.classList.contains('batch');
    $('file-nav').hidden = !batch || !current;
    if (!current) return;
    const i = analysed.indexOf(current);
    $('file-position').textContent = `File ${i + 1} of ${analysed.length}`;
    $('previous-file').disabled = i <= 0;
    $('next-file').disabled = i < 0 || i >= analysed.length - 1;
  }

  #analysed() {
    return this.#entries().filter((e) => e.analysis);
  }

  #step(delta) {
    const analysed = this.#analysed();
    const next = analysed[analysed.indexOf(this.#current()) + delta];
    if (next) this.#go(next, { push: true, from: 'bar' });
  }

  #go(entry, { push, from }) {
    if (!entry?.analysis) return;
    this.#show(entry);
    if (push && location.hash !== `#file=${entry.index + 1}`) {
      history.pushState(null, '', `#file=${entry.index + 1}`);
    }
    const narrow = NARROW.matches && document.body.classList.contains('batch');
    document.body.classList.toggle('reading', narrow);
    const heading = this.#article.heading;
    if (narrow) {
      // The list is gone: the reader is taken to the article's top, and the focus with them.
      window.scrollTo({ top: 0 });
      $('article').scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
      return;
    }
    const top = heading.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) {
      $('article').scrollIntoView({ block: 'start' });
    }
    if (from !== 'bar') this.#keepVisible(entry.row);
  }

  // The chosen row stays visible within the list's own scrolling box, and within the window
  // (the box is taller than what the window shows of it until the page scrolls to it), without
  // moving the page.
  #keepVisible(row) {
    const box = row.closest('.files');
    if (!box || box.scrollHeight <= box.clientHeight) return;
    const rowBox = row.getBoundingClientRect();
    const listBox = box.getBoundingClientRect();
    const top = Math.max(listBox.top, 0);
    const bottom = Math.min(listBox.bottom, window.innerHeight);
    if (rowBox.top < top) box.scrollTop -= top - rowBox.top + 8;
    else if (rowBox.bottom > bottom) box.scrollTop += rowBox.bottom - bottom + 8;
  }

  #backToList() {
    document.body.classList.remove('reading');
    const button = this.#current()?.row.querySelector('.file-button');
    button?.scrollIntoView({ block: 'center' });
    button?.focus({ preventScroll: true });
  }

  // ↑ and ↓ on a file's button go to the previous or next analysed file, and show it.
  #onListKey(event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const button = event.target.closest?.('.file-button');
    if (!button) return;
    const analysed = this.#analysed();
    const i = analysed.findIndex((e) => e.index === Number(button.dataset.index));
    const next = analysed[i + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    const target = next.row.querySelector('.file-button');
    target.focus({ preventScroll: true });
    this.#go(next, { push: true, from: 'list' });
  }

  // Back and Forward: #file=N shows the N-th file; no file in the URL is the list (on a wide
  // screen, beside the file shown first).
  #followUrl() {
    const match = /^#file=(\d+)$/.exec(location.hash);
    const entry = match ? this.#entries()[Number(match[1]) - 1] : null;
    if (entry?.analysis) {
      this.#go(entry, { push: false, from: 'history' });
      return;
    }
    if (!NARROW.matches && this.#home?.analysis) this.#show(this.#home);
    this.#backToList();
  }
}
