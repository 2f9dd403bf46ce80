// The engine in a module Web Worker, so that a page never freezes while an article is analysed.
//
//   const worker = new Worker(new URL('./newslens-worker.mjs', import.meta.url), { type: 'module' });
//
// Protocol (plain data only, so everything survives structured cloning):
//   in:  {id, action, ...arguments}      action: analyze | analyzeJson | analyzeFile | decode |
//                                                 normalize | version
//        analyze and analyzeFile take `omit`: dotted paths of arrays of the analysis that the
//        caller does not need (e.g. 'document.sentences'), sent empty
//   out: {id, result} or {id, error: {name, code, message, offset}}, or for a large result
//        {id, result, parts: n} followed by n × {id, part: {path, items}}: `result` with every
//        long array (over PART_ITEMS items) empty, and its items in slices, each to be appended
//        to the array found by following `path` (keys and indexes) from `result`. A few parts
//        are sent at once, then one more for each {id, action: 'nextPart'} (the receiver's
//        "done with one"), so that they arrive no faster than the page takes them in.
// NewslensClient (newslens-client.mjs) speaks it behind promises. Requests are answered in the
// order they arrive; the module is loaded once, on the first request's arrival or before.
import { createNewslens } from './newslens.mjs';

// Loading starts at once: the wasm is compiled while the page is still busy with other things.
// Then a short article is analysed and thrown away: the one-off work of a first analysis (the
// NER model decoded, the lexicons built, the code's first compilation and tiering) is done while
// the page waits for an article, not after it has one. A request that comes sooner waits for it,
// as it would have waited for that work anyway. (tools/bench/worker-start.mjs, headless Chromium
// on a 2-core machine: the seed sent 1.5 s after the client started was answered in 24 to 28 ms,
// against 130 to 146 without the warm-up.)
const WARM_UP = 'date 2025-02-01 Trust warns of costs\n\nAnna Berg, a spokeswoman for the ' +
  'Harbour Trust, said on Monday that costs rose 5% to $3.2 million.\n\n"We will act," she said.\n';
const engine = createNewslens().then((newslens) => {
  try {
    newslens.analyze(WARM_UP);
  } catch {
    // Nothing to report to anyone yet: a request that meets the same fault reports it itself.
  }
  return newslens;
});

// The analysis with the arrays at `omit` (dotted paths) emptied: what a caller does not use
// need not cross over (a 10 MB article has over 100,000 sentences).
function without(analysis, omit = []) {
  for (const path of omit) {
    const keys = String(path).split('.');
    const last = keys.pop();
    let parent = analysis;
    for (const key of keys) parent = parent?.[key];
    if (Array.isArray(parent?.[last])) parent[last] = [];
  }
  return analysis;
}

const actions = {
  analyze: (nl, { text, options, omit }) => without(nl.analyze(text, options), omit),
  analyzeJson: (nl, { input, options }) => nl.analyzeJson(input, options),
  decode: (nl, { bytes }) => nl.decode(bytes),
  normalize: (nl, { text, options }) => nl.normalize(text, options),
  version: (nl) => nl.version,
  // A file's bytes, read as the command-line tool reads them, then analysed: the result carries
  // the decoded text, because that is the string the analysis's UTF-16 offsets index.
  analyzeFile: (nl, { bytes, options, omit }) => {
    const decoded = nl.decode(bytes);
    return { ...decoded, analysis: without(nl.analyze(decoded.text, options), omit) };
  },
};

// A page receives a message in one task: the analysis of a 10 MB article in one message (some
// 800,000 objects to rebuild) would freeze it for a second or more. In slices, each message
// takes it a few milliseconds, and the page stays responsive while they arrive.
const PART_ITEMS = 1000;

// `value` with its long arrays emptied, and their items in slices (appended to `parts`).
// Arrays of bytes and the items of a sliced array are taken as they are.
function withoutLongArrays(value, path, parts) {
  if (Array.isArray(value)) {
    if (value.length <= PART_ITEMS) return value.map((item, i) => withoutLongArrays(item, [...path, i], parts));
    for (let i = 0; i < value.length; i += PART_ITEMS) parts.push({ path, items: value.slice(i, i + PART_ITEMS) });
    return [];
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const copy = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withoutLongArrays(item, [...path, key], parts);
  return copy;
}

// Parts not sent yet, by request id; PARTS_AHEAD of them travel before the first 'nextPart'.
// Sent all at once, they would be taken in back to back, the page's garbage collector never
// getting a moment between them, and its pauses would grow long.
const unsent = new Map();
const PARTS_AHEAD = 2;

function sendParts(id, count) {
  const parts = unsent.get(id);
  for (let i = 0; parts?.length && i < count; i++) self.postMessage({ id, part: parts.shift() });
  if (!parts?.length) unsent.delete(id);
}

function reply(id, result) {
  const parts = [];
  const skeleton = withoutLongArrays(result, [], parts);
  if (!parts.length) {
    self.postMessage({ id, result });
    return;
  }
  self.postMessage({ id, result: skeleton, parts: parts.length });
  unsent.set(id, parts);
  sendParts(id, PARTS_AHEAD);
}

function describeError(error) {
  return {
    name: error?.name ?? 'Error',
    code: error?.code ?? (error instanceof TypeError ? 'type_error' : 'internal'),
    message: String(error?.message ?? error),
    offset: error?.offset ?? null,
  };
}

self.addEventListener('message', async (event) => {
  const request = event.data ?? {};
  const { id, action } = request;
  if (action === 'nextPart') {
    sendParts(id, 1);
    return;
  }
  try {
    const run = Object.hasOwn(actions, action) ? actions[action] : null;
    if (!run) {
      throw Object.assign(new Error(`newslens worker: unknown action '${action}'`), { code: 'usage' });
    }
    reply(id, run(await engine, request));
  } catch (error) {
    self.postMessage({ id, error: describeError(error) });
  }
});
