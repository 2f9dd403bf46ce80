// Types of newslens-client.mjs: the engine in a Web Worker, behind promises.
import type { Analysis, AnalyzeOptions, Bytes, DecodedText } from './newslens.js';

export interface AnalyzedFile extends DecodedText {
  /** UTF-16 offsets into `text`. */
  analysis: Analysis;
}

export interface NewslensClientOptions {
  /**
   * The worker script; by default newslens-worker.mjs beside newslens-client.mjs. It must be on
   * the page's origin or a blob: URL (the constructor throws a SecurityError otherwise).
   */
  workerUrl?: string | URL;
}

export interface ReceiveOptions {
  /**
   * A long text's analysis comes from the worker in parts (each one a short task for the page):
   * called with 0 of `total` when the first message arrives (the worker has finished), then
   * after each part. `result` is the result so far, its arrays filling up in the order of the
   * worker's walk (an analysis's document.paragraphs first): to read, not to keep.
   */
  onProgress?(progress: { received: number; total: number; result: unknown }): void;
  /**
   * Arrays of the analysis not needed, by dotted path ('values', 'document.sentences'): they
   * arrive empty, and a long text's analysis sooner.
   */
  omit?: string[];
}

/**
 * Rejections are NewslensError (bad input), TypeError (bad arguments), Error (worker failed) or,
 * after cancel(), an Error named 'AbortError' with code 'cancelled'.
 */
export class NewslensClient {
  constructor(options?: NewslensClientOptions);
  analyze(text: string, options?: AnalyzeOptions, receive?: ReceiveOptions): Promise<Analysis>;
  analyzeJson(input: string | Bytes, options?: AnalyzeOptions): Promise<string>;
  analyzeFile(bytes: Bytes, options?: AnalyzeOptions, receive?: ReceiveOptions): Promise<AnalyzedFile>;
  decode(bytes: Bytes): Promise<DecodedText>;
  normalize(text: string, options?: Omit<AnalyzeOptions, 'markup'>): Promise<string>;
  version(): Promise<string>;
  /**
   * Stops every request under way or waiting: the worker is terminated and a new one started
   * (the engine loads again). Their promises reject with an Error named 'AbortError', code
   * 'cancelled'. Does nothing when no request is under way.
   */
  cancel(): void;
  terminate(): void;
}

/** The worker protocol (newslens-worker.mjs), for those who talk to the worker directly. */
export type WorkerRequest =
  | { id: number | string; action: 'analyze'; text: string; options?: AnalyzeOptions; omit?: string[] }
  | { id: number | string; action: 'analyzeJson'; input: string | Bytes; options?: AnalyzeOptions }
  | { id: number | string; action: 'analyzeFile'; bytes: Bytes; options?: AnalyzeOptions; omit?: string[] }
  | { id: number | string; action: 'decode'; bytes: Bytes }
  | { id: number | string; action: 'normalize'; text: string; options?: AnalyzeOptions }
  | { id: number | string; action: 'version' }
  /** A large result's receiver is done with one part: the worker sends the next. */
  | { id: number | string; action: 'nextPart' };

/**
 * A large result comes as `{id, result, parts}` (its arrays of over 1,000 items empty) and then
 * `parts` messages `{id, part}`, each to be appended to the array at `path` in `result`.
 */
export type WorkerResponse =
  | { id: number | string; result: unknown; parts?: number }
  | { id: number | string; part: { path: (string | number)[]; items: unknown[] } }
  | { id: number | string; error: { name: string; code: string; message: string; offset: number | null } };
