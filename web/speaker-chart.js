// Quotes per speaker as an inline SVG bar chart, built with DOM calls (no markup strings). The
// speakers' names and counts are written next to the bars, and the same data is the chart's
// accessible description, so the colours are never the only way to read it. No viewBox: the
// chart takes its container's width with bars in percentages, so its text keeps the page's
// size on a phone as on a desktop. Given `onSelect`, each row is a button (click, Enter or
// Space) and the chart a group of them rather than one picture.
import { plural, svg } from './dom.js';

const ROW = 44;        // pixels: a name line above a bar
const BAR_HEIGHT = 14;
const BADGE_WIDTH = 30;

let chartCount = 0;

/**
 * rows: [{name, badge, slot, count}] in the order to draw; `onSelect(index)` runs when a row is
 * chosen. Returns an <svg> that scales to its container's width.
 */
export function speakerChart(rows, { label = 'Quotes per speaker', onSelect = null } = {}) {
  const id = `chart-${++chartCount}`;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = rows.length * ROW + 4;
  const description = rows.map((r) => `${r.name}: ${plural(r.count, 'quote')}`).join('. ');
  // A picture's parts are hidden from assistive technology, so a chart of buttons is a group.
  const chart = svg('svg', {
    class: `speaker-chart${onSelect ? ' selectable' : ''}`, width: '100%', height,
    role: onSelect ? 'group' : 'img',
    'aria-labelledby': onSelect ? `${id}-title` : `${id}-title ${id}-desc`,
    'aria-describedby': onSelect ? `${id}-desc` : null,
  },
  svg('title', { id: `${id}-title`, text: label }),
  svg('desc', { id: `${id}-desc`, text: `${description}.` }));

  rows.forEach((row, i) => {
    const y = i * ROW;
    const barWidth = `${Math.max(0.5, (row.count / max) * 100).toFixed(2)}%`;
    const interactive = onSelect ? {
      role: 'button', tabindex: 0,
      'aria-label': `${row.name}: ${plural(row.count, 'quote')}. Highlight in the article`,
    } : {};
    chart.append(svg('g', { class: `chart-row nl-s${row.slot}`, 'data-row': i, ...interactive },
      // The whole row takes a click, not only its painted bar and words.
      onSelect ? svg('rect', { class: 'chart-hit', x: 0, y, width: '100%', height: ROW,
                               fill: 'transparent' }) : null,
      svg('rect', { class: 'chart-badge', x: 0, y: y + 4, width: BADGE_WIDTH, height: 18, rx: 3 }),
      svg('text', { class: 'chart-badge-text', x: BADGE_WIDTH / 2, y: y + 17, 'text-anchor': 'middle',
                    text: row.badge }),
      svg('text', { class: 'chart-name', x: BADGE_WIDTH + 8, y: y + 18, text: truncate(row.name, 36) }),
      svg('text', { class: 'chart-count', x: '100%', y: y + 18, 'text-anchor': 'end',
                    text: String(row.count) }),
      svg('rect', { class: 'chart-bar', x: 0, y: y + 26, width: barWidth, height: BAR_HEIGHT, rx: 2 })));
  });
  if (onSelect) {
    const rowOf = (event) => event.target.closest?.('.chart-row');
    chart.addEventListener('click', (event) => {
      const row = rowOf(event);
      if (row) onSelect(Number(row.dataset.row));
    });
    chart.addEventListener('keydown', (event) => {
      const row = rowOf(event);
      if (row && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        onSelect(Number(row.dataset.row));
      }
    });
  }
  return chart;
}

function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
