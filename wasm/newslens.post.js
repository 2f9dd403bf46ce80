// The public JavaScript API of newslens, appended to Emscripten's ES module output
// (--extern-post-js): build/wasm/newslens.mjs exports `createNewslens` and `NewslensError`
// next to Emscripten's own default export (the raw module factory).
//
//   import { createNewslens } from './newslens.mjs';
//   const newslens = await createNewslens();
//   const analysis = newslens.analyze(text);        // offsets: UTF-16, text.slice(start, end)
//   const json = newslens.analyzeJson(text);        // the CLI's JSON: UTF-8 byte offsets
//
// In Node.js, pass the module's bytes: createNewslens({ wasmBinary: readFileSync(wasmPath) }).

/** An error reported by the engine: `code` is 'not_text', 'too_large' or 'invalid_option'. */
export class NewslensError extends Error {
  constructor(error) {
    super(error.message);
    this.name = 'NewslensError';
    this.code = error.code;
    /** Byte offset (UTF-8) of the problem in the input, or null. */
    this.offset = error.offset;
  }
}

// JavaScript strings may hold unpaired surrogates, which have no UTF-8 form. Replacing each by
// U+FFFD keeps every UTF-16 offset where it was.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text) {
  if (typeof text !== 'string') {
    throw new TypeError(`newslens: expected a string, got ${text === null ? 'null' : typeof text}`);
  }
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function unwrap(result) {
  if (!result.ok) throw new NewslensError(result.error);
  return result.value;
}

/**
 * Loads the WebAssembly module and resolves to the newslens API. `moduleOptions` go to
 * Emscripten's factory (e.g. `wasmBinary`, `locateFile`).
 */
export async function createNewslens(moduleOptions = {}) {
  const module = await createNewslensModule(moduleOptions);
  return Object.freeze({
    /** The analysis (schema newslens/1) with UTF-16 offsets into `text`. */
    analyze(text, options = {}) {
      return unwrap(module._analyze(wellFormed(text), options));
    },
    /** The analysis as the CLI's JSON text, with UTF-8 byte offsets. */
    analyzeJson(text, options = {}) {
      return unwrap(module._analyzeJson(wellFormed(text), options));
    },
    /** The normalized text: NFC (or options.form 'nfkc'), folded unless options.fold is false. */
    normalize(text, options = {}) {
      return unwrap(module._normalize(wellFormed(text), options));
    },
    /**
     * A file's bytes (Uint8Array or ArrayBuffer) as text, read as the CLI reads files: UTF-8,
     * UTF-16 with a byte order mark, or Windows-1252; invalid bytes repaired; binary data
     * rejected (NewslensError 'not_text' with the byte offset in the file). Resolves to
     * {text, encoding, repaired}; analyze(text) then gives offsets into `text`.
     */
    decode(bytes) {
      if (!(bytes instanceof Uint8Array || bytes instanceof ArrayBuffer)) {
        throw new TypeError('newslens: decode() expects a Uint8Array or an ArrayBuffer');
      }
      return unwrap(module._decode(bytes));
    },
    /** The engine's version, "MAJOR.MINOR.PATCH". */
    version: module._version(),
  });
}
