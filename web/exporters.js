// Exports. JSON: the command-line tool's JSON (schema newslens/1, UTF-8 *byte* offsets), made by
// the engine's analyzeJson() from the file's own bytes, so it is byte for byte what
// `newslens analyze --format json FILE` prints (with --plain for .txt and .md files, --html for
// .html ones: see readingOptions in app.js); pasted text is exported as its UTF-8 form.
// Many files: JSON Lines like `--format jsonl`, with "file" set to the file's name. CSV: one row
// per quote, RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark for spreadsheets.

const CSV_COLUMNS = ['file', 'quote_id', 'speaker', 'speaker_title', 'kind', 'confidence', 'cue', 'quote'];

/** One CSV field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value) {
  let s = value == null ? '' : String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: article text is not
  // to be trusted that far, so such a cell gets a leading apostrophe (OWASP's advice).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** rows: [{file, quote, speaker (ArticleSpeaker)}] */
export function quotesCsv(rows) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { file, quote, speaker } of rows) {
    lines.push([
      file, quote.id, quote.speaker ? speaker.name : '', quote.speaker ? speaker.title : '',
      quote.kind, quote.confidence, quote.cue?.text ?? '', quote.text,
    ].map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** One line of JSON Lines: the analysis with "file" after "schema", as the CLI writes it. */
export function jsonLine(json, file) {
  const { schema, ...rest } = JSON.parse(json);
  return JSON.stringify({ schema, file, ...rest });
}

/** Saves `text` as a file through a temporary blob: URL (no network involved). */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "article.txt" → "article.newslens.json" */
export function exportName(name, extension) {
  const base = name.replace(/\.[^./\\]*$/, '') || 'article';
  return `${base.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.newslens.${extension}`;
}
