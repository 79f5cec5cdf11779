// `npm run bench -- [--sizes 1000,4000] [--runs 3] [--quick] [--json FILE] [--corpus DIR | --no-corpus] [--seed N] [--keep]`
// Build time, memory and output of Bangyang against a plain Astro + pagefind floor. Not part of
// `npm test`. Progress goes to stderr; a table and, as the very last line, one JSON object to stdout.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable, runBench } from '../src/bench/run.ts';
import { parseCommandArgs } from './args.ts';

const { values } = parseCommandArgs({
  sizes: { type: 'string', default: '1000,4000' },
  runs: { type: 'string', default: '3' },
  quick: { type: 'boolean', default: false },
  json: { type: 'string', default: join(process.env.TMPDIR || tmpdir(), 'bangyang-bench.json') },
  corpus: { type: 'string', default: '/work/shared/corpus/weekly' },
  'no-corpus': { type: 'boolean', default: false },
  seed: { type: 'string', default: '1' },
  query: { type: 'string', default: '绩效评估' },
  budget: { type: 'string', default: '780' },
  keep: { type: 'boolean', default: false },
});

const sizes = (values.quick ? '1000' : values.sizes).split(',').map((n) => Number(n.trim()));
const runs = values.quick ? 1 : Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage error: --sizes takes whole numbers separated by commas, --runs a whole number of at least 1');
  process.exit(2);
}

try {
  const report = await runBench({
    sizes,
    runs,
    corpus: values.quick || values['no-corpus'] ? undefined : values.corpus,
    json: values.json,
    seed: Number(values.seed),
    keep: values.keep,
    budgetS: Number(values.budget),
    searchQuery: values.query,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log('');
  console.log(formatTable(report));
  console.log(`\nfigures written to ${values.json}`);
  console.log(JSON.stringify(report.summary));
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(2);
}
