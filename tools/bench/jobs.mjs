// Section 6: the native CLI on several cores. `newslens analyze -j N` over the PolNeAR train
// texts (840 articles), with one job and with one per core, in alternating rounds so that the
// machine's moods fall on both; the figure is the ratio of the medians.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { fixed, median, printTable } from './table.mjs';

function timeRun(cli, jobs, files) {
  const started = process.hrtime.bigint();
  const run = spawnSync(cli, ['analyze', '--format', 'jsonl', '-j', String(jobs), ...files],
                        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`newslens analyze -j ${jobs} failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function benchJobs({ build, files, runs }) {
  const cli = join(build, 'native/newslens');
  const train = files.filter((path) => path.includes('/polnear/train/'));
  const cores = Math.max(2, cpus().length);
  const seconds = { 1: [], [cores]: [] };
  for (let round = 0; round < runs; round++) {
    for (const jobs of round % 2 ? [cores, 1] : [1, cores]) seconds[jobs].push(timeRun(cli, jobs, train));
  }
  const one = median(seconds[1]);
  const many = median(seconds[cores]);
  const speedup = one / many;
  console.log(`newslens analyze --format jsonl over the PolNeAR train texts (${train.length} files), ` +
              `median of ${runs} rounds:`);
  printTable(['jobs', '>seconds', '>files/s', '>speed-up'], [
    ['1', fixed(one, 2), fixed(train.length / one, 0), '1.00x'],
    [String(cores), fixed(many, 2), fixed(train.length / many, 0), `${fixed(speedup)}x`],
  ]);
  return [{ name: `-j ${cores} / -j 1 on PolNeAR train (${cores} cores)`, figure: `${fixed(speedup)}x`,
            target: '>= 1.7x', met: speedup >= 1.7 }];
}
