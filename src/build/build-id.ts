import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const buildIdFile = 'build-id.json';

/**
 * A fingerprint of everything built, so the lobby board can tell that the site was redeployed.
 * It is derived from the files themselves (not a clock), so identical content gives an identical id
 * and two builds stay byte-for-byte the same.
 */
export function writeBuildId(outDir: string, base: string): string {
  const hash = createHash('sha256');
  // the file type comes with the listing (a stat per file cost ~0.1 s at N = 4,000); only a
  // symbolic link is stat'ed, so that a linked file counts with its content, as it is served
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || (e.isSymbolicLink() && statSync(join(e.parentPath, e.name)).isFile()))
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((name) => name !== buildIdFile)
    .sort();
  for (const name of files) {
    hash.update(name);
    hash.update('\0');
    hash.update(readFileSync(join(outDir, name)));
    hash.update('\0');
  }
  const id = hash.digest('hex').slice(0, 16);
  writeFileSync(join(outDir, buildIdFile), `${JSON.stringify({ id, base })}\n`);
  return id;
}
