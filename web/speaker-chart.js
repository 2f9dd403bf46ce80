// Quotes per speaker as an inline SVG bar chart, built with DOM calls (no markup strings). The
// speakers' names and counts are written next to the bars, and the same data is the chart's
// accessible description, so the colours are never the only way to read it. No viewBox: the
// chart takes its container's width with bars in percentages, so its text keeps the page's
// size on a phone as on a desktop.
import { plural, svg } from './dom.js';

const ROW = 44;        // pixels: a name line above a bar
const BAR_HEIGHT = 14;
const BADGE_WIDTH = 30;

let chartCount = 0;

/**
 * rows: [{name, badge, slot, count}] in the order to draw. Returns an <svg> that scales to its
 * container's width.
 */
export function speakerChart(rows, { label = 'Quotes per speaker' } = {}) {
  const id = `chart-${++chartCount}`;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = rows.length * ROW + 4;
  const description = rows.map((r) => `${r.name}: ${plural(r.count, 'quote')}`).join('. ');
  const chart = svg('svg', {
    class: 'speaker-chart', width: '100%', height, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
  },
  svg('title', { id: `${id}-title`, text: label }),
  svg('desc', { id: `${id}-desc`, text: `${description}.` }));

  rows.forEach((row, i) => {
    const y = i * ROW;
    const barWidth = `${Math.max(0.5, (row.count / max) * 100).toFixed(2)}%`;
    chart.append(svg('g', { class: `chart-row nl-s${row.slot}` },
      svg('rect', { class: 'chart-badge', x: 0, y: y + 4, width: BADGE_WIDTH, height: 18, rx: 3 }),
      svg('text', { class: 'chart-badge-text', x: BADGE_WIDTH / 2, y: y + 17, 'text-anchor': 'middle',
                    text: row.badge }),
      svg('text', { class: 'chart-name', x: BADGE_WIDTH + 8, y: y + 18, text: truncate(row.name, 36) }),
      svg('text', { class: 'chart-count', x: '100%', y: y + 18, 'text-anchor': 'end',
                    text: String(row.count) }),
      svg('rect', { class: 'chart-bar', x: 0, y: y + 26, width: barWidth, height: BAR_HEIGHT, rx: 2 })));
  });
  return chart;
}

function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
