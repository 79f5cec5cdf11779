/** A 1-based place in a source file. */
export interface Position {
  line: number;
  column: number;
}

/** A parse failure that still knows where it happened (bad YAML, undecodable bytes, ragged CSV rows). */
export interface SyntaxProblem extends Position {
  code: 'yaml-syntax' | 'encoding' | 'csv-syntax' | 'csv-ragged-row' | 'unreadable-file';
  message: string;
}

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
