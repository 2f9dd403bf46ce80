// The benchmark corpus: the seed article and the PolNeAR texts (train and dev), read in place
// from the shared folder beside the checkout (BENCH_CORPUS, by default ../shared); nothing of it is
// copied into the repository.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The corpus's files under `root`, in a fixed order: the seed, then train, then dev. */
export function corpusFiles(root) {
  const base = resolve(root);
  const seed = join(base, 'eval/seed/article.txt');
  if (!existsSync(seed)) {
    throw new Error(`no corpus at ${base} (expected eval/seed/article.txt): set BENCH_CORPUS`);
  }
  const files = [seed];
  for (const split of ['train', 'dev']) {
    const dir = join(base, 'data/quotes/polnear', split, 'text');
    if (!existsSync(dir)) throw new Error(`no PolNeAR texts at ${dir}: set BENCH_CORPUS`);
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) files.push(join(dir, name));
  }
  return files;
}

/** The seed and the dev split only: the smaller corpus of the callgrind count. */
export function smallCorpusFiles(root) {
  return corpusFiles(root).filter((path, i) => i === 0 || path.includes('/polnear/dev/'));
}
