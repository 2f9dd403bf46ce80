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
// All elements share one engine: the one given to NewslensArticleElement.useEngine(), or else
// one the element starts from the files beside this module (see ENGINE_STARTS below), also when
// this module comes from another origin (a CDN). Events: `newslens-analyzed` (detail {text,
// analysis}), `newslens-error` (detail {error}), and `newslens-highlight` (detail {target,
// description}) when the reader chooses an entity or a type in the article, or clears;
// highlight(target) and clearHighlight() do the same from script. Styles are a constructed
// stylesheet (adoptedStyleSheets), which a `style-src 'self'` Content-Security-Policy allows;
// colours follow the color-scheme the element inherits (set `color-scheme: dark` on it, or
// `light dark` to follow the system).
import { NewslensClient } from './newslens-client.mjs';
import { articleStyleSheet, renderArticle } from './newslens-view.mjs';

const HOST_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.nl-status { margin: 0; color: var(--nl-muted, GrayText); font: 0.9rem/1.5 system-ui, sans-serif; }
.nl-status.nl-error { color: light-dark(#b3261e, #f2b8b5); }
`;

let hostSheet = null;

function hostStyleSheet() {
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_CSS);
  }
  return hostSheet;
}

// The package's files as they sit beside this module, for the steps below that only a page
// loading the files as they are needs (a CDN's): the blob: worker, which imports the worker
// module by URL, and the single-file build. Made from MODULE_URL rather than written in the forms
// bundlers follow (`new URL('./…', import.meta.url)`, `import('./…')`), so that an app's bundle
// gets neither the worker module unbundled (Vite inlined it as a data: URL, whose imports cannot
// resolve) nor the 900 KB single-file build (esbuild put it into the app's bundle). In a bundle
// the element's engine is NewslensClient's worker, which bundlers do build.
const MODULE_URL = import.meta.url;
const WORKER_URL = new URL('./newslens-worker.mjs', MODULE_URL);
const SINGLE_FILE_URL = new URL('./newslens.single.mjs', MODULE_URL);

// The code of the blob: worker (its source text is this function's): it imports the worker
// module by its absolute URL. The import is dynamic because a worker's static imports are
// checked against the host's worker-src, a dynamic one against script-src, which already lets
// the CDN in. Requests that arrive while the module loads are kept and handed to it once it
// listens; should it fail to load, each request is answered with the reason.
async function runWorkerModule(workerUrl) {
  const early = [];
  const keep = (event) => early.push(event.data);
  addEventListener('message', keep);
  try {
    await import(workerUrl);
    removeEventListener('message', keep);
    for (const data of early) dispatchEvent(new MessageEvent('message', { data }));
  } catch (error) {
    const message = `newslens: the worker could not load ${workerUrl}: ${error.message}`;
    const failure = { name: 'Error', code: 'internal', message, offset: null };
    removeEventListener('message', keep);
    addEventListener('message', (event) => postMessage({ id: event.data?.id, error: failure }));
    for (const data of early) postMessage({ id: data?.id, error: failure });
  }
}

/** A worker client once its worker has loaded the module and the wasm; a failed one is stopped. */
async function startedClient(client) {
  try {
    await client.version();
    return client;
  } catch (error) {
    client.terminate();
    throw error;
  }
}

// The ways the element starts an engine of its own, tried in this order; the first that starts
// serves every element. Workers come first because an analysis in the main thread freezes the
// host's page for as long as it runs; of the two main-thread engines, newslens.mjs comes first
// (always beside this module, its wasm compiled as it downloads, and a refused fetch costs no
// download), the single-file build last.
//
// CORS is never the obstacle for a module that comes from a CDN: this module was loaded as a
// module script, which browsers fetch only when the CDN allows the page's origin, and every
// step fetches from the same place. The host's Content-Security-Policy is the obstacle, and a
// blocked step costs a violation (a console error, and a report if the policy asks for them).
const ENGINE_STARTS = [
  {
    // The default, and the only one a same-origin page ever needs: script-src 'self' covers
    // it. Browsers refuse at once (a SecurityError) to start a worker from another origin.
    name: 'module worker',
    applies: () => true,
    start: () => startedClient(new NewslensClient()),
  },
  {
    // Still off the main thread: a worker of the page's own origin, from a blob: URL, that
    // imports the worker module (runWorkerModule). It needs the host to allow blob: in
    // worker-src (without worker-src: child-src, then script-src), which strict sites seldom
    // do, and the CDN in connect-src for the wasm (a blob: worker keeps the page's policy).
    name: 'blob: worker',
    applies: () => WORKER_URL.origin !== self.origin,
    start: async () => {
      const source = `(${runWorkerModule})(${JSON.stringify(WORKER_URL.href)});\n`;
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      try {
        return await startedClient(new NewslensClient({ workerUrl: url }));
      } finally {
        URL.revokeObjectURL(url);
      }
    },
  },
  {
    // The engine in the main thread. newslens.mjs is already loaded (newslens-client.mjs
    // imports it) and fetches newslens.wasm beside itself, compiling it as it arrives: the
    // host's connect-src must allow the CDN.
    name: 'newslens.mjs',
    applies: () => true,
    start: async () => (await import('./newslens.mjs')).createNewslens(),
  },
  {
    // The wasm inside the module: nothing beyond the script-src that let this module in, but a
    // larger script to download and parse, whose wasm is inflated before it compiles. Not every
    // copy of the files has it (the page's build/web/newslens/ does not).
    name: 'newslens.single.mjs',
    applies: () => true,
    start: async () => (await import(SINGLE_FILE_URL.href)).createNewslens(),
  },
];

async function startOwnEngine() {
  const failures = [];
  for (const { name, applies, start } of ENGINE_STARTS) {
    if (!applies()) continue;
    try {
      return await start();
    } catch (error) {
      failures.push(`${name}: ${error.message}`);
    }
  }
  throw new Error(`no engine could start (${failures.join('; ')})`);
}

// The engine the elements share, as a promise (elements wait for one still starting), or null
// until an element first needs one; `engineIsOwn` says whether the element started it.
let engine = null;
let engineIsOwn = false;
const connectedElements = new Set();

function sharedEngine() {
  if (!engine) {
    engine = startOwnEngine();
    engineIsOwn = true;
  }
  return engine;
}

// Elements upgraded while this module is evaluated (those already in the HTML) ask for an engine
// one task later, so that a host script that imports this module and calls useEngine() straight
// away has its engine used from the start, and the element starts none of its own.
const moduleEvaluated = new Promise((resolve) => setTimeout(resolve));

let elementCount = 0;

export class NewslensArticleElement extends HTMLElement {
  static observedAttributes = ['src', 'markup'];

  /**
   * Makes every <newslens-article> use `newEngine` (or the engine a promise resolves to): anything
   * with analyze(text) and decode(bytes), synchronous or returning promises (the engine of
   * createNewslens(), or a NewslensClient). Elements already in the page that are waiting for an
   * engine or failed to get one are analysed again with it; those showing an article keep it.
   */
  static useEngine(newEngine) {
    const replaced = engineIsOwn ? engine : null;
    engine = Promise.resolve(newEngine);
    engineIsOwn = false;
    for (const element of connectedElements) element.#engineChanged();
    // A worker the element started is no longer used (one still starting is stopped once it has).
    replaced?.then((old) => old.terminate?.(), () => {});
  }

  #shadow;
  #observer = null;
  #generation = 0;
  #idPrefix = `nla${++elementCount}`;
  /** 'analysing' (waiting for an engine or its analysis), 'shown' or 'failed'. */
  #state = 'analysing';
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
    connectedElements.add(this);
    // Without `src`, the element's own text is the article: analyse it again when it changes.
    this.#observer = new MutationObserver(() => {
      if (!this.hasAttribute('src')) this.#refresh();
    });
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#refresh();
  }

  disconnectedCallback() {
    connectedElements.delete(this);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#refresh();
  }

  #engineChanged() {
    if (this.#state !== 'shown') this.#refresh();
  }

  async #refresh() {
    const generation = ++this.#generation;  // a newer refresh makes this one's result stale
    this.#state = 'analysing';
    this.setAttribute('aria-busy', 'true');
    this.#showStatus('Analysing the article…', false);
    try {
      await moduleEvaluated;
      const { text, analysis } = await this.#analyse();
      if (generation !== this.#generation) return;
      this.#rendered = renderArticle(text, analysis, { idPrefix: this.#idPrefix });
      this.#shadow.replaceChildren(this.#rendered.element);
      this.text = text;
      this.analysis = analysis;
      this.#state = 'shown';
      this.dispatchEvent(new CustomEvent('newslens-analyzed', { detail: { text, analysis } }));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#state = 'failed';
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
    const nl = await sharedEngine();
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
