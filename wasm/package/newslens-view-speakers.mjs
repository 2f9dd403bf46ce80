// Who said what, as the view names it (newslens-view.mjs re-exports these): the speakers of an
// article with their colour slots and badges, a quote's description, the labels of quote kinds,
// paragraph roles and entity types. No DOM: these run in Node too.

/** Speakers get slots 1..SPEAKER_SLOTS (colours and line styles), in order of quote count. */
export const SPEAKER_SLOTS = 7;

export const KIND_LABELS = { direct: 'direct quote', mixed: 'mixed quote', partial: 'partial quote',
                             indirect: 'reported speech' };
export const ROLE_LABELS = { headline: 'Headline', caption: 'Caption', byline: 'Byline', dateline: 'Dateline' };
export const TYPE_LABELS = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other name' };

/** The entity types in the order legends and panels show them, with their plural names. */
export const ENTITY_TYPES = [
  { type: 'PER', name: 'People' }, { type: 'ORG', name: 'Organizations' },
  { type: 'LOC', name: 'Places' }, { type: 'MISC', name: 'Other names' },
];

/** The key that groups a quote's speaker: the entity when there is one, else the phrase. */
export function speakerKey(quote) {
  const speaker = quote.speaker;
  if (!speaker) return 'none';
  return speaker.entity ? `entity:${speaker.entity}` : `name:${speaker.name.toLowerCase()}`;
}

/**
 * A person's titles without those another one contains ("President" beside "US President"),
 * joined by commas; '' when there is none.
 */
export function titleOf(titles) {
  const list = titles ?? [];
  return list.filter((t) => !list.some((o) => o !== t && o.endsWith(` ${t}`))).join(', ');
}

function initialsOf(name) {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const picked = words.length >= 2 ? [words[0], words.at(-1)] : words.length ? words : [name.trim()];
  return picked.map((w) => [...w][0] ?? '').join('').toUpperCase() || '?';
}

/**
 * The speakers of an analysis, most quoted first, each with its quotes, a colour slot (0 for
 * the quotes whose speaker was not found, which come last) and a short badge (initials, unique
 * within the article) shown on its quotes so that colour is never the only cue.
 */
export function speakersOf(analysis) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  // Grouped as speakerKey() says, without its string for each of a long article's quotes.
  const [byEntity, byName, byKey] = [new Map(), new Map(), new Map()];
  analysis.quotes.forEach((quote, index) => {
    const phrase = quote.speaker;
    const group = !phrase ? byKey : phrase.entity ? byEntity : byName;
    const id = !phrase ? 'none' : phrase.entity || phrase.name.toLowerCase();
    let speaker = group.get(id);
    if (!speaker) {
      const entity = quote.speaker?.entity ? entities.get(quote.speaker.entity) : undefined;
      speaker = {
        key: speakerKey(quote),
        name: quote.speaker?.name ?? 'No speaker found',
        entity: entity?.id ?? null,
        title: titleOf(entity?.titles),
        quotes: [],
        firstIndex: index,
        slot: 0,
        badge: '?',
      };
      group.set(id, speaker);
    }
    speaker.quotes.push(quote);
  });
  const speakers = [...byEntity.values(), ...byName.values(), ...byKey.values()].sort((a, b) =>
    (a.key === 'none') - (b.key === 'none') || b.quotes.length - a.quotes.length ||
    a.firstIndex - b.firstIndex);
  const badges = new Set();
  speakers.forEach((speaker, i) => {
    if (speaker.key === 'none') return;
    speaker.slot = (i % SPEAKER_SLOTS) + 1;
    let badge = initialsOf(speaker.name);
    for (let n = 2; badges.has(badge); n++) badge = `${initialsOf(speaker.name)}${n}`;
    badges.add(badge);
    speaker.badge = badge;
  });
  return speakers;
}

/** A one-line description of a quote: who, their title, the cue, the kind, the confidence. */
export function describeQuote(quote, speaker) {
  const who = quote.speaker ? `Quote by ${speaker.name}${speaker.title ? `, ${speaker.title}` : ''}.`
                            : 'Quote with no speaker found.';
  const cue = quote.cue ? `, cue “${quote.cue.text}”` : '';
  return `${who} ${capitalize(KIND_LABELS[quote.kind] ?? quote.kind)}${cue}, confidence ` +
         `${quote.confidence.toFixed(2)}.`;
}

export function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * How a pronoun or description names the entity it refers to, in a label after it: a person
 * by surname ("he → Trump"), anything else by its name, shortened past 24 characters.
 */
export function shortName(entity) {
  const name = entity.type === 'PER' ? entity.name.split(/\s+/).at(-1) : entity.name;
  return name.length > 24 ? `${name.slice(0, 23)}…` : name;
}

export function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
