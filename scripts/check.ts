// `npm run check -- [--content DIR] [--format text|json]`: validate the content tree, change nothing.
// Exit codes (cli.md): 0 clean or warnings only, 1 content errors, 2 usage or environment error.
import { statSync } from 'node:fs';
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
const isFolder = (() => {
  try {
    return statSync(values.content).isDirectory();
  } catch {
    return false;
  }
})();
if (!isFolder) {
  console.error(`error: content folder "${values.content}" does not exist or is not a folder`);
  process.exit(2);
}

let result: ReturnType<typeof checkContent>;
try {
  result = checkContent(values.content);
} catch (error) {
  // Content problems are always reported as lines; reaching here is a bug in the checker itself.
  // One line for the editor, the stack only on request, so no one faces a trace over a typo.
  console.error(`internal error while checking "${values.content}": ${(error as Error).message}`);
  if (process.env.BANGYANG_DEBUG) console.error((error as Error).stack);
  else console.error('please report this; run with BANGYANG_DEBUG=1 for details');
  process.exit(2);
}
const { problems, filesChecked } = result;
if (values.format === 'json') {
  const rows = problems.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message, hint: catalogue[code].hint }));
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(summaryLine(problems, filesChecked));
}
process.exitCode = countProblems(problems).errors > 0 ? 1 : 0;
