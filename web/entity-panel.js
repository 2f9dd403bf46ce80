// The entities of an article by type (with the type's label and colour, as on the mentions),
// each with its mention count (names, pronouns and descriptions such as "the senator") and
// titles, most mentioned first. Choosing an entity highlights all its mentions in the text. A
// long article can name thousands: each type lists its most mentioned first, and a button
// shows the others.
import { h, plural } from './dom.js';
import { ENTITY_TYPES, titleOf } from './newslens/newslens-view.mjs';

const LISTED = 50;

/** `onSelect(entityId)` runs when an entity is chosen. */
export function renderEntities(container, analysis, { onSelect }) {
  const sections = [];
  const item = (e) => entityItem(e, onSelect);
  for (const { type, name: heading } of ENTITY_TYPES) {
    const entities = analysis.entities.filter((e) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length ||
                      a.id.localeCompare(b.id, 'en', { numeric: true }));
    if (!entities.length) continue;
    const id = `entities-${type.toLowerCase()}`;
    const list = h('ul', { class: 'entity-list' }, entities.slice(0, LISTED).map(item));
    const rest = entities.length - LISTED;
    const more = rest > 0 ? h('button', {
      type: 'button', class: 'quiet-button more-button', text: `Show ${rest} more`,
      onclick: () => {
        list.append(...entities.slice(LISTED).map(item));
        more.remove();
      },
    }) : null;
    sections.push(h('section', { class: `entity-group nl-type-${type.toLowerCase()}`, 'aria-labelledby': id },
      h('h3', {},
        h('span', { class: 'nl-type-chip', 'aria-hidden': 'true', text: type }), ' ',
        h('span', { id, text: `${heading} (${entities.length})` })),
      list, more));
  }
  container.replaceChildren(...(sections.length ? sections
    : [h('p', { class: 'empty', text: 'No named entities found in this article.' })]));
}

function entityItem(e, onSelect) {
  let pronouns = 0;
  let descriptions = 0;
  for (const m of e.mentions) {
    if (m.kind === 'pronoun') pronouns++;
    else if (m.kind === 'description') descriptions++;
  }
  const others = [pronouns ? plural(pronouns, 'pronoun') : '',
                  descriptions ? plural(descriptions, 'description') : ''].filter(Boolean);
  const count = plural(e.mentions.length, 'mention') + (others.length ? ` (${others.join(', ')})` : '');
  const title = titleOf(e.titles);
  const button = h('button', { type: 'button', class: 'link-button entity-name', text: e.name,
                               'data-entity': e.id, title: 'Highlight its mentions and list its quotes' });
  button.addEventListener('click', () => onSelect(e.id));
  return h('li', {}, button,
    title ? h('span', { class: 'entity-title', text: title }) : null,
    h('span', { class: 'entity-count', text: count }));
}
