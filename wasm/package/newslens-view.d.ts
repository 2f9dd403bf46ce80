// Types of newslens-view.mjs: an analysed article as DOM (text nodes only), and its styles.
import type { Analysis, Entity, EntityType, Quote, Span } from './newslens.js';

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
  /** Show the speakers and the key of entity types above the text (default true). */
  legend?: boolean;
  /** Prefix of element ids, unique per rendered article in one document. */
  idPrefix?: string;
  document?: Document;
  /** speakersOf(analysis), when the caller has it already (not computed again). */
  speakers?: ArticleSpeaker[];
  /** Show what is highlighted, with a Clear button, above the text (default true). */
  selectionBar?: boolean;
}

/** A span to highlight; `label` is shown after it (e.g. a value's type and resolved value). */
export interface HighlightSpan extends Span {
  label?: string;
}

/**
 * What to highlight: every mention of an entity, every mention of a type's entities, or any
 * spans (UTF-16 offsets, like the analysis'), with a sentence saying what they are.
 */
export type HighlightTarget =
  | { entity: string }
  | { type: EntityType }
  | { spans: readonly HighlightSpan[]; description?: string };

export interface HighlightResult {
  /** How many spans (mentions) were highlighted. */
  count: number;
  /** "27 mentions of Donald Trump". */
  description: string;
  /** The first highlighted piece (<mark class="nl-hit">), scrolled into view; null if none. */
  first: HTMLElement | null;
}

/**
 * Detail of the `newslens-highlight` event (bubbling, composed) that an article's element
 * dispatches when the reader chooses a mention or a type key, or clears (target null).
 */
export interface HighlightEventDetail {
  target: { entity: string } | { type: EntityType } | null;
  /** "27 mentions of Donald Trump", or null when cleared. */
  description: string | null;
}

export interface RenderedArticle {
  element: HTMLElement;
  speakers: ArticleSpeaker[];
  /** The focusable element of a quote (its first piece), by quote id. */
  quoteElement(id: string): HTMLElement | null;
  /**
   * Clears any highlight, then wraps each span's text in <mark class="nl-hit">; in an article
   * drawn in parts, the parts not drawn yet as they are drawn (the first span's part at once).
   */
  highlight(target: HighlightTarget, options?: { scroll?: boolean }): HighlightResult;
  clearHighlight(): void;
}

/** Entity types in display order, with plural names ("People"). */
export const ENTITY_TYPES: ReadonlyArray<{ type: EntityType; name: string }>;
/** How a pronoun's label names its entity: a person's surname, else the name (≤ 24 chars). */
export function shortName(entity: Entity): string;

export interface RenderInPartsOptions extends RenderOptions {
  /** Milliseconds of drawing between two returns to the event loop (default 8). */
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
