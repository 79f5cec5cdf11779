import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../load/tree.ts';
import { BUNDLE_DIR } from '../search/files.ts';

export const buildIdFile = 'build-id.json';

/** Files read between two turns of the event loop while the site is hashed. */
const FILES_PER_TURN = 64;

/**
 * A fingerprint of everything built, so the lobby board can tell that the site was redeployed.
 * It is derived from the files themselves (not a clock), so identical content gives an identical id
 * and two builds stay byte-for-byte the same: every file's name and bytes, the site's own files
 * first, then the search bundle's, each in name order.
 *
 * Two steps, so that the larger one overlaps Pagefind writing the search bundle (one busy core,
 * the build process idle, 7-9 s at N = 4,000): the site's files are final once Astro's process has
 * ended, and hashing them took 0.3-0.4 s after the search step.
 */
export class BuildId {
  private readonly outDir: string;
  private readonly hash = createHash('sha256');
  private site: Promise<void> | null = null;

  constructor(outDir: string) {
    this.outDir = outDir;
  }

  /** Hashes every file outside the search bundle, a chunk per turn of the event loop. */
  hashSite(): Promise<void> {
    this.site ??= (async () => {
      // listed at once, before Pagefind has written anything (it only adds files meanwhile)
      const files = filesUnder(this.outDir).filter((name) => name !== buildIdFile && !name.startsWith(`${BUNDLE_DIR}/`));
      for (let i = 0; i < files.length; i++) {
        if (i > 0 && i % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
        this.add(files[i]);
      }
    })();
    return this.site;
  }

  /** Hashes the search bundle (after the site), writes build-id.json and returns the id. */
  async write(base: string): Promise<string> {
    await this.hashSite();
    for (const name of filesUnder(join(this.outDir, BUNDLE_DIR))) this.add(`${BUNDLE_DIR}/${name}`);
    const id = this.hash.digest('hex').slice(0, 16);
    writeFileSync(join(this.outDir, buildIdFile), `${JSON.stringify({ id, base })}\n`);
    return id;
  }

  private add(name: string): void {
    this.hash.update(name);
    this.hash.update('\0');
    this.hash.update(readFileSync(join(this.outDir, name)));
    this.hash.update('\0');
  }
}
