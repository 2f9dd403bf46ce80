// Plain-text tables for the benchmark's output (what README's Performance section quotes).

/**
 * Prints `rows` (arrays of cells) under `header`, each column as wide as its widest cell. Columns
 * whose header starts with '>' are right-aligned (the '>' is not printed).
 */
export function printTable(header, rows, indent = '  ') {
  const right = header.map((h) => h.startsWith('>'));
  const head = header.map((h) => h.replace(/^>/, ''));
  const cells = [head, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = head.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row) =>
    indent + row.map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ').trimEnd();
  console.log(line(cells[0]));
  console.log(indent + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

export const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '-');

/** A count with thousands separators: 810574 -> "810,574". */
export const count = (n) => Math.round(n).toLocaleString('en-US');

/** "met" or "NOT MET". */
export const verdict = (ok) => (ok ? 'met' : 'NOT MET');

/** Bytes in MB (10^6 bytes), for inputs and memory alike. */
export const mb = (bytes, digits = 1) => `${(bytes / 1e6).toFixed(digits)} MB`;

/** Bytes in KB (1024 bytes), as tools/sizes.mjs prints them. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
