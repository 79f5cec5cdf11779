// `npm run build -- [--content DIR] [--out DIR] [--base /path/]`: exit 0 built, 1 content errors, 2 other failure.
import { existsSync } from 'node:fs';
import { buildSite } from '../src/build/build-site.ts';
import { parseCommandArgs } from './args.ts';

const { values } = parseCommandArgs({
  content: { type: 'string', default: 'content' },
  out: { type: 'string', default: 'dist' },
  base: { type: 'string', default: '/' },
});
if (!existsSync(values.content)) {
  console.error(`error: content folder "${values.content}" does not exist`);
  process.exit(2);
}
const outcome = await buildSite({ content: values.content, out: values.out, base: values.base });
if (outcome.status === 'content-errors') process.exit(1);
if (outcome.status === 'failed') {
  console.error('build failed; the previous output was left untouched:');
  console.error(outcome.error instanceof Error ? (outcome.error.stack ?? outcome.error.message) : outcome.error);
  process.exit(2);
}
const phases = Object.entries(outcome.timings).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)}s`).join(', ');
console.log(`✔ built ${values.out} (${phases})`);
process.exit(0);
