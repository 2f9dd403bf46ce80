// The entities of an article by type, each with its mention count (names, pronouns and
// descriptions such as "the senator") and titles, most mentioned first.
import { h, plural } from './dom.js';
import { titleOf } from './newslens/newslens-view.mjs';

const TYPES = [
  ['PER', 'People'], ['ORG', 'Organizations'], ['LOC', 'Places'], ['MISC', 'Other names'],
];

export function renderEntities(container, analysis) {
  const sections = [];
  for (const [type, heading] of TYPES) {
    const entities = analysis.entities.filter((e) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length ||
                      a.id.localeCompare(b.id, 'en', { numeric: true }));
    if (!entities.length) continue;
    const id = `entities-${type.toLowerCase()}`;
    sections.push(h('section', { class: 'entity-group', 'aria-labelledby': id },
      h('h3', { id, text: `${heading} (${entities.length})` }),
      h('ul', { class: 'entity-list' }, entities.map((e) => {
        const pronouns = e.mentions.filter((m) => m.kind === 'pronoun').length;
        const descriptions = e.mentions.filter((m) => m.kind === 'description').length;
        const others = [pronouns ? plural(pronouns, 'pronoun') : '',
                        descriptions ? plural(descriptions, 'description') : ''].filter(Boolean);
        const count = plural(e.mentions.length, 'mention') +
                      (others.length ? ` (${others.join(', ')})` : '');
        const title = titleOf(e.titles);
        return h('li', {},
          h('span', { class: 'entity-name', text: e.name }),
          title ? h('span', { class: 'entity-title', text: title }) : null,
          h('span', { class: 'entity-count', text: count }));
      }))));
  }
  container.replaceChildren(...(sections.length ? sections
    : [h('p', { class: 'empty', text: 'No named entities found in this article.' })]));
}
