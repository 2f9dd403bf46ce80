// The page: files in (drop, pick or paste), analyses out, rendered as text (never as HTML).

const MAX_FILE_BYTES = 50 * 1024 * 1024;

// --- The worker, behind promises -----------------------------------------------------------

class EngineClient {
  constructor(url) {
    this.worker = new Worker(url, { type: 'module' });
    this.pending = new Map();
    this.nextId = 1;
    this.worker.addEventListener('message', (event) => {
      const { id, result, error } = event.data;
      const waiter = this.pending.get(id);
      if (!waiter) return;
      this.pending.delete(id);
      if (error) waiter.reject(Object.assign(new Error(error.message), error));
      else waiter.resolve(result);
    });
    this.worker.addEventListener('error', (event) => {
      const failure = new Error(`the analysis worker failed: ${event.message || 'unknown error'}`);
      for (const waiter of this.pending.values()) waiter.reject(failure);
      this.pending.clear();
    });
  }

  call(action, args = {}, transfer = []) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, action, ...args }, transfer);
    });
  }
}

// --- Reading files -----------------------------------------------------------------------------

async function readFile(file) {
  if (file.size > MAX_FILE_BYTES) {
    throw Object.assign(new Error(`too large (${(file.size / 1048576).toFixed(1)} MB; the ` +
                                  `limit is ${MAX_FILE_BYTES / 1048576} MB)`), { code: 'too_large' });
  }
  return new Uint8Array(await file.arrayBuffer());
}

// --- Rendering (text only: textContent, never innerHTML) ------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

const ROLE_LABELS = {
  headline: 'Headline', caption: 'Caption', byline: 'Byline', dateline: 'Dateline', body: '',
};

function renderArticle(container, entry) {
  const { name, text, analysis } = entry;
  const doc = analysis.document;
  container.replaceChildren();
  const roles = {};
  for (const p of doc.paragraphs) roles[p.role] = (roles[p.role] ?? 0) + 1;
  const summary = Object.entries(roles).map(([role, n]) => `${n} ${role}`).join(', ');

  container.append(
    el('header', { class: 'article-header' },
      el('p', { class: 'file-name', text: name }),
      el('h2', { class: 'article-title', text: doc.title ?? '(no headline)' }),
      el('dl', { class: 'facts' },
        el('dt', { text: 'Date' }), el('dd', { text: doc.date ?? '—' }),
        el('dt', { text: 'Paragraphs' }), el('dd', { text: `${doc.paragraphs.length} (${summary})` }),
        el('dt', { text: 'Sentences' }), el('dd', { text: String(doc.sentences.length) }),
        el('dt', { text: 'Tokens' }), el('dd', { text: String(doc.token_count) }),
        el('dt', { text: 'Input' }),
        el('dd', { text: `${doc.input.encoding}${doc.input.html ? ', HTML' : ''}` +
                         (doc.input.repaired ? `, ${doc.input.repaired} invalid sequence(s) repaired` : '') }))));

  const body = el('div', { class: 'paragraphs' });
  for (const p of doc.paragraphs) {
    const label = ROLE_LABELS[p.role];
    body.append(el('p', { class: `paragraph role-${p.role}`, 'data-role': p.role },
      label ? el('span', { class: 'role', text: label }) : null,
      el('span', { class: 'paragraph-text', text: text.slice(p.start, p.end) })));
  }
  container.append(body);
  container.hidden = false;
}

// --- The page ----------------------------------------------------------------------------------

function start() {
  const engine = new EngineClient(new URL('./worker.js', import.meta.url));
  const status = document.getElementById('status');
  const fileList = document.getElementById('file-list');
  const filesSection = document.getElementById('files');
  const article = document.getElementById('article');
  const entries = [];

  engine.call('version').then((v) => { document.getElementById('version').textContent = v; },
                              () => {});

  function show(entry) {
    for (const item of fileList.children) {
      item.classList.toggle('selected', item.dataset.index === String(entries.indexOf(entry)));
    }
    renderArticle(article, entry);
  }

  function addListItem(entry) {
    const index = entries.length;
    entries.push(entry);
    const button = el('button', { type: 'button', class: 'file-button', text: entry.name });
    const state = el('span', { class: 'file-state', text: 'waiting' });
    const item = el('li', { 'data-index': String(index) }, button, state);
    button.addEventListener('click', () => { if (entry.analysis) show(entry); });
    fileList.append(item);
    filesSection.hidden = false;
    return state;
  }

  async function analyzeAll(sources) {
    let done = 0;
    let shown = false;  // the first article of a batch is shown as soon as it is ready
    const total = sources.length;
    status.textContent = `Analyzing ${total} file${total === 1 ? '' : 's'}…`;
    for (const source of sources) {
      const entry = { name: source.name };
      const state = addListItem(entry);
      try {
        if (typeof source.text === 'string') {
          entry.text = source.text;
          entry.analysis = await engine.call('analyze', { text: entry.text });
        } else {
          const bytes = await readFile(source.file);
          Object.assign(entry, await engine.call('analyzeFile', { bytes }, [bytes.buffer]));
        }
        const doc = entry.analysis.document;
        state.textContent = `${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences`;
        if (!shown) {
          show(entry);
          shown = true;
        }
      } catch (error) {
        entry.error = error;
        state.textContent = error.code === 'not_text' ? `not a text file: ${error.message}`
                                                     : `error: ${error.message}`;
        state.classList.add('error');
      }
      done += 1;
      status.textContent = done < total ? `Analyzed ${done} of ${total}…`
                                        : `Analyzed ${total} file${total === 1 ? '' : 's'}.`;
    }
  }

  const dropZone = document.getElementById('drop-zone');
  const fileInput = document.getElementById('file-input');
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('over');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('over');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) analyzeAll(files.map((file) => ({ name: file.name, file })));
  });
  dropZone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      fileInput.click();
    }
  });
  fileInput.addEventListener('change', () => {
    const files = [...fileInput.files];
    fileInput.value = '';
    if (files.length) analyzeAll(files.map((file) => ({ name: file.name, file })));
  });
  document.getElementById('paste-button').addEventListener('click', () => {
    const text = document.getElementById('paste-text').value;
    if (text.trim()) analyzeAll([{ name: `pasted text ${entries.length + 1}`, text }]);
  });
  // Dropping anywhere else must not make the browser navigate to the file.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
}

if (typeof document !== 'undefined') start();
