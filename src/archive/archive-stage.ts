import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkContent, countProblems, formatProblem, summaryLine } from '../check/index.ts';
import { didYouMean } from '../check/suggest.ts';
import { displayPath } from '../load/tree.ts';
import type { Scoring } from '../model/index.ts';
import { setFrontMatterStatus } from './front-matter.ts';
import { manifestPath, readManifest, serializeManifest, sha256Of, sha256OfFile, type ArchiveManifest } from './manifest.ts';
import { contentRelative, findStage, resultSummary, stageResults, unitNamer } from './stage-record.ts';

export interface ArchiveOptions {
  /** The content folder. */
  content: string;
  stage: string;
  /** `YYYY-MM-DD`; today (local time) when absent. */
  date?: string;
  /** Record a deliberate correction of an archived stage. */
  amend?: boolean;
  reason?: string;
  /** With `amend`: adopt the current scoring.yml instead of keeping the recorded scheme. */
  rescore?: boolean;
}

export type ArchiveOutcome = { status: 'archived' | 'amended'; lines: string[]; manifest: ArchiveManifest } | { status: 'refused'; lines: string[] };

export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const sameScoring = (a: Scoring, b: Scoring) => JSON.stringify(serializeScoring(a)) === JSON.stringify(serializeScoring(b));
const serializeScoring = (s: Scoring) => [s.indicators.map((i) => [i.id, i.name, i.max]), s.grades.map((g) => [g.name, g.min])];

/**
 * `npm run archive -- <stage>`: freeze a stage (status: archived + checksums + the scheme in force);
 * `--amend --reason`: record a deliberate correction. Refuses, changing nothing, when the content has
 * errors (for `--amend`: errors other than this stage's own archive-changed/archive-missing).
 */
export function archiveStage(options: ArchiveOptions): ArchiveOutcome {
  const dir = resolve(options.content);
  const stageId = options.stage.normalize('NFC');
  const date = options.date ?? today();
  const refuse = (...lines: string[]): ArchiveOutcome => ({ status: 'refused', lines });

  const { problems, content, filesChecked } = checkContent(dir);
  const manifestFile = manifestPath(dir, stageId);
  const existing = existsSync(manifestFile) ? readManifest(manifestFile) : undefined;
  const record = findStage(content, stageId);

  // For a correction, the changes being recorded are expected; anything else still stops it.
  const ownFiles = new Set([displayPath(manifestFile)]);
  if (existing?.ok) for (const f of Object.values(existing.manifest.files)) ownFiles.add(displayPath(resolve(dir, ...f.path.split('/'))));
  const blocking = problems.filter(
    (p) => p.severity === 'error' && !(options.amend && (p.code === 'archive-changed' || p.code === 'archive-missing') && ownFiles.has(p.file)),
  );
  if (blocking.length) {
    const shown = problems.filter((p) => blocking.includes(p) || p.severity === 'warning');
    return refuse(...shown.map(formatProblem), summaryLine(shown, filesChecked), `archive refused: fix the ${countProblems(blocking).errors === 1 ? 'error' : 'errors'} above first; nothing was changed.`);
  }

  if (!record) {
    return refuse(`error: no stage "${stageId}" in ${displayPath(resolve(dir, 'stages'))}/${didYouMean(stageId, content.stages.map((s) => s.id))}; nothing was changed.`);
  }
  if (!record.scores || record.scores.rows.length === 0) {
    return refuse(`error: stage "${stageId}" has no scores (${displayPath(resolve(dir, 'scores', `${stageId}.csv`))}); only an assessed stage can be archived. Nothing was changed.`);
  }
  if (!content.scoring) return refuse('error: scoring.yml is missing; nothing was changed.');

  if (options.amend && !existing) {
    return refuse(`error: stage "${stageId}" has not been archived (no ${displayPath(manifestFile)}); run npm run archive -- ${stageId} without --amend. Nothing was changed.`);
  }
  if (!options.amend && existing?.ok) {
    return refuse(
      `error: stage "${stageId}" was already archived on ${existing.manifest.archivedAt}; to correct it deliberately run npm run archive -- ${stageId} --amend --reason "…". Nothing was changed.`,
    );
  }

  // The stage file as it will be on disk: status archived, every other byte as it was.
  const stagePath = record.entry.path;
  const before = readFileSync(stagePath);
  const after = setFrontMatterStatus(before, 'archived');
  const files = {
    summary: { path: contentRelative(dir, stagePath), sha256: sha256Of(after) },
    scores: { path: contentRelative(dir, record.scores.path), sha256: sha256OfFile(record.scores.path) },
  };
  const unitName = unitNamer(content);

  let manifest: ArchiveManifest;
  if (options.amend && existing?.ok) {
    const old = existing.manifest;
    const scoring = options.rescore ? content.scoring : old.scoring;
    const unchanged =
      files.summary.path === old.files.summary.path &&
      files.summary.sha256 === old.files.summary.sha256 &&
      files.scores.path === old.files.scores.path &&
      files.scores.sha256 === old.files.scores.sha256 &&
      sameScoring(scoring, old.scoring);
    if (unchanged) return refuse(`error: nothing to amend: stage "${stageId}" matches its archive record${options.rescore ? '' : ' (to adopt the current scoring.yml, add --rescore)'}. Nothing was changed.`);
    manifest = {
      ...old,
      title: record.entry.data.title,
      files,
      scoring,
      results: resultSummary(stageResults(record, scoring), unitName),
      history: [...old.history, { date, reason: options.reason ?? '', previous: { summary: old.files.summary, scores: old.files.scores, scoring: old.scoring, results: old.results } }],
    };
  } else {
    manifest = {
      stage: stageId,
      title: record.entry.data.title,
      archivedAt: date,
      files,
      scoring: content.scoring,
      results: resultSummary(stageResults(record, content.scoring), unitName),
      history: [],
    };
  }

  if (!Buffer.from(after).equals(before)) writeFileSync(stagePath, after);
  mkdirSync(dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, serializeManifest(manifest));

  const where = `${displayPath(manifestFile)}`;
  if (options.amend) {
    return { status: 'amended', manifest, lines: [`✔ recorded a correction of stage "${stageId}" (${record.entry.data.title}) dated ${date}: ${where}`] };
  }
  return {
    status: 'archived',
    manifest,
    lines: [`✔ archived stage "${stageId}" (${record.entry.data.title}) on ${date}: status set in ${displayPath(stagePath)}, checksums and scoring scheme in ${where}`],
  };
}
