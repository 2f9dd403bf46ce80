// Section 5: time and peak memory of the native CLI (`newslens analyze --format json FILE`, its
// output thrown away) as the input grows, and on pathological inputs. The inputs are made at run
// time in a temporary folder and removed afterwards.
//
// Each run is timed by a python3 wrapper (standard library only) around the one child process:
// wall-clock seconds, and peak memory = the child's maximum resident set size (getrusage
// RUSAGE_CHILDREN). Figures are medians over the runs. "idle" is the CLI on an empty file (start-up,
// the model, the lexicons); the marginal figures subtract it:
//   s/MB          (time - idle time) / input MB
//   growth/input  (peak - idle peak) / input bytes: the memory the input costs
// Targets: growth/input <= 10 (the raw peak/input is printed too; on small inputs the idle
// process dominates it), and linear: from one size to a size 10 times larger, the marginal s/MB
// may grow at most LINEAR_TIME times and growth/input at most LINEAR_MEMORY times (a quadratic
// stage would show 10x; a vector that doubles its capacity alone can account for up to 2x of
// memory). For the seed, the step judged is 10 -> 100 MB: at 1 MB the fixed costs (the idle
// process's freed buffers, reused by the input) still blur the marginal figures, so the
// 1 -> 10 MB step is printed for information.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { oneLine } from '../../tests/cli/bad-inputs.mjs';
import { fixed, median, printTable, verdict } from './table.mjs';

const MEMORY_TARGET = 10;
const LINEAR_TIME = 1.5;
const LINEAR_MEMORY = 2;
// More runs for small inputs (cheap, and noisier).
const runsFor = (bytes, runs) => (bytes < 5e6 ? Math.max(runs, 5) : runs);

const MEASURE = `
import resource, subprocess, sys, time
start = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
if r.returncode != 0:
    sys.exit('exit %d: %s' % (r.returncode, r.stderr.decode(errors='replace')[:500]))
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
`;

function measure(cli, path, runs) {
  const seconds = [];
  const peaks = [];
  for (let i = 0; i < runs; ++i) {
    const r = spawnSync('python3', ['-c', MEASURE, cli, 'analyze', '--format', 'json', path], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`newslens analyze ${path}: ${r.stderr}`);
    const [s, peak] = r.stdout.trim().split(' ').map(Number);
    seconds.push(s);
    peaks.push(peak);
  }
  return { seconds: median(seconds), peak: median(peaks) };
}

// Capitalized words that are names, places, organizations, titles and days, one after another
// in one paragraph with no sentence end: one endless candidate name for NER and the linker.
const CAPITALS = ['Maria', 'Lopez', 'Garcia', 'Senate', 'Obama', 'Paris', 'Texas', 'Kim', 'Tuesday',
                  'Apple', 'Jones', 'President', 'Washington', 'Mr.', 'Smith', 'John', 'Council',
                  'Boeing', 'Putin', 'Ukraine', 'New', 'York', 'Times', 'Berlin', 'Fed', 'Tom'];
function capitalizedWords(n) {
  const words = new Array(n);
  for (let i = 0; i < n; ++i) words[i] = CAPITALS[(i * 7) % CAPITALS.length];
  return Buffer.from(`Capitals\n\n${words.join(' ')}\n`);
}

// Each case at the size issue 6 names (`named`, whose memory is judged) and at a second size,
// ten times larger or smaller, for linearity. Both are large enough that the memory they take
// stands well above the idle process's (a 0.2 MB input grows the peak by less than the noise
// of measuring it, and a ratio of two such growths means nothing).
const PATHOLOGICAL = [
  { name: 'unbalanced marks', unit: 'marks', sizes: [100_000, 1_000_000], named: 0,
    about: '"Ruiz said “we will " repeated: opening marks after a cue, never closed',
    bytes: (n) => Buffer.from(`Unbalanced\n\n${'Ruiz said “we will '.repeat(n)}\n`) },
  // The bad-input suites' line: sentences with a quote, a speaker and values, then letters.
  { name: 'one line', unit: 'bytes', sizes: [10_000_000, 100_000_000], named: 1, bytes: oneLine,
    about: 'sentences with a quote, a speaker and values, and no line end' },
  { name: 'capitalized words', unit: 'words', sizes: [1_000_000, 10_000_000], named: 0,
    bytes: capitalizedWords,
    about: 'names, places, titles, days, one after another: one sentence, no punctuation' },
  { name: 'nested marks', unit: 'levels', sizes: [1_000_000, 10_000_000], named: 0,
    about: '“‘“‘ ... core ... ’”’” she said.',
    bytes: (n) => Buffer.from(`Nested\n\n${'“‘'.repeat(n / 2)}core${'’”'.repeat(n / 2)} she said.\n`) },
];

