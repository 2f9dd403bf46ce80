// <newslens-article>: an article analysed and rendered with its quotes highlighted, inside a
// shadow root. Importing this module defines the element.
//
//   <script type="module" src="newslens/newslens-element.mjs"></script>
//   <newslens-article src="article.txt"></newslens-article>          <!-- a file, fetched -->
//   <newslens-article>“We will win,” she said.</newslens-article>    <!-- its own text -->
//   <newslens-article src="page.html" markup="html"></newslens-article>
//
// `markup` ("auto", the default, "text" or "html") says how to read the article, as the
// engine's `markup` option does.
// The analysis runs in a Web Worker (NewslensClient) unless NewslensArticleElement.useEngine()
// was given an engine (e.g. `await createNewslens()` from newslens.single.mjs, for hosts that
// cannot start a module worker). Events: `newslens-analyzed` (detail {text, analysis}) and
// `newslens-error` (detail {error}), and `newslens-highlight` (detail {target, description})
// when the reader chooses an entity or a type in the article, or clears; highlight(target)
// and clearHighlight() do the same from script. Styles are a constructed stylesheet (adoptedStyleSheets),
// which a `style-src 'self'` Content-Security-Policy allows; colours follow the color-scheme the
// element inherits (set `color-scheme: dark` on it, or `light dark` to follow the system).
import { NewslensClient } from './newslens-client.mjs';
import { articleStyleSheet, renderArticle } from './newslens-view.mjs';

const HOST_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.nl-status { margin: 0; color: var(--nl-muted, GrayText); font: 0.9rem/1.5 system-ui, sans-serif; }
.nl-status.nl-error { color: light-dark(#b3261e, #f2b8b5); }
`;

let hostSheet = null;
let engine = null;

function hostStyleSheet() {
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_CSS);
  }
  return hostSheet;
}

// The engine all elements share, started on first use: a worker by default.
function sharedEngine() {
  engine ??= new NewslensClient();
  return engine;
}

let elementCount = 0;

export class NewslensArticleElement extends HTMLElement {
  static observedAttributes = ['src', 'markup'];

  /**
   * Makes every <newslens-article> use `newEngine`: anything with analyze(text) and
   * decode(bytes), synchronous or returning promises (the engine of createNewslens(), or a
   * NewslensClient).
   */
  static useEngine(newEngine) {
    engine = newEngine;
  }

  #shadow;
  #observer = null;
  #generation = 0;
  #idPrefix = `nla${++elementCount}`;
  /** The analysis shown (UTF-16 offsets into `text`), or null before the first one. */
  analysis = null;
  /** The text the analysis indexes. */
  text = null;
  #rendered = null;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [articleStyleSheet(), hostStyleSheet()];
  }

  connectedCallback() {
    // Without `src`, the element's own text is the article: analyse it again when it changes.
    this.#observer = new MutationObserver(() => {
      if (!this.hasAttribute('src')) this.#refresh();
    });
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#refresh();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#refresh();
  }

  async #refresh() {
    const generation = ++this.#generation;  // a newer refresh makes this one's result stale
    this.setAttribute('aria-busy', 'true');
    this.#showStatus('Analysing the article…', false);
    try {
      const { text, analysis } = await this.#analyse();
      if (generation !== this.#generation) return;
      this.#rendered = renderArticle(text, analysis, { idPrefix: this.#idPrefix });
      this.#shadow.replaceChildren(this.#rendered.element);
      this.text = text;
      this.analysis = analysis;
      this.dispatchEvent(new CustomEvent('newslens-analyzed', { detail: { text, analysis } }));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#showStatus(`newslens could not analyse this article: ${error.message}`, true);
      this.dispatchEvent(new CustomEvent('newslens-error', { detail: { error } }));
    } finally {
      if (generation === this.#generation) this.removeAttribute('aria-busy');
    }
  }

  /**
   * Highlights all mentions of an entity ({entity: 'e1'}), of a type ({type: 'PER'}) or any
   * spans of `text` (see renderArticle's highlight()); null before the first analysis.
   */
  highlight(target) {
    return this.#rendered?.highlight(target) ?? null;
  }

  clearHighlight() {
    this.#rendered?.clearHighlight();
  }

  async #analyse() {
    const nl = sharedEngine();
    const markup = this.getAttribute('markup');
    const options = markup ? { markup } : {};
    const src = this.getAttribute('src');
    if (src == null) {
      const text = this.textContent ?? '';
      return { text, analysis: await nl.analyze(text, options) };
    }
    const response = await fetch(new URL(src, this.ownerDocument.baseURI));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Read as the command-line tool reads files; a worker client does both steps in one trip.
    if (typeof nl.analyzeFile === 'function') return nl.analyzeFile(bytes, options);
    const { text } = await nl.decode(bytes);
    return { text, analysis: await nl.analyze(text, options) };
  }

  #showStatus(message, isError) {
    const status = document.createElement('p');
    status.className = isError ? 'nl-status nl-error' : 'nl-status';
    status.setAttribute('role', isError ? 'alert' : 'status');
    status.textContent = message;
    this.#shadow.replaceChildren(status);
  }
}

if (!customElements.get('newslens-article')) {
  customElements.define('newslens-article', NewslensArticleElement);
}
