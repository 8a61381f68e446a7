// Where the measure scripts leave their figures for the report: one JSON file each, in the
// folder named by BENCH_RESULTS (bench/run.sh sets it).

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

// Other work on the machine shows in every figure: each result records the one-minute load
// average when its script started and when it finished, and the report prints them.
const loadAtStart = loadavg()[0];

export function resultsDir() {
  const dir = process.env.BENCH_RESULTS;
  if (!dir) throw new Error('BENCH_RESULTS must name the folder for the results (bench/run.sh sets it)');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function writeResult(name, value) {
  const load = { atStart: loadAtStart, atEnd: loadavg()[0] };
  writeFileSync(join(resultsDir(), `${name}.json`), `${JSON.stringify({ ...value, load }, null, 2)}\n`);
}

export function readResult(name) {
  const file = join(resultsDir(), `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** `--name value` pairs from the command line, as an object. */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`expected --name value pairs, got ${argv.join(' ')}`);
    args[argv[i].slice(2)] = argv[i + 1];
  }
  return args;
}

/**
 * Runs a measure script's main with its `--name value` arguments. When it cannot measure, the
 * reason goes to the report (as the result `{ error }`) and the script exits non-zero.
 */
export async function main(run) {
  const args = parseArgs();
  try {
    await run(args);
    process.exit(0);
  } catch (error) {
    console.error(`could not measure: ${error.stack ?? error}`);
    if (args.name) writeResult(args.name, { error: String(error.message ?? error).split('\n')[0] });
    process.exit(1);
  }
}
