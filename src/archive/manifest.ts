import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDate } from '../model/common.ts';
import { scoringSchema, type Scoring } from '../model/scoring.ts';

/**
 * `content/archive/<stage>.json`: what `npm run archive` froze for one stage — the checksums of its
 * summary and scores files (raw bytes on disk, taken after `status: archived` was written), the
 * scoring scheme its grades were computed with, the results as they stood, and every deliberate
 * correction since (`--amend`).
 */

/** A path inside the content folder, forward slashes, never leaving it. */
const contentPath = z
  .string()
  .min(1)
  .refine((path) => !path.startsWith('/') && !/^[a-z]:/i.test(path) && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the content folder, like stages/2009-zhidu.md',
  });

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lowercase hexadecimal digits' });

export const archivedFileSchema = z.strictObject({ path: contentPath, sha256 });

export const archivedResultSchema = z.strictObject({
  rank: z.number().int().min(1),
  unit: z.string().min(1),
  name: z.string().min(1),
  total: z.number(),
  grade: z.string(),
});

const snapshot = {
  summary: archivedFileSchema,
  scores: archivedFileSchema,
  scoring: scoringSchema,
  results: z.array(archivedResultSchema).optional(),
};

export const amendmentSchema = z.strictObject({
  date: isoDate,
  reason: z.string().trim().min(1),
  /** The record as it stood before this correction. */
  previous: z.strictObject(snapshot),
});

export const manifestSchema = z.strictObject({
  stage: z.string().min(1),
  title: z.string().optional(),
  archivedAt: isoDate,
  files: z.strictObject({ summary: archivedFileSchema, scores: archivedFileSchema }),
  scoring: scoringSchema,
  results: z.array(archivedResultSchema).optional(),
  history: z.array(amendmentSchema).default([]),
});

export type ArchivedFile = z.infer<typeof archivedFileSchema>;
export type ArchivedResult = z.infer<typeof archivedResultSchema>;
export type Amendment = z.infer<typeof amendmentSchema>;
export type ArchiveManifest = z.infer<typeof manifestSchema>;

export const archiveFolder = 'archive';

/** Where a stage's manifest lives, absolute. */
export function manifestPath(contentDir: string, stage: string): string {
  return join(contentDir, archiveFolder, `${stage}.json`);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Checksum of a file's bytes as they are on disk (no decoding, no line-ending normalisation). */
export function sha256OfFile(path: string): string {
  return sha256Of(readFileSync(path));
}

const file = (f: ArchivedFile): ArchivedFile => ({ path: f.path, sha256: f.sha256 });
const scoringCopy = (s: Scoring): Scoring => ({
  indicators: s.indicators.map((i) => ({ id: i.id, name: i.name, max: i.max })),
  grades: s.grades.map((g) => ({ name: g.name, min: g.min })),
});
const resultsCopy = (rows: ArchivedResult[] | undefined) =>
  rows?.map((r) => ({ rank: r.rank, unit: r.unit, name: r.name, total: r.total, grade: r.grade }));

/** The manifest with its keys in one fixed order, so the file diffs cleanly and hashes stably. */
export function normalizeManifest(m: ArchiveManifest): ArchiveManifest {
  return {
    stage: m.stage,
    ...(m.title !== undefined ? { title: m.title } : {}),
    archivedAt: m.archivedAt,
    files: { summary: file(m.files.summary), scores: file(m.files.scores) },
    scoring: scoringCopy(m.scoring),
    ...(m.results ? { results: resultsCopy(m.results) } : {}),
    history: m.history.map((h) => ({
      date: h.date,
      reason: h.reason,
      previous: {
        summary: file(h.previous.summary),
        scores: file(h.previous.scores),
        scoring: scoringCopy(h.previous.scoring),
        ...(h.previous.results ? { results: resultsCopy(h.previous.results) } : {}),
      },
    })),
  };
}

/** Pretty JSON, stable key order, one trailing newline. */
export function serializeManifest(m: ArchiveManifest): string {
  return `${prettyJson(normalizeManifest(m))}\n`;
}

/**
 * JSON indented by two spaces, except that a flat object or list short enough to read on one line
 * (an indicator, a grade, a result row) stays on one line: a manifest reads like a table and a
 * correction shows up in a diff as the rows it touched.
 */
export function prettyJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries: [string | undefined, unknown][] = Array.isArray(value) ? value.map((v) => [undefined, v]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const flat = entries.every(([, v]) => v === null || typeof v !== 'object');
  const item = ([key, v]: [string | undefined, unknown], inner: string) => `${key === undefined ? '' : `${JSON.stringify(key)}: `}${prettyJson(v, inner)}`;
  if (flat) {
    const line = `${open} ${entries.map((e) => item(e, '')).join(', ')} ${close}`;
    if (line.length + indent.length <= 120) return line;
  }
  const inner = `${indent}  `;
  return `${open}\n${entries.map((e) => `${inner}${item(e, inner)}`).join(',\n')}\n${indent}${close}`;
}

export type ManifestRead =
  | { ok: true; manifest: ArchiveManifest; text: string }
  | { ok: false; text?: string; syntax?: { offset?: number; line?: number; column?: number; message: string }; issues?: z.core.$ZodIssue[] };

/** Read and validate a manifest; never throws for a bad file. */
export function readManifest(path: string): ManifestRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, syntax: { message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const offset = /position (\d+)/.exec(message);
    return {
      ok: false,
      text,
      syntax: {
        message: `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')}`,
        ...(lineCol ? { line: Number(lineCol[1]), column: Number(lineCol[2]) } : {}),
        ...(offset ? { offset: Number(offset[1]) } : {}),
      },
    };
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) return { ok: false, text, issues: parsed.error.issues };
  return { ok: true, manifest: parsed.data, text };
}
