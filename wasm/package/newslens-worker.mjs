// The engine in a module Web Worker, so that a page never freezes while an article is analysed.
//
//   const worker = new Worker(new URL('./newslens-worker.mjs', import.meta.url), { type: 'module' });
//
// Protocol (plain data only, so everything survives structured cloning):
//   in:  {id, action, ...arguments}      action: analyze | analyzeJson | analyzeFile | decode |
//                                                 normalize | version
//   out: {id, result} or {id, error: {name, code, message, offset}}
// NewslensClient (newslens-client.mjs) speaks it behind promises. Requests are answered in the
// order they arrive; the module is loaded once, on the first request's arrival or before.
import { createNewslens } from './newslens.mjs';

// Loading starts at once: the wasm is compiled while the page is still busy with other things.
const engine = createNewslens();

const actions = {
  analyze: (nl, { text, options }) => nl.analyze(text, options),
  analyzeJson: (nl, { input, options }) => nl.analyzeJson(input, options),
  decode: (nl, { bytes }) => nl.decode(bytes),
  normalize: (nl, { text, options }) => nl.normalize(text, options),
  version: (nl) => nl.version,
  // A file's bytes, read as the command-line tool reads them, then analysed: the result carries
  // the decoded text, because that is the string the analysis's UTF-16 offsets index.
  analyzeFile: (nl, { bytes, options }) => {
    const decoded = nl.decode(bytes);
    return { ...decoded, analysis: nl.analyze(decoded.text, options) };
  },
};

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
  try {
    const run = Object.hasOwn(actions, action) ? actions[action] : null;
    if (!run) {
      throw Object.assign(new Error(`newslens worker: unknown action '${action}'`), { code: 'usage' });
    }
    self.postMessage({ id, result: run(await engine, request) });
  } catch (error) {
    self.postMessage({ id, error: describeError(error) });
  }
});
