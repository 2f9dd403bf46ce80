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
  const nameCell = entry.analysis
    ? h('td', {}, h('button', { type: 'button', class: 'link-button', text: entry.name,
                                'aria-current': current ? 'true' : null,
                                onclick: () => onShow(entry) }))
    : h('td', { text: entry.name });
  const counts = entry.analysis
    ? [entry.analysis.quotes.length, entry.speakers.filter((s) => s.key !== 'none').length,
       entry.analysis.entities.length]
    : ['', '', ''];
  row.classList.toggle('current', current);
  row.replaceChildren(nameCell,
    h('td', { class: `file-status${entry.error ? ' error' : ''}`, text: statusOf(entry) }),
    ...counts.map((n) => h('td', { class: 'num', text: String(n) })));
}

function statusOf(entry) {
  if (entry.error) return entry.error;
  if (!entry.analysis) return entry.started ? 'analysing…' : 'waiting';
  const p = entry.analysis.document.paragraphs.length;
  return p ? `${p} paragraph${p === 1 ? '' : 's'}` : 'empty';
}

/** The speakers of every analysed entry, merged by name: [{name, title, count, files, slot, badge}]. */
export function combinedSpeakers(entries) {
  const byName = new Map();
  for (const entry of entries) {
    if (!entry.analysis) continue;
    for (const speaker of entry.speakers) {
      if (speaker.key === 'none') continue;
      const key = speaker.name.toLowerCase();
      const item = byName.get(key) ?? { name: speaker.name, titles: new Set(), count: 0, files: new Set() };
      for (const t of speaker.title ? speaker.title.split(', ') : []) item.titles.add(t);
      item.count += speaker.quotes.length;
      item.files.add(entry.index);
      byName.set(key, item);
    }
  }
  const list = [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return list.map((item, i) => ({
    name: item.name,
    title: titleOf([...item.titles]),
    count: item.count,
    files: item.files.size,
    slot: (i % SPEAKER_SLOTS) + 1,
    badge: String(i + 1),  // ranks: initials could collide across many articles
  }));
}

export function renderCombined(section, chartBox, table, entries) {
  const speakers = combinedSpeakers(entries);
  const analysed = entries.filter((e) => e.analysis).length;
  section.hidden = analysed < 2 || speakers.length === 0;
  if (section.hidden) return;
  chartBox.replaceChildren(speakerChart(speakers.slice(0, 12),
                                        { label: 'Quotes per speaker across all files' }));
  table.tBodies[0].replaceChildren(...speakers.map((s) => h('tr', {},
    h('td', { class: `speaker-cell nl-s${s.slot}` },
      h('span', { class: 'nl-chip', 'aria-hidden': 'true', text: s.badge }), ' ', s.name),
    h('td', { text: s.title || '—' }),
    h('td', { class: 'num', text: String(s.count) }),
    h('td', { class: 'num', text: String(s.files) }))));
}
