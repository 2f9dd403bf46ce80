// Highlighting in an article (newslens-view.mjs): all mentions of an entity or a type, or any
// spans, wrapped in <mark class="nl-hit">. The drawing it works on may not be complete (a long
// article is drawn in parts): the paragraphs drawn are highlighted at once, the others as they
// are drawn, and the first highlighted span's part is drawn first, to be scrolled to.
import { create, firstEndingAfter } from './newslens-view-layout.mjs';
import { ENTITY_TYPES, plural } from './newslens-view-speakers.mjs';

// What is highlighted, and a button to clear it: for hosts without a panel of their own.
export function renderSelectionBar(doc) {
  const bar = create(doc, 'div', 'nl-selection');
  bar.hidden = true;
  const status = create(doc, 'span', 'nl-selection-text');
  status.setAttribute('role', 'status');
  const clear = create(doc, 'button', 'nl-clear', 'Clear');
  clear.type = 'button';
  bar.append(status, clear);
  return bar;
}

/**
 * Highlighting wraps the text nodes of the chosen spans in <mark class="nl-hit"> (the text's
 * marks cut at every mention and value, so the wrapped pieces are exactly the spans) and
 * unwraps them to clear. A choice made in the article (a mention, a type key, Clear, Escape)
 * is announced with a `newslens-highlight` event whose detail is {target, description} (both
 * null when cleared), so that a host can show more (the page lists the entity's quotes).
 *
 * `drawing` is the article's ArticleDrawing: its `paragraphs`, `piecesOf(i)` (the drawn
 * paragraph's text nodes with their offsets, or null), `drawAt(offset)` (draws that part now),
 * and its `onParagraphDrawn` hook, which this sets. Returns {highlight, clear}.
 */
export function attachHighlighter(root, drawing, analysis, bar) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const doc = root.ownerDocument;
  let hits = [];
  let active = null;  // {spans (sorted), byParagraph: paragraph → indices of its spans, first}

  const clear = () => {
    for (const mark of hits) mark.replaceWith(...mark.childNodes);
    hits = [];
    active = null;
    for (const key of root.querySelectorAll('.nl-type-key')) key.setAttribute('aria-pressed', 'false');
    if (bar) bar.hidden = true;
  };

  // The spans a target stands for, and a sentence saying what they are.
  const resolve = (target) => {
    if (target.entity) {
      const entity = entities.get(target.entity);
      const spans = entity?.mentions ?? [];
      return { spans, description: `${plural(spans.length, 'mention')} of ${entity?.name ?? target.entity}` };
    }
    if (target.type) {
      const spans = analysis.entities.filter((e) => e.type === target.type).flatMap((e) => e.mentions);
      const name = ENTITY_TYPES.find((t) => t.type === target.type)?.name ?? target.type;
      return { spans, description: `${plural(spans.length, 'mention')} of ${name.toLowerCase()}` };
    }
    const spans = target.spans ?? [];
    return { spans, description: target.description ?? `${plural(spans.length, 'place')} highlighted` };
  };

  // Wraps the pieces of paragraph `p` (drawn) that the active spans cover; a span's label goes
  // on its last piece.
  const wrapParagraph = (p) => {
    const indices = active?.byParagraph.get(p);
    const pieces = indices && drawing.piecesOf(p);
    if (!pieces) return;
    for (const index of indices) {
      const span = active.spans[index];
      for (let i = firstEndingAfter(pieces, span.start); i < pieces.length && pieces[i].start < span.end; i++) {
        const { node } = pieces[i];
        if (node.parentNode?.classList?.contains('nl-hit')) continue;
        const mark = create(doc, 'mark', 'nl-hit');
        mark.dataset.hit = String(index);
        if (span.label && pieces[i].end >= span.end) mark.dataset.label = span.label;
        node.replaceWith(mark);
        mark.append(node);
        hits.push(mark);
        if (index < active.firstIndex) [active.firstIndex, active.first] = [index, mark];
      }
    }
  };
  drawing.onParagraphDrawn = wrapParagraph;

  const highlight = (target, { scroll = true } = {}) => {
    clear();
    const { spans, description } = resolve(target);
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    const paragraphs = drawing.paragraphs;
    const byParagraph = new Map();
    sorted.forEach((span, index) => {
      for (let p = firstEndingAfter(paragraphs, span.start);
           p < paragraphs.length && paragraphs[p].start < span.end; p++) {
        const list = byParagraph.get(p);
        if (list) list.push(index);
        else byParagraph.set(p, [index]);
      }
    });
    active = { spans: sorted, byParagraph, first: null, firstIndex: Infinity };
    // The first span is drawn now if it is not yet (and is highlighted as it is), to be shown.
    if (sorted.length) drawing.drawAt(sorted[0].start);
    for (const p of byParagraph.keys()) wrapParagraph(p);
    if (target.type) {
      for (const key of root.querySelectorAll('.nl-type-key')) {
        key.setAttribute('aria-pressed', String(key.dataset.type === target.type));
      }
    }
    if (bar) {
      bar.firstChild.textContent = `Highlighted: ${description}.`;
      bar.hidden = false;
    }
    const first = active.first;
    if (first && scroll) {
      const reduce = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
      first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    }
    return { count: sorted.length, description, first };
  };

  const choose = (target) => {
    const description = target ? highlight(target).description : null;
    if (!target) clear();
    root.dispatchEvent(new CustomEvent('newslens-highlight',
                                       { detail: { target, description }, bubbles: true, composed: true }));
  };
  const targetOf = (element) => {
    const key = element.closest('.nl-type-key');
    if (key) return { type: key.dataset.type };
    const mention = element.closest('.nl-entity');
    return mention ? { entity: mention.dataset.entity } : null;
  };

  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('.nl-clear')) {
      choose(null);
      return;
    }
    // A drag that selects words is for copying them, not a choice.
    if (!doc.getSelection()?.isCollapsed) return;
    const target = targetOf(event.target);
    if (target) choose(target);
  });
  root.addEventListener('keydown', (event) => {
    const mention = event.target instanceof Element && event.target.matches('.nl-entity[role="button"]');
    if (mention && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose(targetOf(event.target));
    } else if (event.key === 'Escape' && active) {
      choose(null);
    }
  });
  return { highlight, clear };
}
