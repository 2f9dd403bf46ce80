// NewslensClient: the engine in a Web Worker (newslens-worker.mjs), behind promises. The same
// methods as the engine itself, each returning a promise, plus analyzeFile() and cancel().
//
//   import { NewslensClient } from './newslens-client.mjs';
//   const client = new NewslensClient();
//   const analysis = await client.analyze(text);      // UTF-16 offsets into text
//   cancelButton.onclick = () => client.cancel();     // the promise then rejects (AbortError)
import { NewslensError } from './newslens.mjs';

/** The rejection of every request cancel() stopped: name 'AbortError', code 'cancelled'. */
function cancelledError() {
  return Object.assign(new Error('newslens: the analysis was cancelled'),
                       { name: 'AbortError', code: 'cancelled' });
}

export class NewslensClient {
  #workerUrl;
  #worker;
  #pending = new Map();  // id → {resolve, reject, onProgress, result, partsLeft, parts}
  #nextId = 1;

  /**
   * Starts the worker. `workerUrl` defaults to newslens-worker.mjs beside this module; it must be
   * on the page's own origin or a blob: URL of it (browsers start workers from their own origin
   * only, and throw a SecurityError here otherwise).
   */
  constructor({ workerUrl } = {}) {
    this.#workerUrl = workerUrl;
    this.#worker = this.#startWorker();
  }

  /**
   * The analysis (UTF-16 offsets into `text`). The analysis of a long text arrives in parts
   * (each a short task for the page); `onProgress({received, total, result})` is called as they
   * do, `result` the result so far (its arrays filling up, the document's paragraphs first).
   * `omit` lists arrays of the analysis the caller does not need, by dotted path ('values',
   * 'document.sentences'): they come empty, and a long text's analysis arrives sooner.
   */
  analyze(text, options, { onProgress, omit } = {}) {
    return this.#call('analyze', { text, options, omit }, onProgress);
  }

  /** The command-line tool's JSON (byte offsets), for a string or a file's bytes. */
  analyzeJson(input, options) {
    return this.#call('analyzeJson', { input, options });
  }

  /**
   * A file's bytes, decoded and analysed: {text, encoding, repaired, analysis}; `onProgress` and
   * `omit` as for analyze().
   */
  analyzeFile(bytes, options, { onProgress, omit } = {}) {
    return this.#call('analyzeFile', { bytes, options, omit }, onProgress);
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

  /**
   * Stops every request under way or waiting (the engine cannot be interrupted, so the worker
   * is terminated, and a new one started, which loads the engine again): each one's promise
   * rejects with an Error named 'AbortError' (code 'cancelled'). The client stays usable. With
   * nothing under way, does nothing.
   */
  cancel() {
    if (!this.#pending.size) return;
    this.#worker.terminate();
    this.#failAll(cancelledError());
    this.#worker = this.#startWorker();
  }

  /** Stops the worker; requests still waiting are rejected. */
  terminate() {
    this.#worker.terminate();
    this.#failAll(new Error('newslens: the worker was terminated'));
  }

  #startWorker() {
    // The default is written out as `new Worker(new URL('./…', import.meta.url), …)`, the one
    // form bundlers (webpack, Vite, Parcel) recognise, so that they emit the worker too.
    const worker = this.#workerUrl
      ? new Worker(this.#workerUrl, { type: 'module' })
      : new Worker(new URL('./newslens-worker.mjs', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event) => this.#receive(event.data));
    // A worker that fails to load (or dies) fails every request still waiting.
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this.#failAll(new Error(`newslens: the worker failed: ${event.message || 'could not load it'}`));
    });
    return worker;
  }

  #call(action, args, onProgress) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      // Bytes are copied, not transferred: the caller keeps its buffer (to export it, say).
      this.#worker.postMessage({ id, action, ...args });
    });
  }

  // A result, an error, or a large result's first message and then its parts (see the worker's
  // protocol): the promise resolves once the last part is in place.
  #receive({ id, result, error, parts, part }) {
    const waiter = this.#pending.get(id);
    if (!waiter) return;
    if (part) {
      let array = waiter.result;
      for (const key of part.path) array = array[key];
      for (const item of part.items) array.push(item);
      waiter.partsLeft -= 1;
      if (waiter.partsLeft) this.#worker.postMessage({ id, action: 'nextPart' });
    } else if (parts && !error) {
      Object.assign(waiter, { result, partsLeft: parts, parts });
    } else {
      this.#pending.delete(id);
      this.#settle(waiter, result, error);
      return;
    }
    waiter.onProgress?.({ received: waiter.parts - waiter.partsLeft, total: waiter.parts, result: waiter.result });
    if (waiter.partsLeft === 0) {
      this.#pending.delete(id);
      waiter.resolve(waiter.result);
    }
  }

  #settle(waiter, result, error) {
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
