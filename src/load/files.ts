import { readFileSync } from 'node:fs';
import { parseCsv, type CsvSource } from './csv.ts';
import { decodeText, type TextEncoding } from './encoding.ts';
import { parseMarkdownFile, type MarkdownSource } from './frontmatter.ts';
import type { SyntaxProblem } from './position.ts';
import { parseYaml, type YamlSource } from './yaml.ts';

/** Read and decode; a file that cannot be decoded yields one positioned problem and no text. */
export function readText(path: string): { text?: string; encoding?: TextEncoding; problems: SyntaxProblem[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    // A folder named like a file, a file without read permission, one deleted since the listing.
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unknown error');
    return { problems: [{ code: 'unreadable-file', line: 1, column: 1, message: `the file cannot be read: ${reason}` }] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problems: [{ code: 'encoding', line: decoded.line, column: decoded.column, message: decoded.message }] };
  return { text: decoded.text, encoding: decoded.encoding, problems: [] };
}

export function loadYamlFile(path: string): YamlSource {
  const { text, problems } = readText(path);
  if (text === undefined) return { data: undefined, locate: () => ({ line: 1, column: 1 }), problems };
  return parseYaml(text);
}

export function loadMarkdownFile(path: string): MarkdownSource & { encoding?: TextEncoding } {
  const { text, encoding, problems } = readText(path);
  if (text === undefined) {
    return { data: undefined, locate: () => ({ line: 1, column: 1 }), problems, body: '', bodyLine: 1, hasFrontMatter: false };
  }
  return { ...parseMarkdownFile(text), encoding };
}

export function loadCsvFile(path: string): CsvSource & { encoding?: TextEncoding } {
  const { text, encoding, problems } = readText(path);
  if (text === undefined) return { header: undefined, records: [], problems };
  return { ...parseCsv(text), encoding };
}
