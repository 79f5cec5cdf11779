/**
 * Deleting the previous output (9,000+ files at N = 4,000) took 1.6 s of every rebuild, up to 8 s on
 * a busy disk, after the new site was already in place. It is renamed aside first
 * (`<out>.old-<pid>`, marked as ours), so it can be deleted by a detached process while the build
 * reports success; a later build deletes such folders when that deleter was stopped (a machine
 * switched off meanwhile).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Written into a folder renamed aside for deletion: only such folders are ever swept. */
const MARKER = '.bangyang-discarded';

export function discardFolder(dir: string): void {
  writeFileSync(join(dir, MARKER), '');
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepRule {
  /** only folders holding this file */
  marker?: string;
  /** only folders not modified for this long */
  minAgeMs?: number;
}

/**
 * Removes the folders named `<prefix><pid>` in `parent` whose process is gone and that match the
 * rule. Errors are ignored: a detached deleter may still be at the same folder.
 */
export function sweepLeftovers(parent: string, prefix: string, rule: SweepRule = {}): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    const dir = join(parent, name);
    try {
      if (rule.marker && !existsSync(join(dir, rule.marker))) continue;
      if (rule.minAgeMs && Date.now() - statSync(dir).mtimeMs < rule.minAgeMs) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // gone meanwhile, or being deleted: the next build looks again
    }
  }
}

/** Removes `<out>.old-<pid>` folders that a stopped deleter left (never a user's own `site.old-2024`). */
export function sweepDiscarded(out: string): void {
  sweepLeftovers(dirname(out), `${basename(out)}.old-`, { marker: MARKER });
}
