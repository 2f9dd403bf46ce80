// Section 2: the native pipeline, stage by stage, against utf8proc's NFC of the same bytes
// (build/native/newslens-bench-pipeline, tools/bench/bench_pipeline.cc), timed; then the same
// under callgrind, whose instruction counts do not depend on what else the machine is doing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { count, fixed, printTable, verdict } from './table.mjs';

// The functions whose inclusive instruction counts make the table, as callgrind_annotate names
// them (demangled, "[abi:cxx11]" where the result is a std::string).
const STAGES = [
  ['decode', 'DecodeInput'],
  ['normalize', 'Normalize'],
  ['segment', 'Segment'],
  ['values', 'FindValues'],
  ['NER', 'TagNames'],
  ['entities', 'ClassifyTokens'],
  ['entities', 'LinkEntities'],
  ['entities', 'FindQuotationMarks'],
  ['entities', 'ResolveReferences'],
  ['quotes', 'FindQuotes'],
  ['JSON', 'ToJson'],
];

export function benchNative({ build, files, smallFiles, runs }) {
  const tool = join(build, 'native/newslens-bench-pipeline');
  console.log('Timed (steady_clock), the whole corpus:');
  const timed = spawnSync(tool, ['--rounds', String(runs), ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  process.stdout.write(timed.stdout.replace(/^/gm, '  ').replace(/^ {2}$/gm, ''));
  if (timed.status !== 0) throw new Error(`newslens-bench-pipeline failed: ${timed.stderr}`);
  const ratio = Number(/pipeline \/ floor: ([\d.]+)x/.exec(timed.stdout)[1]);
  const targets = [
    { name: 'native pipeline / NFC floor (time)', figure: `${fixed(ratio)}x`, target: '<= 4x', met: ratio <= 4 },
  ];

  console.log();
  const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (valgrind.status !== 0) {
    console.log('Instruction counts: skipped (valgrind is not installed: apt-get install valgrind)\n');
    return targets;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'newslens-bench-callgrind-'));
  try {
    const out = join(tmp, 'callgrind.out');
    const run = spawnSync('valgrind', [
      '--tool=callgrind', `--callgrind-out-file=${out}`, '--collect-atstart=no',
      '--toggle-collect=*RunStagesOnce*', '--toggle-collect=*RunFloorOnce*',
      tool, '--callgrind', ...smallFiles,
    ], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`callgrind failed: ${run.stderr}`);
    const annotate = spawnSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', out],
                               { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (annotate.status !== 0) throw new Error(`callgrind_annotate failed: ${annotate.stderr}`);
    const inclusive = (pattern) => {
      for (const line of annotate.stdout.split('\n')) {
        const m = /^\s*([\d,]+) /.exec(line);
        if (m && pattern.test(line)) return Number(m[1].replace(/,/g, ''));
      }
      return 0;
    };
    const fn = (name) => new RegExp(`:newslens::${name}(\\[abi:cxx11\\])?\\(`);
    const floor = inclusive(fn('UnicodeNormalizeReference'));
    const all = inclusive(/:\(anonymous namespace\)::RunStagesOnce\(/);
    const bytes = Number(/(\d+) bytes in/.exec(run.stdout)[1]);
    const rows = STAGES.map(([stage, name]) => [stage, name, inclusive(fn(name))]);
    const known = rows.reduce((t, r) => t + r[2], 0);
    rows.push(['other', 'document header, clock reads', all - known]);
    console.log(`Instruction counts (callgrind, one round, deterministic): the seed and PolNeAR dev, ` +
                `${smallFiles.length} documents, ${fixed(bytes / 1e6)} MB`);
    const line = (stage, name, ir) =>
      [stage, name, count(ir / 1e6), fixed(ir / bytes, 0), all ? `${fixed((100 * ir) / all, 1)}%` : '',
       `${fixed(ir / floor)}x`];
    printTable(['stage', 'function', '>M instr.', '>instr./byte', '>share', '>x floor'], [
      ...rows.map((r) => line(...r)),
      line('all stages', 'Analyze stages + ToJson', all).map((c, i) => (i === 4 ? '' : c)),
      line('floor', 'UnicodeNormalizeReference (NFC)', floor).map((c, i) => (i === 4 ? '' : c)),
    ]);
    const irRatio = all / floor;
    console.log(`\n  slowest stage by instructions: ${rows.slice(0, -1).sort((a, b) => b[2] - a[2])[0][0]}; ` +
                `pipeline / floor: ${fixed(irRatio)}x   target <= 4x: ${verdict(irRatio <= 4)}\n`);
    targets.push({ name: 'native pipeline / NFC floor (instructions)', figure: `${fixed(irRatio)}x`,
                   target: '<= 4x', met: irRatio <= 4 });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return targets;
}
