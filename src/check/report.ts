import type { Position } from '../load/position.ts';
import type { Code } from './catalogue.ts';
import type { Problem, Severity } from './problem.ts';

/** Collects problems from every loader and rule, so one run reports them all. */
export class Report {
  readonly problems: Problem[] = [];

  add(severity: Severity, file: string, at: Position, code: Code, message: string): void {
    this.problems.push({ file, line: at.line, column: at.column, severity, code, message });
  }

  error(file: string, at: Position, code: Code, message: string): void {
    this.add('error', file, at, code, message);
  }

  warning(file: string, at: Position, code: Code, message: string): void {
    this.add('warning', file, at, code, message);
  }

  hasErrors(file?: string): boolean {
    return this.problems.some((p) => p.severity === 'error' && (file === undefined || p.file === file));
  }
}
