#!/usr/bin/env node
// Builds core/ner/gazetteer.tsv, the name lists the NER tagger's gazetteer features look up.
//
//   node tools/train-ner/make-gazetteer.mjs \
//     --first-names ../shared/data/lexicons/first-names.tsv \
//     --cities ../shared/data/lexicons/cities.tsv \
//     --iso-codes /usr/share/iso-codes/json \
//     --nationality node_modules/i18n-nationality \
//     --compromise node_modules/compromise \
//     --faker node_modules/@faker-js/faker \
//     --words /usr/share/dict/american-english > core/ner/gazetteer.tsv
//
// Every list comes from a permissively licensed source (see core/ner/MODEL.md): the output is a
// derived, filtered, re-tokenized list, never a copy of a source file. The output is sorted, so
// the same sources always give the same bytes (the model stores a fingerprint of this file).
//
// Output: a header of '#' comment lines, then per category a `[category]` line and its entries,
// one per line; an entry is one or more tokens separated by single spaces, tokenized the way newslens' tokenizer (and CoNLL) split
// words: "'s" and "n't" apart, other punctuation inside words kept.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) {
      throw new Error(`usage: make-gazetteer.mjs --first-names F --cities F --iso-codes DIR ` +
                      `--nationality DIR --compromise DIR --faker DIR --words FILE (bad argument '${argv[i]}')`);
    }
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const k of ['first-names', 'cities', 'iso-codes', 'nationality', 'compromise', 'faker', 'words']) {
    if (!args[k]) throw new Error(`missing --${k}`);
  }
  return args;
}

// Splits an entry into tokens the way the tagger will see the words of a text.
function tokenize(entry) {
  const out = [];
  for (const raw of entry.trim().split(/\s+/)) {
    if (!raw) continue;
    let word = raw.replace(/[’‘]/g, "'");
    // A trailing comma or closing parenthesis is punctuation of its own.
    const trail = [];
    while (/[,)]$/.test(word) && word.length > 1) {
      trail.unshift(word.slice(-1));
      word = word.slice(0, -1);
    }
    const lead = [];
    while (/^[(]/.test(word) && word.length > 1) {
      lead.push(word[0]);
      word = word.slice(1);
    }
    out.push(...lead);
    const clitic = /^(.+?)('s|n't)$/i.exec(word);
    if (clitic) out.push(clitic[1], clitic[2]); else out.push(word);
    out.push(...trail);
  }
  return out.join(' ');
}

const args = parseArgs(process.argv.slice(2));
const entries = new Map();  // "category\tentry" -> true
const sourceNotes = [];
// Longer entries are official names nobody writes in running text.
const kMaxEntryTokens = 6;
function add(category, name) {
  if (!name) return;
  // "Zürich (Kreis 9) / Altstetten": the parts, without the parenthesised notes.
  for (const part of name.replace(/\([^)]*\)/g, ' ').split(/\s+\/\s+/)) {
    const entry = tokenize(part);
    // Single letters and pure numbers say nothing about a name.
    if (entry.length < 2 || /^[0-9 .,-]+$/.test(entry) || entry.startsWith('[')) continue;
    if (entry.split(' ').length > kMaxEntryTokens) continue;
    entries.set(`${category}\t${entry}`, true);
  }
}

// First names: US Social Security Administration counts (public domain), the names given to at
// least kMinBirths babies, so that rare spellings that are also words stay out.
const kMinBirths = 2000;
{
  const lines = readFileSync(args['first-names'], 'utf8').split('\n');
  let kept = 0;
  for (const line of lines.slice(1)) {
    const [name, female, male] = line.split('\t');
    if (!name || Number(female) + Number(male) < kMinBirths) continue;
    add('first', name);
    ++kept;
  }
  sourceNotes.push(`first: ${kept} names with >= ${kMinBirths} US births (SSA, public domain, ` +
                   `via first-names.tsv)`);
}

// Cities (GeoNames cities15000 via datasets/world-cities, CC BY 4.0) and their first-level
// divisions as regions.
{
  const lines = readFileSync(args.cities, 'utf8').split('\n');
  const cities = new Set();
  const regions = new Set();
  for (const line of lines.slice(1)) {
    const [name, , subcountry] = line.split('\t');
    if (name) cities.add(name);
    if (subcountry) regions.add(subcountry);
  }
  for (const c of cities) add('city', c);
  for (const r of regions) add('region', r);
  sourceNotes.push(`city, region: ${cities.size} city names and ${regions.size} first-level ` +
                   `divisions from GeoNames (CC BY 4.0), names unchanged, deduplicated`);
}

