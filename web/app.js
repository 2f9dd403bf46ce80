// The newslens page: articles in (drop, choose, paste), analysed one after the other in the
// engine's Web Worker, and shown as highlighted text with panels. Article text only ever enters
// the DOM as text nodes.
import { ArticlePanel } from './article-panel.js';
import { download, exportName, jsonLine, quotesCsv } from './exporters.js';
import { renderCombined, renderFileRow, updateFileRow } from './files-overview.js';
import { FileNavigator } from './file-navigator.js';
import { NewslensClient } from './newslens/newslens-client.mjs';
import { articleStyleSheet, speakersOf } from './newslens/newslens-view.mjs';
import { initTabs } from './tabs.js';
import { initThemeToggle } from './theme.js';

// Larger files are refused before they reach the engine: analysis keeps several copies of the
// text, and a tab's memory is not the place for a whole archive.
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const $ = (id) => document.getElementById(id);

// A file's name says how to read it: a .txt or .md file is text even when it holds markup (its
// tags are shown, as text), an .html file is HTML; anything else, and pasted text, is left to
// the engine's guess. The same choice goes to the JSON export, which then equals
// `newslens analyze --plain` (or `--html`) for the file.
function readingOptions(name) {
  if (/\.(txt|text|md|markdown)$/i.test(name)) return { markup: 'text' };
  if (/\.html?$/i.test(name)) return { markup: 'html' };
  return {};
}

class Page {
  client = new NewslensClient();
  article = new ArticlePanel();
  entries = [];
  queue = [];
  running = false;
  batch = { done: 0, total: 0, showFirst: true };
  current = null;
  fileNav = new FileNavigator({
    entries: () => this.entries,
    current: () => this.current,
    show: (entry) => this.show(entry),
    article: this.article,
  });

  constructor() {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, articleStyleSheet()];
    initThemeToggle($('theme-toggle'));
    initTabs(document.querySelector('.tabs'));
    this.#wireInputs();
    this.#wireExports();
    // Keyboard readers skip the quotes of the text (each one a tab stop) to the panels.
    document.querySelector('.inline-skip').addEventListener('click', (event) => {
      event.preventDefault();
      document.querySelector('.tabs [role="tab"][aria-selected="true"]').focus();
    });
    this.client.version().then(
      (version) => {
        $('version').textContent = version;
        if (!this.running) this.#status('Ready: drop, choose or paste articles.');
      },
      (error) => this.#status(`The engine could not be loaded: ${error.message}`));
    const example = new URLSearchParams(location.search).get('example');
    if (example) this.loadExample(example);
  }

  // --- Input -------------------------------------------------------------------------------

