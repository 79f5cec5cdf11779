import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../load/tree.ts';

export const buildIdFile = 'build-id.json';

/**
 * A fingerprint of everything built, so the lobby board can tell that the site was redeployed.
 * It is derived from the files themselves (not a clock), so identical content gives an identical id
 * and two builds stay byte-for-byte the same.
 */
export function writeBuildId(outDir: string, base: string): string {
  const hash = createHash('sha256');
  const files = filesUnder(outDir).filter((name) => name !== buildIdFile);
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
