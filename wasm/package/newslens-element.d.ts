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

export class NewslensArticleElement extends HTMLElement {
  static readonly observedAttributes: string[];
  static useEngine(engine: ArticleEngine): void;
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
