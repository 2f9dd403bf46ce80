// Types of newslens-element.mjs: the <newslens-article> custom element.
import type { Analysis, AnalyzeOptions, Bytes, DecodedText } from './newslens.js';
import type { HighlightEventDetail, HighlightResult, HighlightTarget } from './newslens-view.js';

/** What the element needs of an engine: createNewslens()'s result or a NewslensClient. */
export interface ArticleEngine {
  analyze(text: string, options?: AnalyzeOptions): Analysis | Promise<Analysis>;
  decode(bytes: Bytes): DecodedText | Promise<DecodedText>;
}

export interface AnalyzedEventDetail {
  text: string;
  analysis: Analysis;
}

/**
 * <newslens-article>. Without useEngine(), the elements start one engine of their own from the
 * files beside newslens-element.mjs, trying in turn: a module worker (same origin only), a worker
 * from a blob: URL (when the module is on another origin; the host's CSP must allow blob: in
 * worker-src), the engine in the main thread from newslens.mjs (connect-src must allow the
 * module's origin, for newslens.wasm), then from newslens.single.mjs. If none starts, each element
 * shows why and dispatches `newslens-error`.
 */
export class NewslensArticleElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * Makes every element use `engine` (or what the promise resolves to). Elements already in the
   * page that are waiting for an engine, or failed to get one, are analysed again with it. Called
   * in the script that imports this module, before any `await`, it is the only engine started.
   */
  static useEngine(engine: ArticleEngine | Promise<ArticleEngine>): void;
  /** The analysis shown (UTF-16 offsets into `text`), or null before the first one. */
  analysis: Analysis | null;
  text: string | null;
  /** Highlights all mentions of an entity or a type, or any spans; null before an analysis. */
  highlight(target: HighlightTarget): HighlightResult | null;
  clearHighlight(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'newslens-article': NewslensArticleElement;
  }
  interface HTMLElementEventMap {
    'newslens-analyzed': CustomEvent<AnalyzedEventDetail>;
    'newslens-error': CustomEvent<{ error: Error }>;
    'newslens-highlight': CustomEvent<HighlightEventDetail>;
  }
}