export function benchScaling({ build, seedPath, runs }) {
  const cli = join(build, 'native/newslens');
  const tmp = mkdtempSync(join(tmpdir(), 'newslens-bench-scaling-'));
  const targets = [];
  try {
    const write = (name, bytes) => {
      const path = join(tmp, name);
      writeFileSync(path, bytes);
      return { path, size: bytes.length };
    };
    const idle = measure(cli, write('empty.txt', Buffer.alloc(0)).path, runsFor(0, runs));
    const marginal = (m, size) => ({
      sPerMb: (m.seconds - idle.seconds) / (size / 1e6),
      growth: (m.peak - idle.peak) / size,
    });
    const rowOf = (label, size, m) => {
      const g = marginal(m, size);
      return [label, fixed(size / 1e6, 2), fixed(m.seconds, 2), fixed(g.sPerMb, 3), fixed(m.peak / 1e6, 0),
              `${fixed(m.peak / size, 1)}x`, `${fixed(g.growth, 1)}x`, verdict(g.growth <= MEMORY_TARGET)];
    };
    const header = ['input', '>MB', '>s', '>s/MB', '>peak MB', '>peak/input', '>growth/input', '<= 10x'];
    console.log(`native CLI, \`newslens analyze --format json FILE >/dev/null\`; median of ${runs} runs; ` +
                `idle (empty file): ${fixed(idle.seconds, 3)} s, peak ${fixed(idle.peak / 1e6, 1)} MB; ` +
                `1 MB = 10^6 bytes\n`);

    // The seed repeated to 1, 10 and 100 MB.
    const seed = readFileSync(seedPath);
    const sizes = [];
    for (const mb of [1, 10, 100]) {
      const copies = Math.round((mb * 1e6) / seed.length);
      const file = write(`seed-${mb}mb.txt`, Buffer.concat(new Array(copies).fill(seed)));
      sizes.push({ label: `the seed x${copies}`, ...file, m: measure(cli, file.path, runsFor(file.size, runs)) });
    }
    console.log('Scaling: the seed repeated');
    printTable(header, sizes.map((s) => rowOf(s.label, s.size, s.m)));
    const steps = sizes.slice(1).map((s, i) => {
      const a = marginal(sizes[i].m, sizes[i].size);
      const b = marginal(s.m, s.size);
      return { label: `${fixed(s.size / 1e6, 0)} MB vs ${fixed(sizes[i].size / 1e6, 0)} MB`,
               time: b.sPerMb / a.sPerMb, memory: b.growth / a.growth };
    });
    console.log();
    printTable(['step', '>s/MB ratio', '>growth ratio', `linear (<= ${LINEAR_TIME}x, <= ${LINEAR_MEMORY}x)`],
               steps.map((s, i) => [s.label, `${fixed(s.time)}x`, `${fixed(s.memory)}x`,
                                    i === 0 ? '(information)' : verdict(s.time <= LINEAR_TIME && s.memory <= LINEAR_MEMORY)]));
    const judged = steps[steps.length - 1];
    const largest = sizes[sizes.length - 1];
    const largestGrowth = marginal(largest.m, largest.size).growth;
    targets.push(
      { name: 'time linear (seed 10 -> 100 MB, s/MB ratio)', figure: `${fixed(judged.time)}x`,
        target: `<= ${LINEAR_TIME}x`, met: judged.time <= LINEAR_TIME },
      { name: 'memory linear (seed 10 -> 100 MB, growth ratio)', figure: `${fixed(judged.memory)}x`,
        target: `<= ${LINEAR_MEMORY}x`, met: judged.memory <= LINEAR_MEMORY },
      { name: 'peak memory, seed 100 MB (growth/input)', figure: `${fixed(largestGrowth, 1)}x`,
        target: `<= ${MEMORY_TARGET}x`, met: largestGrowth <= MEMORY_TARGET });
    const seedSPerMb = marginal(sizes[1].m, sizes[1].size).sPerMb;

    // Pathological inputs, each at two sizes ten times apart.
    console.log(`\nPathological inputs, each at two sizes, for linearity ("x seed": s/MB against the ` +
                `seed's at 10 MB)`);
    const rows = [];
    const verdicts = [];
    for (const p of PATHOLOGICAL) {
      const [small, full] = p.sizes.map((n, i) => {
        const file = write(`pathological-${PATHOLOGICAL.indexOf(p)}-${i}.txt`, p.bytes(n));
        return { n, ...file, m: measure(cli, file.path, runsFor(file.size, runs)) };
      });
      const a = marginal(small.m, small.size);
      const b = marginal(full.m, full.size);
      const time = b.sPerMb / a.sPerMb;
      const memory = b.growth / a.growth;
      const linear = time <= LINEAR_TIME && memory <= LINEAR_MEMORY;
      for (const [c, g] of [[small, a], [full, b]]) {
        rows.push([`${p.name}, ${c.n.toLocaleString('en-US')} ${p.unit}`, ...rowOf('', c.size, c.m).slice(1),
                   `${fixed(g.sPerMb / seedSPerMb, 1)}x`,
                   c === full ? `${fixed(time)}x, ${fixed(memory)}x; ${verdict(linear)}` : '']);
      }
      const named = p.named === 0 ? { c: small, g: a } : { c: full, g: b };
      verdicts.push({ p, named: named.c, growth: named.g.growth, time, memory, linear });
    }
    printTable([...header.map((h) => (h === 'input' ? 'case' : h)), '>x seed', 'vs the smaller: s/MB, growth; linear'],
               rows);
    console.log();
    for (const p of PATHOLOGICAL) console.log(`  ${p.name}: ${p.about}`);
    console.log();
    for (const v of verdicts) {
      const n = `${v.named.n.toLocaleString('en-US')} ${v.p.unit}`;
      targets.push({ name: `${v.p.name}, ${n}: memory growth/input`,
                     figure: `${fixed(v.growth, 1)}x`, target: `<= ${MEMORY_TARGET}x`, met: v.growth <= MEMORY_TARGET });
      const sizes = v.p.sizes.map((x) => x.toLocaleString('en-US')).join(' -> ');
      targets.push({ name: `${v.p.name}, ${sizes}: linear (s/MB, growth)`,
                     figure: `${fixed(v.time)}x, ${fixed(v.memory)}x`,
                     target: `<= ${LINEAR_TIME}x, ${LINEAR_MEMORY}x`, met: v.linear });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return targets;
}
