// Types of newslens-view.mjs: an analysed article as DOM (text nodes only), and its styles.
import type { Analysis, Quote } from './newslens.js';

export const SPEAKER_SLOTS: number;

export interface ArticleSpeaker {
  /** 'entity:e1', 'name:a spokesman', or 'none' for quotes without a speaker. */
  key: string;
  name: string;
  entity: string | null;
  /** The most specific titles, comma-separated; '' when none. */
  title: string;
  quotes: Quote[];
  /** 1..SPEAKER_SLOTS (class nl-s1 ... nl-s7), 0 for 'none'. */
  slot: number;
  /** Initials shown on the speaker's quotes, unique within the article; '?' for 'none'. */
  badge: string;
}

export interface RenderOptions {
  /** Show the speakers above the text (default true). */
  legend?: boolean;
  /** Prefix of element ids, unique per rendered article in one document. */
  idPrefix?: string;
  document?: Document;
  /** speakersOf(analysis), when the caller has it already (not computed again). */
  speakers?: ArticleSpeaker[];
}

export interface RenderedArticle {
  element: HTMLElement;
  speakers: ArticleSpeaker[];
  /** The focusable element of a quote (its first piece), by quote id. */
  quoteElement(id: string): HTMLElement | null;
}

export interface RenderInPartsOptions extends RenderOptions {
  /** Milliseconds of drawing between two returns to the event loop (default 12). */
  sliceMs?: number;
  /** Called after each slice of drawing, in paragraphs. */
  onProgress?(progress: { drawn: number; total: number }): void;
}

export interface ArticleInParts extends RenderedArticle {
  /** true once every paragraph is drawn; false if cancel() came first. */
  readonly done: Promise<boolean>;
  /** The quote's focusable element, its paragraphs drawn first if need be; null if unknown. */
  revealQuote(id: string): Promise<HTMLElement | null>;
  /** Stops the drawing; what is not drawn is hidden (revealQuote() still draws a quote). */
  cancel(): void;
  readonly drawnParagraphs: number;
  readonly totalParagraphs: number;
}

/** `analysis` must have UTF-16 offsets into `text` (as analyze() returns them). */
export function renderArticle(text: string, analysis: Analysis, options?: RenderOptions): RenderedArticle;
/**
 * The same, drawn a slice at a time between the page's other tasks (the chunks near the
 * viewport first): for articles of any length. Insert `element` before the next task.
 */
export function renderArticleInParts(text: string, analysis: Analysis,
                                     options?: RenderInPartsOptions): ArticleInParts;
export function speakersOf(analysis: Analysis): ArticleSpeaker[];
export function speakerKey(quote: Quote): string;
export function titleOf(titles: readonly string[] | null | undefined): string;
export function describeQuote(quote: Quote, speaker: ArticleSpeaker): string;
export const ARTICLE_CSS: string;
export function articleStyleSheet(): CSSStyleSheet;
