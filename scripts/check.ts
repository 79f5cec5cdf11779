// `npm run check -- [--content DIR] [--format text|json]`: validate the content tree, change nothing.
import { existsSync } from 'node:fs';
import { checkContent, countProblems, formatProblem, summaryLine } from '../src/check/index.ts';
import { catalogue } from '../src/check/catalogue.ts';
import { parseCommandArgs } from './args.ts';

const { values } = parseCommandArgs({
  content: { type: 'string', default: 'content' },
  format: { type: 'string', default: 'text' },
});
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`usage error: --format must be text or json, not "${values.format}"`);
  process.exit(2);
}
if (!existsSync(values.content)) {
  console.error(`error: content folder "${values.content}" does not exist`);
  process.exit(2);
}
const { problems, filesChecked } = checkContent(values.content);
if (values.format === 'json') {
  const rows = problems.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message, hint: catalogue[code].hint }));
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(summaryLine(problems, filesChecked));
}
process.exitCode = countProblems(problems).errors > 0 ? 1 : 0;
