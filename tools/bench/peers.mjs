// Section 1: newslens (the WebAssembly module in Node) against compromise and wink-nlp, in this
// process, over the same documents, in the same run.
//
// Each document is one string, analysed on its own by each tool:
//   newslens    analyze(text): the whole analysis as JS objects (entities, values, quotes, spans)
//   compromise  nlp(text), then .people(), .places(), .organizations() and .quotations(), each
//               as an array of strings (.out('array'))
//   wink-nlp    readDoc(text) with wink-eng-lite-web-model, then .entities().out()
// One untimed warm-up pass (20 documents each: JIT, lazy lexicons), then `runs` rounds; every
// round times one pass of each tool over the whole corpus (the order rotating from round to
// round, a garbage collection before each pass when node runs with --expose-gc). Loading the
// modules and models is not timed. Figures are medians over the rounds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { count, fixed, median, printTable, verdict } from './table.mjs';

async function loadTools(build) {
  const { createNewslens } = await import(join(build, 'wasm/newslens.mjs'));
  const newslens = await createNewslens({
    wasmBinary: readFileSync(join(build, 'wasm/newslens.wasm')),
  });
  const { default: nlp } = await import('compromise');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const wink = winkNLP(model);

  const tools = [
    {
      name: 'newslens',
      detail: `${newslens.version}, wasm in Node: analyze()`,
      pass(docs) {
        const found = { entities: 0, mentions: 0, values: 0, quotes: 0 };
        for (const text of docs) {
          const a = newslens.analyze(text);
          found.entities += a.entities.length;
          for (const e of a.entities) found.mentions += e.mentions.length;
          found.values += a.values.length;
          found.quotes += a.quotes.length;
        }
        return `${count(found.entities)} entities (${count(found.mentions)} mentions), ` +
               `${count(found.values)} values, ${count(found.quotes)} quotes`;
      },
    },
    {
      name: 'compromise',
      detail: `${versionOf('compromise')}: people/places/organizations/quotations`,
      pass(docs) {
        const found = { people: 0, places: 0, organizations: 0, quotations: 0 };
        for (const text of docs) {
          const doc = nlp(text);
          found.people += doc.people().out('array').length;
          found.places += doc.places().out('array').length;
          found.organizations += doc.organizations().out('array').length;
          found.quotations += doc.quotations().out('array').length;
        }
        return `${count(found.people)} people, ${count(found.places)} places, ` +
               `${count(found.organizations)} organizations, ${count(found.quotations)} quotations`;
      },
    },
    {
      name: 'wink-nlp',
      detail: `${versionOf('wink-nlp')} + wink-eng-lite-web-model ${versionOf('wink-eng-lite-web-model')}: entities`,
      pass(docs) {
        let entities = 0;
        const types = new Map();
        for (const text of docs) {
          const doc = wink.readDoc(text);
          const found = doc.entities();
          entities += found.out().length;
          for (const type of found.out(wink.its.type)) types.set(type, (types.get(type) ?? 0) + 1);
        }
        const top = [...types].sort((a, b) => b[1] - a[1]).slice(0, 3)
          .map(([type, n]) => `${type} ${count(n)}`).join(', ');
        return `${count(entities)} entities (${top}, ...; no PERSON/ORG types)`;
      },
    },
  ];
  return { tools, engine: newslens };
}

function versionOf(name) {
  // Resolved from this repository's node_modules, as the imports are.
  const path = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
  return JSON.parse(readFileSync(path, 'utf8')).version;
}

export async function benchPeers({ build, files, runs }) {
  const docs = files.map((path) => readFileSync(path, 'utf8'));
  const bytes = docs.reduce((total, text) => total + Buffer.byteLength(text), 0);
  const { tools, engine } = await loadTools(build);
  const newslens = tools[0];

  // Tokens: newslens's token_count of every document, the same count for every tool (so
  // tokens/s compares as MB/s does); whitespace-separated words shown beside it.
  let tokens = 0;
  let words = 0;
  for (const text of docs) {
    tokens += engine.analyze(text).document.token_count;
    words += text.split(/\s+/).filter(Boolean).length;
  }

  for (const tool of tools) tool.pass(docs.slice(0, 20));  // warm-up
  const seconds = new Map(tools.map((t) => [t.name, []]));
  const found = new Map();
  for (let round = 0; round < runs; ++round) {
    for (let k = 0; k < tools.length; ++k) {
      const tool = tools[(round + k) % tools.length];
      globalThis.gc?.();
      const start = process.hrtime.bigint();
      found.set(tool.name, tool.pass(docs));
      seconds.get(tool.name).push(Number(process.hrtime.bigint() - start) / 1e9);
    }
  }

  console.log(`${docs.length} documents, ${fixed(bytes / 1e6)} MB (UTF-8 bytes, 1 MB = 10^6 bytes), ` +
              `${count(tokens)} tokens (newslens's token_count, used for every tool; ` +
              `${count(words)} whitespace-separated words); Node ${process.versions.node}; ` +
              `median of ${runs} rounds\n`);
  const ours = median(seconds.get(newslens.name));
  printTable(
    ['tool', '>s/pass', '>min', '>max', '>MB/s', '>tokens/s', '>newslens vs it', 'what one pass finds'],
    tools.map((tool) => {
      const s = median(seconds.get(tool.name));
      const all = seconds.get(tool.name);
      return [tool.name, fixed(s, 3), fixed(Math.min(...all), 3), fixed(Math.max(...all), 3),
              fixed(bytes / 1e6 / s, 3), count(tokens / s),
              tool === newslens ? '' : `${fixed(s / ours, 1)}x`, found.get(tool.name)];
    }));
  console.log();
  for (const tool of tools) console.log(`  ${tool.name}: ${tool.detail}`);
  console.log();

  const vsCompromise = median(seconds.get('compromise')) / ours;
  const vsWink = median(seconds.get('wink-nlp')) / ours;
  const targets = [
    { name: 'newslens / compromise, MB/s', figure: `${fixed(vsCompromise, 1)}x`, target: '>= 100x', met: vsCompromise >= 100 },
    { name: 'newslens / wink-nlp, MB/s', figure: `${fixed(vsWink, 1)}x`, target: '>= 5x', met: vsWink >= 5 },
  ];
  printTable(['ratio (MB/s and tokens/s alike)', '>figure', 'target', 'verdict'],
             targets.map((t) => [t.name, t.figure, t.target, verdict(t.met)]));
  return targets;
}
