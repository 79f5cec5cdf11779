import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { CheckedContent } from '../check/content.ts';
import type { Report } from '../check/report.ts';
import { positionAt, type Position } from '../load/position.ts';
import { displayPath } from '../load/tree.ts';
import { parseYaml } from '../load/yaml.ts';
import { readManifest, sha256OfFile, type ArchiveManifest } from './manifest.ts';

/** The command an editor runs to record a deliberate correction (with `--content` when not the default). */
export function amendCommand(contentDir: string, stage: string): string {
  const content = displayPath(contentDir);
  const flag = content === 'content' ? '' : ` --content ${content || '.'}`;
  return `npm run archive -- ${stage}${flag} --amend --reason "…"`;
}

/**
 * Archived stages stay as they were archived: every `archive/<stage>.json` is read and the stage's
 * summary and scores files are hashed (raw bytes) against it. A stage marked archived without a
 * manifest predates the feature and cannot be verified: a warning, not an error.
 */
export function checkArchive(content: CheckedContent, manifests: string[], report: Report): void {
  const withManifest = new Set<string>();
  for (const path of manifests) {
    // A broken manifest is its own error; its stage is not also "unverifiable".
    withManifest.add(basename(path, '.json').normalize('NFC'));
    verifyManifest(content, path, report);
  }
  for (const stage of content.stages) {
    if (stage.data.status !== 'archived' || withManifest.has(stage.id)) continue;
    report.warning(
      stage.file,
      stage.locate(['status'], 'value'),
      'archive-unverifiable',
      `stage "${stage.id}" is archived but has no checksums (archive/${stage.id}.json), so later changes to it cannot be detected; record them with npm run archive -- ${stage.id}`,
    );
  }
}

function verifyManifest(content: CheckedContent, path: string, report: Report): void {
  const file = displayPath(path);
  const read = readManifest(path);
  // Positions only matter for a problem: JSON is YAML, so the position-keeping YAML reader finds keys.
  let located: ReturnType<typeof parseYaml> | undefined;
  const at = (keys: (string | number)[]): Position => {
    if (read.text === undefined) return { line: 1, column: 1 };
    located ??= parseYaml(read.text.replace(/^\uFEFF/, ' '));
    return located.problems.length ? { line: 1, column: 1 } : located.locate(keys, 'value');
  };

  if (!read.ok) {
    if (read.syntax) {
      const { line, column, offset, message } = read.syntax;
      const place = line && column ? { line, column } : offset !== undefined && read.text ? positionAt(read.text, offset) : { line: 1, column: 1 };
      report.error(file, place, 'archive-manifest', `archive manifest ${message}; restore it from version control (it is written by npm run archive)`);
    }
    for (const issue of read.issues ?? []) {
      const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const name = keys.length ? `"${keys.join('.')}"` : 'the manifest';
      const detail = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
      report.error(file, at(keys), 'archive-manifest', `archive manifest is invalid at ${name}: ${detail}; restore it from version control (it is written by npm run archive)`);
    }
    return;
  }

  const manifest = read.manifest;
  const expected = basename(path, '.json').normalize('NFC');
  if (manifest.stage !== expected) {
    report.error(file, at(['stage']), 'archive-manifest', `archive manifest names stage "${manifest.stage}" but the file is ${expected}.json; a manifest is named after its stage`);
    return;
  }

  const stage = manifest.stage;
  const summary = resolve(content.dir, ...manifest.files.summary.path.split('/'));
  if (!isFile(summary) && !content.stages.some((s) => s.id === stage)) {
    report.error(
      file,
      at(['files', 'summary', 'path']),
      'archive-missing',
      `archived stage "${stage}" no longer exists: its summary ${displayPath(summary)} was deleted or renamed; restore it, or delete ${file} if the stage was removed on purpose`,
    );
    return;
  }
  for (const kind of ['summary', 'scores'] as const) {
    const archived = manifest.files[kind];
    const abs = resolve(content.dir, ...archived.path.split('/'));
    const shown = displayPath(abs);
    if (!isFile(abs)) {
      report.error(
        file,
        at(['files', kind, 'path']),
        'archive-missing',
        `${kind === 'summary' ? 'stage summary' : 'scores file'} ${shown} of archived stage "${stage}" is missing (deleted or renamed); restore it, or record the correction with ${amendCommand(content.dir, stage)}`,
      );
    } else if (sha256OfFile(abs) !== archived.sha256) {
      report.error(
        shown,
        { line: 1, column: 1 },
        'archive-changed',
        `${shown} changed after stage "${stage}" was archived on ${lastRecorded(manifest)}; undo the change, or record a deliberate correction with ${amendCommand(content.dir, stage)}`,
      );
    }
  }
}

function lastRecorded(m: ArchiveManifest): string {
  return m.history.length ? `${m.archivedAt} (last corrected ${m.history[m.history.length - 1].date})` : m.archivedAt;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

