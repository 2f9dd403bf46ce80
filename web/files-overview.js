// Many files: a table of the files with their counts (or what went wrong with them), and the
// speakers of all analysed files together, as a chart and a table.
import { h } from './dom.js';
import { SPEAKER_SLOTS, titleOf } from './newslens/newslens-view.mjs';
import { speakerChart } from './speaker-chart.js';

export function renderFileRow(entry, { onShow }) {
  const row = h('tr', { 'data-index': String(entry.index) });
  updateFileRow(row, entry, { onShow });
  return row;
}

export function updateFileRow(row, entry, { onShow, current = false }) {
  row.classList.toggle('current', current);
  // Once analysed, a row changes only in being the current one: its button is kept, so that
  // the focus stays on it when the reader chooses it.
  const button = row.querySelector('.file-button');
  if (button && entry.analysis) {
    if (current) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
    return;
  }
  // The status goes under the name rather than in a column of its own, which a file list
  // beside the article has no room for.
  const name = entry.analysis
    ? h('button', { type: 'button', class: 'link-button file-button', text: entry.name,
                    'data-index': String(entry.index), 'aria-current': current ? 'true' : null,
                    onclick: () => onShow(entry) })
    : h('span', { class: 'file-label', text: entry.name });
  const counts = entry.analysis
    ? [entry.analysis.quotes.length, entry.speakers.filter((s) => s.key !== 'none').length,
       entry.analysis.entities.length]
    : ['', '', ''];
  row.replaceChildren(
    h('td', { class: 'file-name-cell' }, name,
      h('span', { class: `file-status${entry.error ? ' error' : ''}`, text: statusOf(entry) })),
    ...counts.map((n, i) => h('td', { class: `num count-${i}`, text: String(n) })));
}

function statusOf(entry) {
  if (entry.error) return entry.error;
  if (!entry.analysis) return entry.started ? 'analysing…' : 'waiting';
  const p = entry.analysis.document.paragraphs.length;
  return p ? `${p} paragraph${p === 1 ? '' : 's'}` : 'empty';
}

/**
 * The title to show for an analysed article: the engine's (from a `date … headline` line or
 * a paragraph it marked as headline), else a first paragraph that reads as a headline (one
 * short line of one sentence, as most articles pasted from the web begin), else null.
 */
export function articleTitle(analysis, text) {
  const doc = analysis.document;
  if (doc.title) return doc.title;
  const first = doc.paragraphs[0];
  if (!first || text == null) return null;
  const headline = doc.paragraphs.find((p) => p.role === 'headline') ?? first;
  const words = text.slice(headline.start, headline.end).trim();
  const sentences = doc.sentences.filter((s) => s.start >= headline.start && s.end <= headline.end);
  if (headline.role === 'headline') return words || null;
  if (words.length > 160 || words.includes('\n') || sentences.length > 1 || !/^\p{Lu}/u.test(words)) {
    return null;
  }
  return words;
}

// Speaker phrases that name no one: pronouns the engine could not resolve, shown in an article
// beside their quote, but meaningless across files.
const PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they',
                          'them', 'one', 'who', 'this', 'that', 'these', 'those']);

// The same person under the forms one article or another gives as canonical name: letter case,
// marks around the name ("Crooked Hillary Clinton."), and middle initials ("Donald J. Trump").
function nameKey(name) {
  return name.normalize('NFC')
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .split(/\s+/).filter((w, i, all) => !(i > 0 && i < all.length - 1 && /^\p{Lu}\.?$/u.test(w)))
    .join(' ').toLowerCase();
}

/**
 * The speakers of every analysed entry across files: [{name, title, count, files, slot, badge}],
 * and `left` (quotes whose speaker is a pronoun the engine could not resolve, left out). A
 * speaker the engine linked to an entity is known by its canonical name; names equal but for
 * case, surrounding marks and middle initials are one speaker, and a one-word name (a surname
 * alone, "Obama") joins the longer name of the batch that ends with it when that is clear. Unlinked phrases ("a spokesman") are kept as written, each its own speaker.
 */
export function combinedSpeakers(entries) {
  const byKey = new Map();
  let left = 0;
  for (const entry of entries) {
    if (!entry.analysis) continue;
    for (const speaker of entry.speakers) {
      if (speaker.key === 'none') continue;
      const key = nameKey(speaker.name);
      if (!key || PRONOUNS.has(key)) {
        left += speaker.quotes.length;
        continue;
      }
      const item = byKey.get(key) ?? { name: speaker.name.replace(/[\p{P}\s]+$/u, ''),
                                       linked: false, titles: new Set(), count: 0, files: new Set() };
      item.linked ||= speaker.entity != null;
      for (const t of speaker.title ? speaker.title.split(', ') : []) item.titles.add(t);
      item.count += speaker.quotes.length;
      item.files.add(entry.index);
      byKey.set(key, item);
    }
  }
  joinSurnames(byKey);
  const list = [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const speakers = list.map((item, i) => ({
    name: item.name,
    title: titleOf([...item.titles]),
    count: item.count,
    files: item.files.size,
    slot: (i % SPEAKER_SLOTS) + 1,
    badge: String(i + 1),  // ranks: initials could collide across many articles
  }));
  return { speakers, left };
}

// A one-word name joins the longer name ending with it: the only one, or one quoted at least
// three times as often as all the others together ("Obama": Barack Obama rather than Michelle
// Obama in political news). Otherwise the name stays apart: a guess would merge two people.
function joinSurnames(byKey) {
  const longer = [...byKey.entries()].filter(([key, item]) => item.linked && key.includes(' '));
  for (const [key, item] of [...byKey.entries()]) {
    if (!item.linked || key.includes(' ')) continue;
    const owners = longer.filter(([k]) => k.endsWith(` ${key}`)).map(([, o]) => o)
      .sort((a, b) => b.count - a.count);
    if (!owners.length) continue;
    const others = owners.slice(1).reduce((n, o) => n + o.count, 0);
    if (owners[0].count < 3 * others) continue;
    const owner = owners[0];
    owner.count += item.count;
    for (const t of item.titles) owner.titles.add(t);
    for (const f of item.files) owner.files.add(f);
    byKey.delete(key);
  }
}

export function renderCombined(section, chartBox, table, entries) {
  const { speakers, left } = combinedSpeakers(entries);
  const analysed = entries.filter((e) => e.analysis).length;
  section.hidden = analysed < 2 || speakers.length === 0;
  if (section.hidden) return;
  section.querySelector('h3').textContent = `Speakers across all files (${speakers.length})`;
  section.querySelector('.help').textContent = left
    ? `${left} quote${left === 1 ? '' : 's'} whose speaker is a pronoun the engine could not ` +
      'resolve are left out.' : '';
  chartBox.replaceChildren(speakerChart(speakers.slice(0, 12),
                                        { label: 'Quotes per speaker across all files' }));
  table.tBodies[0].replaceChildren(...speakers.map((s) => h('tr', {},
    h('td', { class: `speaker-cell nl-s${s.slot}` },
      h('span', { class: 'nl-chip', 'aria-hidden': 'true', text: s.badge }), ' ', s.name),
    h('td', { class: 'title-col', text: s.title || '—' }),
    h('td', { class: 'num', text: String(s.count) }),
    h('td', { class: 'num', text: String(s.files) }))));
}
