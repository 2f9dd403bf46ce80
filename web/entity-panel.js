// The entities of an article by type, each with its mention count (names, pronouns and
// descriptions such as "the senator") and titles, most mentioned first. A long article can
// name thousands: each type lists its most mentioned first, and a button shows the others.
import { h, plural } from './dom.js';
import { titleOf } from './newslens/newslens-view.mjs';

const TYPES = [
  ['PER', 'People'], ['ORG', 'Organizations'], ['LOC', 'Places'], ['MISC', 'Other names'],
];
const LISTED = 50;

export function renderEntities(container, analysis) {
  const sections = [];
  for (const [type, heading] of TYPES) {
    const entities = analysis.entities.filter((e) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length ||
                      a.id.localeCompare(b.id, 'en', { numeric: true }));
    if (!entities.length) continue;
    const id = `entities-${type.toLowerCase()}`;
    const list = h('ul', { class: 'entity-list' }, entities.slice(0, LISTED).map(entityItem));
    const rest = entities.length - LISTED;
    const more = rest > 0 ? h('button', {
      type: 'button', class: 'quiet-button more-button', text: `Show ${rest} more`,
      onclick: () => {
        list.append(...entities.slice(LISTED).map(entityItem));
        more.remove();
      },
    }) : null;
    sections.push(h('section', { class: 'entity-group', 'aria-labelledby': id },
      h('h3', { id, text: `${heading} (${entities.length})` }), list, more));
  }
  container.replaceChildren(...(sections.length ? sections
    : [h('p', { class: 'empty', text: 'No named entities found in this article.' })]));
}

function entityItem(e) {
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
  return h('li', {},
    h('span', { class: 'entity-name', text: e.name }),
    title ? h('span', { class: 'entity-title', text: title }) : null,
    h('span', { class: 'entity-count', text: count }));
}
