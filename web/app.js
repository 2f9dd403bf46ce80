// The newslens page: articles in (drop, choose, paste), analysed one after the other in the
// engine's Web Worker, and shown as highlighted text with panels. Article text only ever enters
// the DOM as text nodes.
import { ArticlePanel } from './article-panel.js';
import { nextTask } from './dom.js';
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
// From this size on the status says that an article is long: its analysis takes seconds and its
// text is drawn in parts (a 10 MB article has some 70,000 paragraphs).
const LONG_ARTICLE_BYTES = 1024 * 1024;

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
  article = new ArticlePanel({ onDrawing: (drawing) => this.#drawingProgress(drawing) });
  entries = [];
  queue = [];
  running = false;
  batch = { done: 0, total: 0, showFirst: true, cancelled: false };
  current = null;
  fileNav = new FileNavigator({
    entries: () => this.entries,
    current: () => this.current,
    show: (entry) => this.show(entry),
    article: this.article,
  });
  analysing = null;  // the entry in the engine, and {received, total} once its answer arrives
  showing = false;  // the first article of the batch, analysed, is being shown
  drawing = null;  // the article being drawn: {entry, drawn, total, state}

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
    $('cancel').addEventListener('click', () => this.cancel());
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
    if (!this.running) this.batch = { done: 0, total: 0, showFirst: true, cancelled: false };
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
      this.analysing = { entry, received: 0, total: 0 };
      this.#refreshRow(entry);
      this.#progress();
      try {
        await this.#analyse(entry);
      } catch (error) {
        entry.error = describeFailure(error);
        // Cancelled (or failed) while its first paragraphs were shown: they go.
        if (entry.previewed) this.article.hide();
      }
      this.analysing = null;
      this.batch.done += 1;
      // "Analysed" is said once the first article's panels are there.
      this.showing = Boolean(entry.analysis && this.batch.showFirst);
      if (entry.analysis) {
        await nextTask();  // the analysis's last part came in this task: the rest in the next
        entry.speakers = speakersOf(entry.analysis);
      }
      this.#refreshRow(entry);
      if (this.showing) {
        this.batch.showFirst = false;
        await nextTask();  // a long article's speakers took a while: the drawing starts anew
        await this.fileNav.showFirst(entry);
        this.showing = false;
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
    // A long article's analysis arrives in parts: the status follows them. Its sentences need
    // not come (they only help tell a first line that is a title; the JSON export asks the
    // engine again).
    const receive = {
      omit: sizeOf(entry) >= LONG_ARTICLE_BYTES ? ['document.sentences'] : [],
      onProgress: ({ received, total, result }) => {
        Object.assign(this.analysing, { received, total });
        this.#progress();
        // The first paragraphs of the article to show first are there before the rest.
        const doc = (result.analysis ?? result).document;
        if (this.batch.showFirst && !entry.previewed && doc.paragraphs.length) {
          entry.previewed = this.article.preview(entry, result.text ?? entry.text, doc);
        }
      },
    };
    if (entry.bytes) {
      const { text, encoding, repaired, analysis } =
        await this.client.analyzeFile(entry.bytes, entry.options, receive);
      Object.assign(entry, { text, encoding, repaired, analysis });
    } else {
      entry.analysis = await this.client.analyze(entry.text, entry.options, receive);
    }
  }

  /** Stops everything under way: the analysis in the engine, the files waiting, the drawing. */
  cancel() {
    const waiting = this.queue.splice(0);
    for (const entry of waiting) {
      entry.error = 'Cancelled';
      this.#refreshRow(entry);
    }
    this.batch.done += waiting.length;
    if (waiting.length || this.analysing) {
      this.batch.cancelled = true;
      this.client.cancel();  // the entry being analysed fails with code 'cancelled'
    }
    this.article.cancelDrawing();
    this.#progress();
  }

  #drawingProgress(drawing) {
    this.drawing = drawing;
    this.#progress();
  }

  /**
   * Shows an analysed entry's article (the navigator decides where the reader is taken);
   * resolves once all its panels are drawn (its text may not be).
   */
  show(entry) {
    const previous = this.current;
    this.current = entry;
    const shown = this.article.show(entry);
    if (previous && previous !== entry) this.#refreshRow(previous);
    this.#refreshRow(entry);
    this.fileNav.update();
    return shown;
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

  // The status line and the progress bar say what the analysis and the drawing are doing. The
  // status's data-analysis ('running', 'receiving', 'done', 'cancelled') and data-drawing
  // ('running', 'done', 'cancelled') say it to scripts and tests.
  #progress() {
    const { done, total, cancelled } = this.batch;
    const status = $('status');
    const messages = [];
    let bar = null;  // {value, max}, or {} for a bar that only says "busy"
    let state = status.dataset.analysis;
    if (done < total) {
      const { entry, received, total: parts } = this.analysing ?? {};
      const size = entry && sizeOf(entry);
      state = parts ? 'receiving' : 'running';
      if (parts) {
        messages.push(`Receiving the analysis of ${entry.name}…`);
        bar = { value: received, max: parts };
      } else {
        messages.push(total > 1 ? `Analysing ${done + 1} of ${total}…` : 'Analysing…');
        if (size >= LONG_ARTICLE_BYTES) {
          messages.push(`${entry.name} is long (${formatBytes(size)}): its analysis takes a while.`);
        }
        if (total > 1) bar = { value: done, max: total };
        else if (size >= LONG_ARTICLE_BYTES) bar = {};
      }
    } else if (this.showing) {
      state = 'done';
      messages.push('Showing the article…');
    } else if (total) {
      state = cancelled ? 'cancelled' : 'done';
      const failed = this.entries.slice(-total).filter((e) => e.error && e.error !== 'Cancelled').length;
      const analysed = this.entries.slice(-total).filter((e) => e.analysis).length;
      messages.push(cancelled ? `Cancelled: analysed ${analysed} of ${total} file${total === 1 ? '' : 's'}.`
                              : `Analysed ${total} file${total === 1 ? '' : 's'}.`);
      if (failed) messages.push(`${failed} could not be read (see the file table).`);
    }
    const drawing = this.drawing;
    if (drawing?.state === 'running' && drawing.drawn < drawing.total) {
      const size = sizeOf(drawing.entry);
      // The text changes in tenths only: the status is a live region.
      const tenths = Math.floor((drawing.drawn / drawing.total) * 10) * 10;
      messages.push(size >= LONG_ARTICLE_BYTES
        ? `This article is long (${formatBytes(size)}): it is drawn in parts, ${tenths}% so far…`
        : `Drawing the article, ${tenths}% so far…`);
      bar = { value: drawing.drawn, max: drawing.total };
    } else if (drawing?.state === 'cancelled') {
      messages.push(`Drawing cancelled: ${drawing.drawn.toLocaleString('en')} of ` +
                    `${drawing.total.toLocaleString('en')} paragraphs shown.`);
    }
    // Attributes written only when they change: observers see each change once.
    if (state && status.dataset.analysis !== state) status.dataset.analysis = state;
    if (drawing && status.dataset.drawing !== drawing.state) status.dataset.drawing = drawing.state;
    if (messages.length) this.#status(messages.join(' '));

    const progress = $('progress');
    progress.hidden = !bar;
    if (bar?.max) {
      progress.max = bar.max;
      progress.value = bar.value;
    } else progress.removeAttribute('value');  // indeterminate: busy, for how long unknown
    $('cancel').hidden = !(done < total || drawing?.state === 'running');
  }

  #status(message) {
    const status = $('status');
    if (status.textContent !== message) status.textContent = message;
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
  if (error.code === 'cancelled') return 'Cancelled';
  if (error.code === 'not_text') return `Not a text file: ${error.message}`;
  if (error.code === 'too_large') return `Too large: ${error.message}`;
  return `Could not be analysed: ${error.message}`;
}

// A file's size, or about a pasted text's (its UTF-16 length: as many bytes for most text).
function sizeOf(entry) {
  return entry.file?.size ?? entry.bytes?.length ?? entry.text?.length ?? 0;
}

function formatBytes(n) {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

new Page();
