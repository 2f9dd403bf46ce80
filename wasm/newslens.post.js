// The public JavaScript API of newslens, appended to Emscripten's ES module output
// (--extern-post-js): build/wasm/newslens.mjs exports `createNewslens` and `NewslensError`
// next to Emscripten's own default export (the raw module factory).
//
//   import { createNewslens } from './newslens.mjs';
//   const newslens = await createNewslens();
//   const analysis = newslens.analyze(text);        // offsets: UTF-16, text.slice(start, end)
//   const json = newslens.analyzeJson(text);        // the CLI's JSON: UTF-8 byte offsets
//   const same = newslens.analyzeJson(fileBytes);   // byte for byte what the CLI prints for the file
//
// In browsers and workers the module fetches newslens.wasm from beside itself; in Node.js it reads
// that file (see wasmFileInNode).

/**
 * An error reported by the engine: `code` is 'not_text', 'too_large', 'invalid_option', or
 * 'internal' when the module stopped and must be created anew.
 */
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

function isBytes(input) {
  return input instanceof Uint8Array || input instanceof ArrayBuffer;
}

function unwrap(result) {
  if (!result.ok) throw new NewslensError(result.error);
  return result.value;
}

/**
 * The largest input the module takes: 32 MiB (UTF-16 code units of a string, or bytes of a
 * file). Its memory is limited to 4 GiB, and an analysis needs about ten times its input, the
 * JSON of analyzeJson() a few times more. Larger articles belong to the native CLI.
 */
export const MAX_INPUT_SIZE = 32 * 1024 * 1024;

function checkSize(input) {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_INPUT_SIZE) {
    throw new NewslensError({
      code: 'too_large',
      message: `input of ${size} ${typeof input === 'string' ? 'characters' : 'bytes'} is over ` +
               `the module's limit of ${MAX_INPUT_SIZE}`,
      offset: null,
    });
  }
  return input;
}

// In newslens.single.mjs, the wasm: gzip-compressed and in base64, written over this
// placeholder by tools/single-file.mjs. In newslens.mjs it stays as it is, and the module
// fetches newslens.wasm from beside itself. Compressed, the inlined module gzips to little more
// than the .wasm file; Emscripten's own SINGLE_FILE inlines it uncompressed, and base64 of wasm
// gzips a sixth worse than the wasm.
const EMBEDDED_WASM = '@NEWSLENS_EMBEDDED_WASM@';

async function embeddedWasm() {
  const text = atob(EMBEDDED_WASM);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

// The module is built for browsers and workers (-sENVIRONMENT=web,worker), whose glue fetch()es
// the wasm; Node's fetch() takes no file: URLs. So in Node, when the module is a file, its
// newslens.wasm is read beside it with node:fs. The URL is written as in the glue, so that a
// bundler that moves the wasm (Vite) rewrites both alike. The import's specifier is computed:
// a bundler building for browsers neither resolves nor bundles node:fs (esbuild stops on it,
// Vite warns), and the minifier leaves the expression as it is. Null when not in Node.
async function wasmFileInNode() {
  const wasmUrl = new URL('newslens.wasm', import.meta.url);
  if (typeof process !== 'object' || typeof process.versions?.node !== 'string' ||
      wasmUrl.protocol !== 'file:') {
    return null;
  }
  const { readFile } = await import(['node', 'fs/promises'].join(':'));
  return readFile(wasmUrl);
}

/**
 * Loads the WebAssembly module and resolves to the newslens API. `moduleOptions` go to
 * Emscripten's factory (e.g. `wasmBinary`, `locateFile`).
 */
export async function createNewslens(moduleOptions = {}) {
  const ownLoading = !moduleOptions.wasmBinary && !moduleOptions.instantiateWasm;
  if (!EMBEDDED_WASM.startsWith('@') && ownLoading) {
    // With a locateFile, the glue does not resolve the .wasm's URL against import.meta.url,
    // which fails for a module imported from a blob: URL; it fetches nothing given wasmBinary.
    const wasmBinary = await embeddedWasm();
    moduleOptions = { locateFile: (path) => path, ...moduleOptions, wasmBinary };
  } else if (ownLoading && !moduleOptions.locateFile) {
    const wasmBinary = await wasmFileInNode();
    if (wasmBinary) moduleOptions = { ...moduleOptions, wasmBinary };
  }
  const module = await createNewslensModule(moduleOptions);
  // Should the module ever abort (out of memory despite the size limit), it cannot be used
  // again: every later call says so rather than touching a dead instance.
  let stopped = null;
  const run = (call) => {
    if (stopped) throw stopped;
    try {
      return unwrap(call());
    } catch (error) {
      if (error instanceof NewslensError || error instanceof TypeError) throw error;
      stopped = new NewslensError({
        code: 'internal',
        message: `the engine stopped (${error.message}); create a new instance with createNewslens()`,
        offset: null,
      });
      throw stopped;
    }
  };
  return Object.freeze({
    /** The analysis (schema newslens/1) with UTF-16 offsets into `text`. */
    analyze(text, options = {}) {
      return run(() => module._analyze(checkSize(wellFormed(text)), options));
    },
    /**
     * The analysis as the CLI's JSON text, with UTF-8 byte offsets: into the UTF-8 form of a
     * string, or into the bytes themselves when given a file's bytes (Uint8Array or
     * ArrayBuffer), which gives exactly what `newslens analyze --format json FILE` prints
     * (without its final newline), whatever the file's encoding.
     */
    analyzeJson(input, options = {}) {
      return run(() =>
        module._analyzeJson(checkSize(isBytes(input) ? input : wellFormed(input)), options));
    },
    /** The normalized text: NFC (or options.form 'nfkc'), folded unless options.fold is false. */
    normalize(text, options = {}) {
      return run(() => module._normalize(checkSize(wellFormed(text)), options));
    },
    /**
     * A file's bytes (Uint8Array or ArrayBuffer) as text, read as the CLI reads files: UTF-8,
     * UTF-16 with a byte order mark, or Windows-1252; invalid bytes repaired; binary data
     * rejected (NewslensError 'not_text' with the byte offset in the file). Resolves to
     * {text, encoding, repaired}; analyze(text) then gives offsets into `text`.
     */
    decode(bytes) {
      if (!isBytes(bytes)) {
        throw new TypeError('newslens: decode() expects a Uint8Array or an ArrayBuffer');
      }
      return run(() => module._decode(checkSize(bytes)));
    },
    /** The engine's version, "MAJOR.MINOR.PATCH". */
    version: module._version(),
  });
}
