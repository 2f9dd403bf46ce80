// The values of an article — dates, times, money, percentages, numbers, ordinals, e-mail and
// web addresses — by type, each with its resolved form (an ISO date for a date, "USD 18000000"
// for "$18 million"). A value written the same way twice is one entry with two places; choosing
// an entry highlights its places in the text.
import { h, plural } from './dom.js';

export const VALUE_TYPES = [
  ['DATE', 'Dates'], ['TIME', 'Times'], ['MONEY', 'Money'], ['PERCENT', 'Percentages'],
  ['NUMBER', 'Numbers'], ['ORDINAL', 'Ordinals'], ['EMAIL', 'E-mail addresses'], ['URL', 'Web addresses'],
];

/** [{type, heading, entries: [{type, text, value, spans}]}], entries in order of first place. */
export function valueGroups(values) {
  const groups = [];
  for (const [type, heading] of VALUE_TYPES) {
    const entries = new Map();
    for (const v of values.filter((x) => x.type === type)) {
      const key = `${v.text}\u0000${v.value}`;
      if (!entries.has(key)) entries.set(key, { type, text: v.text, value: v.value, spans: [] });
      entries.get(key).spans.push({ start: v.start, end: v.end });
    }
    if (entries.size) groups.push({ type, heading, entries: [...entries.values()] });
  }
  return groups;
}

/** `onSelect(entry)` runs when an entry is chosen. */
export function renderValues(container, analysis, { onSelect }) {
  const groups = valueGroups(analysis.values ?? []);
  const sections = groups.map(({ type, heading, entries }) => {
    const id = `values-${type.toLowerCase()}`;
    return h('section', { class: 'value-group', 'aria-labelledby': id },
      h('h3', { id, text: `${heading} (${entries.length})` }),
      h('ul', { class: 'value-list' }, entries.map((entry) => {
        // Dates and times get a <time> with the machine-readable form the engine resolved.
        const resolved = type === 'DATE' || type === 'TIME'
          ? h('time', { class: 'value-resolved', dateTime: entry.value, text: entry.value })
          : entry.value !== entry.text ? h('span', { class: 'value-resolved', text: entry.value }) : null;
        const button = h('button', { type: 'button', class: 'link-button value-text', text: entry.text,
                                     title: 'Highlight in the article' });
        button.addEventListener('click', () => onSelect(entry));
        const places = entry.spans.length;
        return h('li', {}, button, resolved,
          places > 1 ? h('span', { class: 'value-count', text: plural(places, 'place') }) : null);
      })));
  });
  container.replaceChildren(...(sections.length ? sections
    : [h('p', { class: 'empty', text: 'No dates, numbers, money or addresses found in this article.' })]));
}
