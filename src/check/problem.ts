import type { Code } from './catalogue.ts';

export type Severity = 'error' | 'warning';

/** One thing wrong in the content tree, at a place an editor can jump to. */
export interface Problem {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: Code;
  message: string;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.severity}[${problem.code}] ${problem.message}`;
}

export function countProblems(problems: Problem[]) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The line that ends every report, so a long list never leaves the reader guessing whether it passed. */
export function summaryLine(problems: Problem[], filesChecked: number): string {
  const { errors, warnings } = countProblems(problems);
  const files = new Set(problems.map((p) => p.file)).size;
  if (errors === 0 && warnings === 0) return `✔ no problems in ${plural(filesChecked, 'file')}`;
  const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
  return `${errors ? '✖' : '⚠'} ${counts} in ${plural(files, 'file')} (${plural(filesChecked, 'file')} checked)`;
}
