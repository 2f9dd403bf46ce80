// A typed consumer of the npm package, checked by `tsc --noEmit` (tests/wasm/package.test.mjs)
// against the hand-written declarations, resolved through package.json's "exports".
import { createNewslens, NewslensError } from 'newslens';
import type { Analysis, Entity, Newslens, Quote, Span } from 'newslens';
import { createNewslens as createSingleFile } from 'newslens/single-file';
import { NewslensClient } from 'newslens/client';
import type { AnalyzedFile, WorkerRequest, WorkerResponse } from 'newslens/client';
import type { WorkerRequest as Request, WorkerResponse as Response } from 'newslens/worker';
import {
  ENTITY_TYPES, articleStyleSheet, renderArticle, renderArticleInParts, shortName, speakersOf, titleOf,
} from 'newslens/view';
import type { ArticleInParts, ArticleSpeaker, HighlightResult } from 'newslens/view';
import { NewslensArticleElement } from 'newslens/element';

export async function inNode(wasm: Uint8Array): Promise<string[]> {
  const newslens: Newslens = await createNewslens({ wasmBinary: wasm });
  const text = '“We will win,” said Anna Berg, the mayor.';
  const analysis: Analysis = newslens.analyze(text, { form: 'nfc', markup: 'text', fold: true });
  const quotes: Quote[] = analysis.quotes;
  const slices: string[] = quotes.flatMap((q) => q.spans.map((s: Span) => text.slice(s.start, s.end)));
  const speakerName: string | undefined = quotes[0]?.speaker?.name;
  const mentionStart: number | undefined = quotes[0]?.speaker?.start;
  const people: Entity[] = analysis.entities.filter((e) => e.type === 'PER' && e.gender !== 'female');
  const json: string = newslens.analyzeJson(new TextEncoder().encode(text));
  const decoded = newslens.decode(new Uint8Array([0x68, 0x69]));
  const encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' = decoded.encoding;
  const version: string = newslens.version;
  try {
    newslens.analyze('\u0000');
  } catch (error) {
    if (error instanceof NewslensError) {
      const code: string = error.code;
      const offset: number | null = error.offset;
      void code, offset;
    }
  }
  const fromFile: Newslens = await createNewslens();  // reads newslens.wasm beside the module
  void fromFile.version;
  const single = await createSingleFile();
  void single.analyze(text).document.title;
  const warningCodes: Array<'empty_text' | 'not_english'> =
    analysis.document.warnings.map((w) => w.code);
  void warningCodes;
  return [...slices, speakerName ?? '', String(mentionStart), json, encoding, version,
          ...people.map((p) => p.name), analysis.document.date ?? ''];
}

export async function inBrowser(container: HTMLElement, bytes: Uint8Array): Promise<void> {
  const client = new NewslensClient();
  const file: AnalyzedFile = await client.analyzeFile(bytes, { markup: 'text' });
  const { element, speakers, quoteElement, highlight, clearHighlight } =
    renderArticle(file.text, file.analysis, { legend: true, selectionBar: false });
  const values = file.analysis.values.map((v) => ({ start: v.start, end: v.end, label: v.value }));
  const shownValues: HighlightResult = highlight({ spans: values, description: 'values' });
  const byType: number = highlight({ type: ENTITY_TYPES[0]!.type }).count;
  const firstHit: HTMLElement | null = highlight({ entity: 'e1' }, { scroll: false }).first;
  const surname: string = file.analysis.entities[0] ? shortName(file.analysis.entities[0]) : '';
  clearHighlight();
  void shownValues, byType, firstHit, surname;
  const first: ArticleSpeaker | undefined = speakers[0];
  const badge: string = first?.badge ?? '';
  quoteElement('q1')?.focus();
  container.append(element);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, articleStyleSheet()];
  const title: string = titleOf(['President', 'US President']);
  const again: ArticleSpeaker[] = speakersOf(file.analysis);
  void badge, title, again;

  // A long article: the analysis received in parts, drawn in parts, either one cancellable.
  const long: AnalyzedFile = await client.analyzeFile(bytes, {}, {
    onProgress: ({ received, total }) => void (received / total),
  });
  const parts: ArticleInParts = renderArticleInParts(long.text, long.analysis, {
    idPrefix: 'long', sliceMs: 8, onProgress: ({ drawn, total }) => void (drawn / total),
  });
  container.append(parts.element);
  const quote: HTMLElement | null = await parts.revealQuote('q1');
  quote?.focus();
  const complete: boolean = await parts.done;
  void complete, parts.drawnParagraphs, parts.totalParagraphs;
  parts.cancel();
  client.cancel();

  NewslensArticleElement.useEngine(createSingleFile());  // elements wait for it to load
  NewslensArticleElement.useEngine(client);
  const article = document.createElement('newslens-article');
  article.setAttribute('src', 'article.txt');
  article.addEventListener('newslens-analyzed', (event) => {
    const analysis: Analysis = event.detail.analysis;
    void analysis.quotes.length;
  });
  article.addEventListener('newslens-highlight', (event) => {
    const description: string | null = event.detail.description;
    if (event.detail.target === null) article.clearHighlight();
    void description;
  });
  document.body.append(article);
  const hit: number | undefined = article.highlight({ type: 'LOC' })?.count;
  void hit;
  const shown: Analysis | null = article.analysis;
  void shown;

  const request: WorkerRequest = { id: 1, action: 'analyze', text: 'x' };
  const response: WorkerResponse = { id: 1, error: { name: 'NewslensError', code: 'not_text', message: 'm', offset: 3 } };
  const part: WorkerResponse = { id: 1, part: { path: ['analysis', 'quotes'], items: [] } };
  const sameRequest: Request = request;
  const sameResponse: Response = response;
  void request, response, part, sameRequest, sameResponse;
  client.terminate();
}
