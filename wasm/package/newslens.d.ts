// Types of newslens: the engine (newslens.mjs, and newslens.single.mjs with the same API) and
// the analysis object it returns (schema "newslens/1", see CONTRACT.md).
//
// Offsets: in every object returned by analyze(), `start` and `end` are UTF-16 code-unit offsets
// into the string that was analysed, half-open, so `text.slice(start, end)` is the span. The JSON
// text of analyzeJson() has UTF-8 *byte* offsets instead, like the command-line tool's.

/** A half-open range [start, end) of UTF-16 code units (analyze) or bytes (analyzeJson). */
export interface Span {
  start: number;
  end: number;
}

export type ParagraphRole = 'headline' | 'caption' | 'byline' | 'dateline' | 'body';
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type ValueType =
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'NUMBER' | 'ORDINAL' | 'EMAIL' | 'URL';
export type QuoteKind = 'direct' | 'mixed' | 'partial' | 'indirect';
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Paragraph extends Span {
  role: ParagraphRole;
}

export interface InputInfo {
  /** Length of the input: UTF-16 code units for analyze(), bytes for analyzeJson(). */
  bytes: number;
  encoding: SourceEncoding;
  /** Whether the input was read as HTML (tags skipped, character references resolved). */
  html: boolean;
  /** How many ill-formed sequences were replaced by U+FFFD. */
  repaired: number;
}

export interface DocumentInfo {
  /** The headline, without a "date YYYY-MM-DD" prefix; null when there is none. */
  title: string | null;
  /** ISO 8601 date (YYYY-MM-DD) of the article, or null. */
  date: string | null;
  paragraphs: Paragraph[];
  sentences: Span[];
  token_count: number;
  input: InputInfo;
  /** What the reader should know about the text itself; empty for an ordinary English article
   *  (an addition to the newslens/1 contract). */
  warnings: Warning[];
}

/** "empty_text": no word or number at all; "not_english": the text does not read as English
 *  (few English function words), which newslens is not made for. */
export interface Warning {
  code: 'empty_text' | 'not_english';
  /** One sentence, for people. */
  message: string;
}

export interface Mention extends Span {
  /** The mention's decoded text (HTML character references resolved). */
  text: string;
  /** How it refers: by a name ("Trump"), a pronoun ("he", "its", "who"), or a description the
   *  engine resolved to the entity ("the senator", "the agency"). */
  kind: 'name' | 'pronoun' | 'description';
}

export interface Entity {
  /** "e1", "e2", ... in order of first mention. */
  id: string;
  type: EntityType;
  /** The canonical (fullest) name. */
  name: string;
  /** Roles seen next to a mention ("US President"); may be empty. */
  titles: string[];
  /** For people only; null when unknown or not a person. */
  gender: 'male' | 'female' | null;
  mentions: Mention[];
}

export interface Value extends Span {
  type: ValueType;
  text: string;
  /** Normalized: ISO date, plain decimal number, "USD 18000000", the URL, ... */
  value: string;
}

export interface Speaker {
  /** Id into `entities`, or null when the speaker is not a named entity. */
  entity: string | null;
  /** The canonical name, or the speaker phrase itself ("a White House spokesman"). */
  name: string;
  /** The mention the attribution rests on; absent for a floating quote. */
  start?: number;
  end?: number;
}

export interface Cue extends Span {
  /** The reporting verb or phrase: "said", "insisted", ... */
  text: string;
}

export interface Quote {
  /** "q1", "q2", ... in order of appearance. */
  id: string;
  kind: QuoteKind;
  /** The content without quotation marks; parts of a split quote joined by one space. */
  text: string;
  /** The content spans, quotation marks excluded; several when the quote is split. */
  spans: Span[];
  speaker: Speaker | null;
  cue: Cue | null;
  /** 0 to 1. */
  confidence: number;
}

/** The analysis of one article: schema "newslens/1". */
export interface Analysis {
  schema: 'newslens/1';
  /** Set only in the command line's JSON Lines output. */
  file?: string;
  document: DocumentInfo;
  entities: Entity[];
  values: Value[];
  quotes: Quote[];
}

export interface AnalyzeOptions {
  /** Unicode normalization of the text the engine works on (offsets are unaffected). */
  form?: 'nfc' | 'nfkc';
  /** 'auto' (the default) reads the input as HTML when it looks like HTML. */
  markup?: 'auto' | 'html' | 'text';
  /** Fold quotation marks, apostrophes, dashes and spaces (default true). */
  fold?: boolean;
}

export interface DecodedText {
  /** The file as text: analyze(text) gives offsets into this string. */
  text: string;
  encoding: SourceEncoding;
  repaired: number;
}

/** A file's bytes. */
export type Bytes = Uint8Array | ArrayBuffer;

/** The engine, once loaded. Every method is synchronous and throws NewslensError on bad input. */
export interface Newslens {
  /** The analysis with UTF-16 offsets into `text`. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * The analysis as JSON text with UTF-8 byte offsets: into the UTF-8 form of a string, or into
   * a file's bytes (then exactly what `newslens analyze --format json FILE` prints, without its
   * final newline).
   */
  analyzeJson(input: string | Bytes, options?: AnalyzeOptions): string;
  /** The normalized text: NFC (or NFKC), folded unless `fold` is false. */
  normalize(text: string, options?: Omit<AnalyzeOptions, 'markup'>): string;
  /** A file's bytes as text (UTF-8, UTF-16 with BOM, Windows-1252); binary data is rejected. */
  decode(bytes: Bytes): DecodedText;
  /** "MAJOR.MINOR.PATCH". */
  readonly version: string;
}

/** Options for Emscripten's module factory. */
export interface ModuleOptions {
  /**
   * The wasm's bytes, when the module should not load newslens.wasm itself (by default it is
   * fetched from beside newslens.mjs, or in Node.js read from there).
   */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find `newslens.wasm`; by default beside newslens.mjs. */
  locateFile?: (path: string, scriptDirectory: string) => string;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}

/**
 * Loads the WebAssembly module: newslens.wasm beside newslens.mjs, fetched in browsers and
 * workers, read from the file in Node.js; newslens.single.mjs carries it inside.
 */
export function createNewslens(moduleOptions?: ModuleOptions): Promise<Newslens>;

/**
 * 'not_text': binary data; 'too_large': over MAX_INPUT_SIZE; 'invalid_option': a bad option
 * value; 'internal': the module stopped (out of memory) and must be created anew.
 */
export type NewslensErrorCode = 'not_text' | 'too_large' | 'invalid_option' | 'internal';

/** The largest input the module takes: 32 MiB (UTF-16 code units of a string, or bytes). */
export const MAX_INPUT_SIZE: number;

/** An error reported by the engine (a TypeError is thrown for arguments of a wrong type). */
export class NewslensError extends Error {
  constructor(error: { code: string; message: string; offset: number | null });
  readonly name: 'NewslensError';
  readonly code: NewslensErrorCode | string;
  /** Byte offset of the problem in the input, or null. */
  readonly offset: number | null;
}

/** Emscripten's raw module factory (the bindings without the wrapper); prefer createNewslens. */
declare function createNewslensModule(moduleOptions?: ModuleOptions): Promise<unknown>;
export default createNewslensModule;
