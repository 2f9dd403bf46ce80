// The tooltip of an article's quotes (newslens-view.mjs): a visual copy of each quote's
// description, next to the quote under the pointer or the keyboard focus.
import { create } from './newslens-view-layout.mjs';
import { KIND_LABELS, capitalize } from './newslens-view-speakers.mjs';

// One tooltip per article, filled with text and placed next to the quote under the pointer or
// the keyboard focus. Escape hides it (WCAG 1.4.13). Placement uses CSSOM properties, which a
// `style-src 'self'` policy allows (it blocks style attributes in markup, not CSSOM). `quotes`
// and `speakerOfQuote` map quote ids (filled while the article is prepared).
export function attachTooltip(root, tooltip, quotes, speakerOfQuote) {
  let shownFor = null;

  const hide = () => {
    tooltip.hidden = true;
    shownFor = null;
  };
  const show = (mark) => {
    const quote = quotes.get(mark.dataset.quote);
    if (!quote || shownFor === mark) return;
    shownFor = mark;
    const speaker = speakerOfQuote.get(quote.id);
    const doc = root.ownerDocument;
    const who = create(doc, 'span', 'nl-tooltip-who', quote.speaker ? speaker.name : 'No speaker found');
    const lines = [who];
    if (speaker.title) lines.push(create(doc, 'span', 'nl-tooltip-title', speaker.title));
    const facts = [capitalize(KIND_LABELS[quote.kind] ?? quote.kind)];
    if (quote.cue) facts.push(`cue “${quote.cue.text}”`);
    facts.push(`confidence ${quote.confidence.toFixed(2)}`);
    lines.push(create(doc, 'span', 'nl-tooltip-facts', facts.join(' · ')));
    tooltip.replaceChildren(...lines);
    tooltip.hidden = false;

    const box = root.getBoundingClientRect();
    const first = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const left = Math.max(0, Math.min(first.left - box.left, root.clientWidth - width));
    let top = first.top - box.top - tooltip.offsetHeight - 6;
    if (top < 0) top = mark.getBoundingClientRect().bottom - box.top + 6;
    tooltip.style.left = `${Math.round(left)}px`;
    tooltip.style.top = `${Math.round(top)}px`;
  };
  const markOf = (target) => (target instanceof Element ? target.closest('.nl-quote') : null);

  root.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  root.addEventListener('pointerout', (event) => {
    const mark = markOf(event.target);
    if (mark && !mark.contains(event.relatedTarget) && root.ownerDocument.activeElement !== mark) hide();
  });
  root.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  root.addEventListener('focusout', hide);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tooltip.hidden) hide();
  });
}