  #wireInputs() {
    const zone = $('drop-zone');
    // The whole window takes drops (the zone only shows it); a drop elsewhere must not make
    // the browser navigate to the file.
    let depth = 0;
    window.addEventListener('dragenter', (event) => {
      event.preventDefault();
      if (++depth === 1) zone.classList.add('over');
    });
    window.addEventListener('dragleave', () => {
      if (--depth <= 0) { depth = 0; zone.classList.remove('over'); }
    });
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => {
      event.preventDefault();
      depth = 0;
      zone.classList.remove('over');
      this.addFiles([...(event.dataTransfer?.files ?? [])]);
    });

    const input = $('file-input');
    input.addEventListener('change', () => {
      const files = [...input.files];
      input.value = '';
      this.addFiles(files);
    });
    $('paste-button').addEventListener('click', () => {
      const text = $('paste-text').value;
      if (text.trim()) this.addText(text);
    });
    // Ctrl+V anywhere but in a text field analyses what is on the clipboard: files or text.
    document.addEventListener('paste', (event) => {
      if (event.target.closest?.('textarea, input, [contenteditable]')) return;
      const files = [...(event.clipboardData?.files ?? [])];
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (files.length) this.addFiles(files);
      else if (text.trim()) this.addText(text);
      else return;
      event.preventDefault();
    });
    $('example-button').addEventListener('click', () => this.loadExample('sample-article.txt'));
  }

  async loadExample(name) {
    if (!/^[\w.-]+\.(txt|md|html?)$/.test(name)) {
      this.#status(`No such example: ${name}`);
      return;
    }
    try {
      const response = await fetch(`examples/${name}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.addSources([{ name, bytes: new Uint8Array(await response.arrayBuffer()) }]);
    } catch (error) {
      this.#status(`The example ${name} could not be loaded: ${error.message}`);
    }
  }

  addFiles(files) {
    if (files.length) this.addSources(files.map((file) => ({ name: file.name, file })));
  }

  addText(text) {
    const n = this.entries.filter((e) => e.pasted).length + 1;
    this.addSources([{ name: `Pasted text ${n}`, text, pasted: true }]);
  }

  addSources(sources) {
    if (!this.running) this.batch = { done: 0, total: 0, showFirst: true };
    for (const source of sources) {
      const entry = { ...source, index: this.entries.length, analysis: null, error: null,
                      started: false, options: source.pasted ? {} : readingOptions(source.name) };
      this.entries.push(entry);
      entry.row = renderFileRow(entry, { onShow: (e) => this.fileNav.choose(e) });
      $('file-table').tBodies[0].append(entry.row);
      this.queue.push(entry);
      this.batch.total += 1;
    }
    document.body.classList.add('has-articles');
    this.#updateFilesSection();
    this.#progress();
    if (!this.running) this.#drain();
  }

  // --- Analysis, one entry at a time -------------------------------------------------------

  async #drain() {
    this.running = true;
    while (this.queue.length) {
      const entry = this.queue.shift();
      entry.started = true;
      this.#refreshRow(entry);
      try {
        await this.#analyse(entry);
      } catch (error) {
        entry.error = describeFailure(error);
      }
      this.batch.done += 1;
      this.#refreshRow(entry);
      if (entry.analysis && this.batch.showFirst) {
        this.batch.showFirst = false;
        this.fileNav.showFirst(entry);
      }
      this.#updateFilesSection();
      this.#progress();
    }
    this.running = false;
  }

  async #analyse(entry) {
    if (entry.file) {
      if (entry.file.size > MAX_FILE_BYTES) {
        throw Object.assign(new Error(`${formatBytes(entry.file.size)}; the limit is ` +
                                      `${formatBytes(MAX_FILE_BYTES)}`), { code: 'too_large' });
      }
      entry.bytes = new Uint8Array(await entry.file.arrayBuffer());
    }
    if (entry.bytes) {
      const { text, encoding, repaired, analysis } =
        await this.client.analyzeFile(entry.bytes, entry.options);
      Object.assign(entry, { text, encoding, repaired, analysis });
    } else {
      entry.analysis = await this.client.analyze(entry.text, entry.options);
    }
    entry.speakers = speakersOf(entry.analysis);
  }

  /** Shows an analysed entry's article (the navigator decides where the reader is taken). */
  show(entry) {
    const previous = this.current;
    this.current = entry;
    this.article.show(entry);
    if (previous && previous !== entry) this.#refreshRow(previous);
    this.#refreshRow(entry);
    this.fileNav.update();
  }

  #refreshRow(entry) {
    updateFileRow(entry.row, entry, { onShow: (e) => this.fileNav.choose(e),
                                      current: entry === this.current });
  }

  #updateFilesSection() {
    // One article that went well needs no file table; several, or a failure, do.
    const show = this.entries.length > 1 || this.entries.some((e) => e.error);
    $('files').hidden = !show;
    document.body.classList.toggle('batch', show);
    this.fileNav.update();
    renderCombined($('combined'), $('combined-chart'), $('combined-table'), this.entries);
    $('export-all-json').disabled = $('export-all-csv').disabled =
      !this.entries.some((e) => e.analysis);
  }

  #progress() {
    const { done, total } = this.batch;
    const bar = $('progress');
    bar.hidden = total < 2 || done === total;
    bar.max = total;
    bar.value = done;
    if (done < total) {
      this.#status(total > 1 ? `Analysing ${done + 1} of ${total}…` : 'Analysing…');
    } else {
      const failed = this.entries.slice(-total).filter((e) => e.error).length;
      this.#status(`Analysed ${total} file${total === 1 ? '' : 's'}.` +
                   (failed ? ` ${failed} could not be read (see the file table).` : ''));
    }
  }

  #status(message) {
    $('status').textContent = message;
  }

  // --- Export --------------------------------------------------------------------------------

  #wireExports() {
    $('export-json').addEventListener('click', async () => {
      const entry = this.current;
      const json = await this.client.analyzeJson(entry.bytes ?? entry.text, entry.options);
      download(exportName(entry.name, 'json'), `${json}\n`, 'application/json');
    });
    $('export-csv').addEventListener('click', () => {
      const entry = this.current;
      download(exportName(entry.name, 'csv'), quotesCsv(quoteRows([entry])), 'text/csv');
    });
    $('export-all-json').addEventListener('click', async () => {
      const lines = [];
      for (const entry of this.entries.filter((e) => e.analysis)) {
        const json = await this.client.analyzeJson(entry.bytes ?? entry.text, entry.options);
        lines.push(jsonLine(json, entry.name));
      }
      download('articles.newslens.jsonl', `${lines.join('\n')}\n`, 'application/x-ndjson');
    });
    $('export-all-csv').addEventListener('click', () => {
      download('articles.newslens.csv', quotesCsv(quoteRows(this.entries)), 'text/csv');
    });
  }
}

function quoteRows(entries) {
  const rows = [];
  for (const entry of entries) {
    if (!entry.analysis) continue;
    const speakerOf = new Map();
    for (const s of entry.speakers) for (const q of s.quotes) speakerOf.set(q.id, s);
    for (const quote of entry.analysis.quotes) {
      rows.push({ file: entry.name, quote, speaker: speakerOf.get(quote.id) });
    }
  }
  return rows;
}

function describeFailure(error) {
  if (error.code === 'not_text') return `Not a text file: ${error.message}`;
  if (error.code === 'too_large') return `Too large: ${error.message}`;
  return `Could not be analysed: ${error.message}`;
}

function formatBytes(n) {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

new Page();
