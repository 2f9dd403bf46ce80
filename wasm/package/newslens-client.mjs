// NewslensClient: the engine in a Web Worker (newslens-worker.mjs), behind promises. The same
// methods as the engine itself, each returning a promise, plus analyzeFile().
//
//   import { NewslensClient } from './newslens-client.mjs';
//   const client = new NewslensClient();
//   const analysis = await client.analyze(text);      // UTF-16 offsets into text
import { NewslensError } from './newslens.mjs';

export class NewslensClient {
  #worker;
  #pending = new Map();
  #nextId = 1;

  /**
   * Starts the worker. `workerUrl` defaults to newslens-worker.mjs beside this module; it must be
   * on the page's own origin or a blob: URL of it (browsers start workers from their own origin
   * only, and throw a SecurityError here otherwise).
   */
  constructor({ workerUrl } = {}) {
    // The default is written out as `new Worker(new URL('./…', import.meta.url), …)`, the one
    // form bundlers (webpack, Vite, Parcel) recognise, so that they emit the worker too.
    this.#worker = workerUrl
      ? new Worker(workerUrl, { type: 'module' })
      : new Worker(new URL('./newslens-worker.mjs', import.meta.url), { type: 'module' });
    this.#worker.addEventListener('message', (event) => this.#settle(event.data));
    // A worker that fails to load (or dies) fails every request still waiting.
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this.#failAll(new Error(`newslens: the worker failed: ${event.message || 'could not load it'}`));
    });
  }

  /** The analysis (UTF-16 offsets into `text`). */
  analyze(text, options) {
    return this.#call('analyze', { text, options });
  }

  /** The command-line tool's JSON (byte offsets), for a string or a file's bytes. */
  analyzeJson(input, options) {
    return this.#call('analyzeJson', { input, options });
  }

  /** A file's bytes, decoded and analysed: {text, encoding, repaired, analysis}. */
  analyzeFile(bytes, options) {
    return this.#call('analyzeFile', { bytes, options });
  }

  /** A file's bytes as text: {text, encoding, repaired}. */
  decode(bytes) {
    return this.#call('decode', { bytes });
  }

  normalize(text, options) {
    return this.#call('normalize', { text, options });
  }

  /** The engine's version, "MAJOR.MINOR.PATCH" (resolves once the module has loaded). */
  version() {
    return this.#call('version', {});
  }

  /** Stops the worker; requests still waiting are rejected. */
  terminate() {
    this.#worker.terminate();
    this.#failAll(new Error('newslens: the worker was terminated'));
  }

  #call(action, args) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // Bytes are copied, not transferred: the caller keeps its buffer (to export it, say).
      this.#worker.postMessage({ id, action, ...args });
    });
  }

  #settle({ id, result, error }) {
    const waiter = this.#pending.get(id);
    if (!waiter) return;
    this.#pending.delete(id);
    if (!error) waiter.resolve(result);
    else if (error.name === 'NewslensError') waiter.reject(new NewslensError(error));
    else if (error.name === 'TypeError') waiter.reject(new TypeError(error.message));
    else waiter.reject(Object.assign(new Error(error.message), { code: error.code }));
  }

  #failAll(failure) {
    for (const waiter of this.#pending.values()) waiter.reject(failure);
    this.#pending.clear();
  }
}
