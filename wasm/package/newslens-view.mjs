// Renders an analysed article: the original text, as text nodes only, with quotes highlighted in
// one colour per speaker, speakers' mentions and entity mentions marked (a colour and a visible
// label per type; a pronoun shows whom it means), paragraph roles labelled, and details of a
// quote on hover or focus. Choosing a mention or a type in the legend highlights all its
// mentions; highlight() does the same for any entity, type or list of spans (values). Used by
// <newslens-article> (in its shadow root) and by the newslens page (in the document); styles
// come as a constructed stylesheet.
//
//   import { renderArticle, articleStyleSheet } from './newslens-view.mjs';
//   document.adoptedStyleSheets = [...document.adoptedStyleSheets, articleStyleSheet()];
//   const { element } = renderArticle(text, newslens.analyze(text));
//   container.append(element);       // or renderArticleInParts(), for a long article
//
// No string of the article is ever parsed as HTML: every piece is a text node. For an HTML
// input (analysis.document.input.html), offsets point into the raw markup; each piece of text
// between two offsets is shown with its tags removed and common character references resolved.
//
// The modules behind it: newslens-view-speakers.mjs (speakers, labels; no DOM),
// -layout.mjs (which marks cover which piece of text), -drawing.mjs (the article in chunks of
// paragraphs, drawn in steps), -highlight.mjs, -tooltip.mjs and -css.mjs (the styles).

import { ArticleDrawing, PREVIEW_PARAGRAPHS } from './newslens-view-drawing.mjs';
import { attachHighlighter } from './newslens-view-highlight.mjs';

export { ARTICLE_CSS, articleStyleSheet } from './newslens-view-css.mjs';
export {
  ENTITY_TYPES, SPEAKER_SLOTS, describeQuote, shortName, speakerKey, speakersOf, titleOf,
} from './newslens-view-speakers.mjs';

/**
 * Renders `analysis` of `text` (offsets: UTF-16, as analyze() returns them). Returns
 * {element, speakers, quoteElement(id), highlight(target), clearHighlight()}: the element to
 * insert, the speakers with their colour slots, the focusable element of each quote (its first
 * piece), and the highlighting of all mentions of an entity ({entity: 'e1'}), of a type
 * ({type: 'PER'}) or of any spans ({spans: [{start, end, label?}], description?}).
 *
 * Options: `legend` (default true) shows the speakers above the text; `idPrefix` makes element
 * ids unique when several articles share a document; `document` the one to create nodes in;
 * `speakers`, speakersOf(analysis) if the caller has it. `legend` also covers the key of entity
 * types; `selectionBar` (default true) shows what is highlighted, with a Clear button, above the
 * text (a host with a panel of its own turns it off). All is drawn before it returns: for a
 * long article, see renderArticleInParts().
 */
export function renderArticle(text, analysis, options = {}) {
  const drawing = new ArticleDrawing(text, analysis, options);
  const highlighter = attachHighlighter(drawing.element, drawing, analysis, drawing.selectionBar);
  const steps = drawing.steps();
  while (!steps.next().done);
  return { element: drawing.element, speakers: drawing.speakers,
           quoteElement: (id) => drawing.quoteElements.get(id) ?? null,
           highlight: highlighter.highlight, clearHighlight: highlighter.clear };
}

// Back to the event loop: a message to ourselves joins the end of the queue (scheduler.yield()
// would go ahead of the page's other tasks; a nested setTimeout() waits 4 ms).
let loopback = null;  // {port, waiting: the resolvers of the messages on their way}
function yieldToEventLoop() {
  if (!loopback) {
    const channel = new MessageChannel();
    loopback = { port: channel.port2, waiting: [] };
    channel.port1.onmessage = () => loopback.waiting.shift()();
  }
  return new Promise((resolve) => {
    loopback.waiting.push(resolve);
    loopback.port.postMessage(null);
  });
}

/**
 * renderArticle() for articles of any length: draws a first slice (all of a short article) and
 * returns, then draws the rest `sliceMs` (8) at a time between the page's other tasks, the
 * chunks near the viewport first. Insert the element before the next task (the heights of the
 * chunks not drawn are estimated from its width). Besides renderArticle()'s: `onProgress({drawn,
 * total})` (paragraphs) after each slice; `done`, true when all is drawn, false if cancel() came
 * first; `revealQuote(id)`, the quote's focusable element, its paragraphs drawn first if need
 * be; cancel(), which stops the drawing and hides what is not drawn. highlight() marks what is
 * drawn at once, the rest as it is drawn; the first span's part is drawn at once, to be shown.
 */
export function renderArticleInParts(text, analysis, options = {}) {
  const drawing = new ArticleDrawing(text, analysis, options);
  const highlighter = attachHighlighter(drawing.element, drawing, analysis, drawing.selectionBar);
  const sliceMs = options.sliceMs ?? 8;
  const onProgress = options.onProgress ?? (() => {});
  const steps = drawing.steps();
  let state = 'running';
  let observer = null;
  let settlePrepared;  // true once the marks are prepared, false if cancelled first
  const prepared = new Promise((resolve) => { settlePrepared = resolve; });

  // Works until the budget is spent; true once everything is drawn.
  const slice = (budget) => {
    const until = performance.now() + budget;
    let finished;
    do finished = steps.next().done; while (!finished && performance.now() < until);
    if (drawing.prepared) settlePrepared(true);
    onProgress({ drawn: drawing.drawnParagraphs, total: drawing.totalParagraphs });
    if (finished) state = 'done';
    return finished;
  };

  const drawTheRest = async () => {
    await yieldToEventLoop();  // the caller has inserted the element by now
    if (state !== 'running') return false;
    drawing.estimateHeights();
    const view = drawing.element.ownerDocument.defaultView;
    if (view?.IntersectionObserver) {  // the chunks within half a screen of the viewport first
      observer = new view.IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) drawing.want(entry.target);
      }, { rootMargin: '50% 0px' });
      for (const element of drawing.chunkElements) observer.observe(element);
    }
    while (!slice(sliceMs)) {
      await yieldToEventLoop();
      if (state !== 'running') return false;
    }
    observer?.disconnect();
    return true;
  };

  // An article of one chunk is small by definition: drawn whole at once, as renderArticle() does.
  const done = slice(drawing.chunkCount <= 1 ? Infinity : sliceMs) ? Promise.resolve(true) : drawTheRest();
  if (!drawing.prepared) drawing.drawPreview(PREVIEW_PARAGRAPHS);
  return {
    element: drawing.element,
    speakers: drawing.speakers,
    quoteElement: (id) => drawing.quoteElements.get(id) ?? null,
    highlight: highlighter.highlight,
    clearHighlight: highlighter.clear,
    done,
    async revealQuote(id) {
      if (!await prepared) return null;
      const k = drawing.chunkOfQuote(id);
      if (k >= 0) drawing.drawChunk(k);
      return drawing.quoteElements.get(id) ?? null;
    },
    cancel() {
      if (state !== 'running') return;
      state = 'cancelled';
      observer?.disconnect();
      drawing.collapseUndrawn();
      settlePrepared(drawing.prepared);
    },
    get drawnParagraphs() { return drawing.drawnParagraphs; },
    get totalParagraphs() { return drawing.totalParagraphs; },
  };
}
