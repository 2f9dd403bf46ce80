// The analysis runs here, off the page's main thread, so the page never freezes.
// Protocol: {id, action, ...args} in; {id, result} or {id, error: {code, message}} out.
import { createNewslens } from './newslens.mjs';

const engine = createNewslens();

const actions = {
  analyze: (nl, { text, options }) => nl.analyze(text, options),
  // A file's bytes: decoded by the engine (so a binary file is reported with the offset of the
  // problem in the file), then analysed. The page needs the text to show what the offsets index.
  analyzeFile: (nl, { bytes, options }) => {
    const { text } = nl.decode(bytes);
    return { text, analysis: nl.analyze(text, options) };
  },
  analyzeJson: (nl, { text, options }) => nl.analyzeJson(text, options),
  normalize: (nl, { text, options }) => nl.normalize(text, options),
  version: (nl) => nl.version,
};

self.addEventListener('message', async (event) => {
  const { id, action } = event.data ?? {};
  try {
    const run = actions[action];
    if (!run) throw Object.assign(new Error(`unknown action '${action}'`), { code: 'usage' });
    const result = run(await engine, event.data);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({
      id,
      error: { code: error.code ?? 'internal', message: String(error.message ?? error),
               offset: error.offset ?? null },
    });
  }
});
