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

/** Rejections are NewslensError (bad input), TypeError (bad arguments) or Error (worker failed). */
export class NewslensClient {
  constructor(options?: NewslensClientOptions);
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  analyzeJson(input: string | Bytes, options?: AnalyzeOptions): Promise<string>;
  analyzeFile(bytes: Bytes, options?: AnalyzeOptions): Promise<AnalyzedFile>;
  decode(bytes: Bytes): Promise<DecodedText>;
  normalize(text: string, options?: Omit<AnalyzeOptions, 'markup'>): Promise<string>;
  version(): Promise<string>;
  terminate(): void;
}

/** The worker protocol (newslens-worker.mjs), for those who talk to the worker directly. */
export type WorkerRequest =
  | { id: number | string; action: 'analyze'; text: string; options?: AnalyzeOptions }
  | { id: number | string; action: 'analyzeJson'; input: string | Bytes; options?: AnalyzeOptions }
  | { id: number | string; action: 'analyzeFile'; bytes: Bytes; options?: AnalyzeOptions }
  | { id: number | string; action: 'decode'; bytes: Bytes }
  | { id: number | string; action: 'normalize'; text: string; options?: AnalyzeOptions }
  | { id: number | string; action: 'version' };

export type WorkerResponse =
  | { id: number | string; result: unknown }
  | { id: number | string; error: { name: string; code: string; message: string; offset: number | null } };
