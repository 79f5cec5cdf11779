// `npm run archive -- <stage> [--content DIR] [--date YYYY-MM-DD]`: freeze an assessed stage.
// `npm run archive -- <stage> --amend --reason "…" [--rescore]`: record a deliberate correction.
// Exit codes: 0 done, 1 content errors or refused (nothing changed), 2 usage.
import { existsSync } from 'node:fs';
import { archiveStage } from '../src/archive/archive-stage.ts';
import { parseCommandArgs } from './args.ts';

const usage = 'usage: npm run archive -- <stage-id> [--content DIR] [--date YYYY-MM-DD] [--amend --reason "…" [--rescore]]';
const { values, positionals } = parseCommandArgs({
  content: { type: 'string', default: 'content' },
  date: { type: 'string' },
  amend: { type: 'boolean', default: false },
  reason: { type: 'string' },
  rescore: { type: 'boolean', default: false },
});
const fail = (message: string): never => {
  console.error(`usage error: ${message}\n${usage}`);
  process.exit(2);
};
if (positionals.length !== 1) fail(positionals.length ? `one stage id expected, got ${positionals.length}` : 'which stage? give its id');
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) fail(`--date must be YYYY-MM-DD, not "${values.date}"`);
const calendarDay = (d: string) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
};
if (values.date !== undefined && !calendarDay(values.date)) fail(`--date "${values.date}" is not a calendar date`);
if (values.amend && !values.reason?.trim()) fail('--amend needs --reason "…": say why the archived stage is corrected; it is kept in the record');
if (!values.amend && values.reason !== undefined) fail('--reason only goes with --amend');
if (!values.amend && values.rescore) fail('--rescore only goes with --amend');
if (!existsSync(values.content)) {
  console.error(`error: content folder "${values.content}" does not exist`);
  process.exit(2);
}

const outcome = archiveStage({
  content: values.content,
  stage: positionals[0],
  date: values.date,
  amend: values.amend,
  reason: values.reason?.trim(),
  rescore: values.rescore,
});
for (const line of outcome.lines) console.log(line);
process.exitCode = outcome.status === 'refused' ? 1 : 0;
