// The article's styles (newslens-view.mjs): one stylesheet, shared by every article of a
// document or shadow root. Exported by newslens-view.mjs as ARTICLE_CSS and articleStyleSheet().

// Colours: the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
// as badges (text on them ≥ 4.5:1) and as tints behind the quoted words, light or dark with the
// color-scheme in effect (text on every tint ≥ 6:1). Each speaker also gets a line style and
// the badge with initials, so colour is never the only cue. Indirect speech (no quotation marks)
// is underlined only, not tinted.
export const ARTICLE_CSS = `
.nl-article {
  --nl-fg: light-dark(#1b1d21, #e7e9ec);
  --nl-bg: light-dark(#ffffff, #15171a);
  --nl-muted: light-dark(#55595f, #a9aeb5);
  --nl-rule: light-dark(#c9cdd2, #464b52);
  --nl-focus: light-dark(#1f5fbf, #8ab4f8);
  position: relative;
  color: var(--nl-fg);
  background: var(--nl-bg);
  line-height: 1.65;
}
.nl-s0 { --nl-c: #8a8f98; --nl-on-c: #000000; --nl-tint: light-dark(#e8e9ea, #383b40); --nl-line: dashed; }
.nl-s1 { --nl-c: #0072b2; --nl-on-c: #ffffff; --nl-tint: light-dark(#cce3f0, #0f3248); --nl-line: solid; }
.nl-s2 { --nl-c: #e69f00; --nl-on-c: #000000; --nl-tint: light-dark(#faeccc, #544012); --nl-line: dashed; }
.nl-s3 { --nl-c: #009e73; --nl-on-c: #000000; --nl-tint: light-dark(#ccece3, #0f4035); --nl-line: dotted; }
.nl-s4 { --nl-c: #cc79a7; --nl-on-c: #000000; --nl-tint: light-dark(#f5e4ed, #4c3444); --nl-line: double; }
.nl-s5 { --nl-c: #d55e00; --nl-on-c: #000000; --nl-tint: light-dark(#f7dfcc, #4f2c12); --nl-line: solid; }
.nl-s6 { --nl-c: #56b4e9; --nl-on-c: #000000; --nl-tint: light-dark(#ddf0fb, #284658); --nl-line: dashed; }
.nl-s7 { --nl-c: #f0e442; --nl-on-c: #000000; --nl-tint: light-dark(#fcfad9, #575426); --nl-line: dotted; }
.nl-legend {
  list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem 1.1rem;
  margin: 0 0 1rem; padding: 0; font-size: 0.9rem; line-height: 1.5;
}
.nl-legend li { display: inline-flex; align-items: baseline; gap: 0.4em; }
.nl-legend-count, .nl-type-count { color: var(--nl-muted); }
.nl-chip, .nl-quote[data-badge]::before {
  display: inline-block; min-width: 1.6em; padding: 0 0.35em; border-radius: 3px;
  background: var(--nl-c); color: var(--nl-on-c); text-align: center;
  font: 700 0.72em/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: 0.02em;
  font-style: normal;
}
/* A chunk off screen is not laid out. Its padding, taken back by margins, keeps the focus
   outline of a quote at its edge from being clipped (content-visibility contains paint). */
.nl-chunk { content-visibility: auto; contain-intrinsic-size: auto 40rem;
  padding: 8px; margin: -8px -8px 0; }
.nl-chunk[hidden] { display: none; }
.nl-para { margin: 0 0 0.9em; white-space: pre-wrap; overflow-wrap: anywhere; }
.nl-html .nl-para { white-space: normal; }
.nl-role {
  display: inline-block; margin-right: 0.6em; padding: 0 0.4em; border: 1px solid var(--nl-rule);
  border-radius: 3px; color: var(--nl-muted); font: 600 0.68rem/1.6 system-ui, sans-serif;
  letter-spacing: 0.06em; text-transform: uppercase; vertical-align: 0.2em; font-style: normal;
  user-select: none;
}
.nl-role-headline { font-size: 1.3em; font-weight: 700; line-height: 1.3; }
.nl-role-caption, .nl-role-byline { color: var(--nl-muted); font-style: italic; font-size: 0.95em; }
.nl-role-dateline { font-weight: 600; }
.nl-quote {
  color: inherit; background: var(--nl-tint); border-bottom: 2px var(--nl-line) var(--nl-c);
  padding: 0.1em 0.1em 0; border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.nl-quote.nl-kind-indirect { background: transparent; border-bottom-width: 2px; }
.nl-s4.nl-quote { border-bottom-width: 4px; }
.nl-quote[data-badge]::before {
  content: attr(data-badge); content: attr(data-badge) / "";
  margin-right: 0.3em; vertical-align: 0.12em; user-select: none;
}
.nl-quote:focus { outline: none; }
.nl-quote:focus-visible, .nl-quote.nl-target {
  outline: 3px solid var(--nl-focus); outline-offset: 2px;
}
/* Entities: a box and a label in their type's colour (labels ≥ 4.5:1 on their tint, boxes
   ≥ 3:1 on any quote tint). Quotes are tinted backgrounds; entities never are, and always
   carry their label, so the two read apart without colour. */
.nl-type-per { --nl-t: light-dark(#6a2fa3, #d2b4fb); --nl-t-tint: light-dark(#f1e8fb, #2f2442); }
.nl-type-org { --nl-t: light-dark(#7c4a00, #f0c27a); --nl-t-tint: light-dark(#f8eddb, #3a2b12); }
.nl-type-loc { --nl-t: light-dark(#00646f, #7fd8e0); --nl-t-tint: light-dark(#ddf2f3, #113a3e); }
.nl-type-misc { --nl-t: light-dark(#4a5360, #c9cfd8); --nl-t-tint: light-dark(#eaedf0, #30353d); }
.nl-entity {
  border: 1px solid var(--nl-t); border-radius: 3px; padding: 0 0.12em; cursor: pointer;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.nl-entity.nl-pronoun { border-style: dashed; }
.nl-entity::after, .nl-type-chip {
  display: inline-block; padding: 0 0.3em; border-radius: 2px; background: var(--nl-t-tint);
  color: var(--nl-t); font: 700 0.64em/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  letter-spacing: 0.04em; font-style: normal; text-decoration: none; white-space: nowrap;
}
.nl-entity::after {
  content: attr(data-type); content: attr(data-type) / "";
  margin-left: 0.25em; vertical-align: 0.14em; user-select: none;
}
.nl-entity[data-refers]::after {
  content: "→ " attr(data-refers); content: "→ " attr(data-refers) / ""; letter-spacing: 0;
}
.nl-entity:focus { outline: none; }
.nl-entity:focus-visible { outline: 3px solid var(--nl-focus); outline-offset: 1px; }
.nl-speaker-mention {
  font-weight: 700; text-decoration: underline solid var(--nl-c) 3px; text-underline-offset: 0.22em;
}
.nl-legend + .nl-type-legend { margin-top: -0.5rem; }
.nl-type-key {
  display: inline-flex; align-items: baseline; gap: 0.4em; padding: 0.1em 0.45em;
  border: 1px solid var(--nl-t); border-radius: 4px; background: var(--nl-bg); color: var(--nl-fg);
  font: inherit; cursor: pointer;
}
.nl-type-key[aria-pressed="true"] { background: var(--nl-t-tint); box-shadow: inset 0 -3px 0 var(--nl-t); }
.nl-type-key:focus-visible { outline: 3px solid var(--nl-focus); outline-offset: 2px; }
.nl-type-chip { font-size: 0.72em; }
/* A highlight is a highlighter's yellow, in both themes: no quote or entity colour is one. */
mark.nl-hit {
  background: #ffd60a; color: #111111; border-radius: 2px;
  box-shadow: 0 0 0 2px light-dark(#8a6a00, #ffd60a);
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark.nl-hit[data-label]::after {
  content: attr(data-label); content: attr(data-label) / ""; display: inline-block;
  margin-left: 0.3em; padding: 0 0.3em; border-radius: 2px; background: #111111; color: #ffffff;
  font: 700 0.64em/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; vertical-align: 0.14em;
  user-select: none;
}
.nl-selection {
  position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center;
  gap: 0.3rem 0.8rem; margin: 0 0 0.8rem; padding: 0.35rem 0.6rem; border: 1px solid var(--nl-rule);
  border-radius: 6px; background: var(--nl-bg); font: 0.9rem/1.4 system-ui, sans-serif;
}
.nl-selection[hidden] { display: none; }
.nl-clear {
  padding: 0.15rem 0.7rem; border: 1px solid var(--nl-rule); border-radius: 4px;
  background: var(--nl-bg); color: var(--nl-fg); font: inherit; cursor: pointer;
}
.nl-tooltip {
  position: absolute; z-index: 10; max-width: min(24rem, 100%); padding: 0.45rem 0.7rem;
  border-radius: 6px; background: var(--nl-fg); color: var(--nl-bg);
  font: 0.85rem/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); pointer-events: none;
}
.nl-tooltip[hidden] { display: none; }
.nl-tooltip > span { display: block; }
.nl-tooltip-who { font-weight: 700; }
@media (forced-colors: active) {
  .nl-quote { border-bottom-color: Highlight; }
  .nl-chip, .nl-quote[data-badge]::before { border: 1px solid CanvasText; }
  .nl-entity::after, .nl-type-chip, mark.nl-hit[data-label]::after { border: 1px solid CanvasText; }
  mark.nl-hit { background: Mark; color: MarkText; }
}
`;

let sharedSheet = null;

/**
 * The article styles as one constructed stylesheet (shared by every adopter), for
 * `document.adoptedStyleSheets` or a shadow root's: allowed under `style-src 'self'`, which
 * blocks <style> elements and style attributes.
 */
export function articleStyleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(ARTICLE_CSS);
  }
  return sharedSheet;
}