// Countries: ISO 3166-1 short, common and official names from Debian's iso-codes (LGPL-2.1+
// package; the names themselves are facts of the ISO 3166 standard). Names in the inverted
// "Korea, Republic of" form are skipped; their common name is used.
{
  const dir = args['iso-codes'];
  const countries = JSON.parse(readFileSync(join(dir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
  for (const c of countries) {
    for (const n of [c.name, c.common_name, c.official_name]) {
      if (n && !n.includes(',')) add('country', n);
    }
  }
  const former = JSON.parse(readFileSync(join(dir, 'iso_3166-3.json'), 'utf8'))['3166-3'];
  for (const c of former) {
    if (c.name && !c.name.includes(',')) add('country', c.name);
  }
  // The abbreviations news writes for countries, which ISO 3166 does not name (written for
  // newslens).
  const abbreviations = ['U.S.', 'US', 'U.S.A.', 'USA', 'U.K.', 'UK', 'UAE', 'U.A.E.', 'DRC', 'PRC',
                         'DPRK', 'ROK'];
  for (const n of abbreviations) add('country', n);
  sourceNotes.push(`country: ISO 3166-1 and 3166-3 names from Debian iso-codes ` +
                   `(${countries.length} + ${former.length} countries), and ` +
                   `${abbreviations.length} abbreviations news uses`);
}

// Nationalities: i18n-nationality's English list (MIT). Some of its entries are territory names,
// not adjectives; those (and parenthesised notes) are dropped.
{
  const dir = args.nationality;
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const en = JSON.parse(readFileSync(join(dir, 'langs', 'en.json'), 'utf8')).nationalities;
  let kept = 0;
  for (const value of Object.values(en)) {
    for (const part of String(value).replace(/\(.*?\)/g, '').split(/\s+-\s+|\//)) {
      const name = part.trim();
      if (!name || name.includes(',') ||
          /\b(Island|Islands|Territory|Territories|Lands)\b/.test(name)) {
        continue;
      }
      add('demonym', name);
      ++kept;
    }
  }
  sourceNotes.push(`demonym: ${kept} English nationality adjectives from i18n-nationality ` +
                   `${version} (MIT, (c) 2016 widdix GmbH)`);
}

// compromise's lexicon (MIT, (c) 2019 Spencer Kelly): its people, places, organisations,
// demonyms, honorifics and role nouns, and its common English words (verbs, adjectives, nouns)
// as evidence that a capitalised word is an ordinary word.
{
  const dir = resolve(args.compromise);
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const nlp = (await import(pathToFileURL(join(dir, 'src', 'three.js')).href)).default;
  const lexicon = nlp.model().one.lexicon;
  const byTag = [
    ['MaleName', 'first'], ['FemaleName', 'first'], ['FirstName', 'first'],
    ['LastName', 'last'], ['Person', 'person'],
    ['Country', 'country'], ['City', 'city'], ['Region', 'region'], ['Place', 'place'],
    ['Organization', 'org'], ['SportsTeam', 'org'],
    ['Demonym', 'demonym'],
    ['Honorific', 'title'], ['Actor', 'role'],
  ];
  const common = new Set(['Adjective', 'Adverb', 'Verb', 'Infinitive', 'PresentTense',
                          'PastTense', 'Gerund', 'Participle', 'Noun', 'Singular', 'Plural',
                          'Uncountable', 'Comparative', 'Superlative', 'Preposition',
                          'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Expression',
                          'QuestionWord', 'Copula', 'Negative', 'Adverb']);
  const names = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Country',
                         'City', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym',
                         'ProperNoun', 'Abbreviation', 'Month', 'WeekDay']);
  const counts = {};
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    for (const [t, category] of byTag) {
      if (tags.includes(t)) {
        // Abbreviated places ("calif", "rd") and honorifics are not whole names.
        if (category === 'place' && tags.includes('Abbreviation')) continue;
        add(category, word);
        counts[category] = (counts[category] || 0) + 1;
      }
    }
    if (tags.some((t) => common.has(t)) && !tags.some((t) => names.has(t)) &&
        !word.includes(' ')) {
      add('common', word);
      counts.common = (counts.common || 0) + 1;
    }
  }
  // The nouns that signal an organisation's name (bank, university, party ...) and a place's
  // (river, lake, street ...).
  const orgWords = (await import(pathToFileURL(
      join(dir, 'src', '2-two', 'preTagger', 'model', 'orgWords.js')).href)).default;
  for (const w of Object.keys(orgWords)) add('orgword', w);
  const placeWords = (await import(pathToFileURL(
      join(dir, 'src', '2-two', 'preTagger', 'model', 'placeWords.js')).href)).default;
  for (const w of Object.keys(placeWords)) add('placeword', w);
  const summary = Object.entries(counts).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  sourceNotes.push(`compromise ${version} lexicon: ${summary}; orgword ${Object.keys(orgWords).length}, ` +
                   `placeword ${Object.keys(placeWords).length}`);
}

// One section per category, entries sorted by code unit, so equal sources give equal bytes.
// International first and last names, and company-form suffixes (GmbH, S.A.), from the locale
// data of @faker-js/faker (MIT). Only names written in Latin letters: English text transliterates.
{
  const dir = resolve(args.faker);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { allLocales } = await import(pathToFileURL(join(dir, 'dist', 'index.js')).href);
  const latin = /^[\p{Script=Latin}' .-]+$/u;
  const flat = (v) => (v == null ? [] : Array.isArray(v) ? v : Object.values(v).flat());
  const counts = { first: 0, last: 0, orgword: 0 };
  for (const name of Object.keys(allLocales).sort()) {
    const locale = allLocales[name];
    const person = locale.person || {};
    for (const [key, category] of [['first_name', 'first'], ['last_name', 'last']]) {
      for (const n of flat(person[key])) {
        if (typeof n === 'string' && latin.test(n)) {
          add(category, n);
          ++counts[category];
        }
      }
    }
    for (const n of flat((locale.company || {}).legal_entity_type)) {
      if (typeof n === 'string' && latin.test(n)) {
        add('orgword', n);
        ++counts.orgword;
      }
    }
  }
  sourceNotes.push(`first, last, orgword: ${counts.first} first names, ${counts.last} last ` +
                   `names, ${counts.orgword} company forms from @faker-js/faker ${pkg.version} ` +
                   `locale data (MIT, (c) 2022-2025 Faker)`);
}

// English words from SCOWL (Debian's wamerican; Kevin Atkinson's permissive licence, see
// MODEL.md): lower-case entries are common words, capitalised ones names of some kind.
{
  let common = 0, proper = 0;
  for (const word of readFileSync(args.words, 'utf8').split('\n')) {
    if (!word || word.endsWith("'s")) continue;
    if (/^[a-z]/.test(word)) {
      add('common', word);
      ++common;
    } else if (/^[A-Z]/.test(word)) {
      add('proper', word);
      ++proper;
    }
  }
  sourceNotes.push(`common, proper: ${common} lower-case and ${proper} capitalised words from ` +
                   `SCOWL (${args.words}, (c) 2000-2011 Kevin Atkinson and others, permissive)`);
}

const byCategory = new Map();
for (const key of entries.keys()) {
  const [category, entry] = key.split('\t');
  if (!byCategory.has(category)) byCategory.set(category, []);
  byCategory.get(category).push(entry);
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const body = [];
for (const category of [...byCategory.keys()].sort(byCodeUnit)) {
  body.push(`[${category}]`, ...byCategory.get(category).sort(byCodeUnit));
}
const header = [
  '# newslens NER gazetteer: a [category] line, then its entries, one per line (tokens separated by',
  '# one space).',
  '# Generated by tools/train-ner/make-gazetteer.mjs; do not edit. Sources (see core/ner/MODEL.md):',
  ...sourceNotes.map((n) => `#   ${n}`),
  '# Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0',
  '# (https://creativecommons.org/licenses/by/4.0/); list prepared by the datasets/world-cities',
  '# project. Changes: names deduplicated, tokenized; countries and populations dropped.',
];
process.stdout.write(header.join('\n') + '\n' + body.join('\n') + '\n');
