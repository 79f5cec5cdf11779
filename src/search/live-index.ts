/**
 * A Pagefind index fed while Astro renders: each record goes to Pagefind as soon as it is full
 * (packer.ts), so Pagefind (its own process, the second core) works while Astro renders the rest.
 * Records are packed in the order Astro renders pages in, which is fixed for given content
 * (build.concurrency 1 in astro.config.mjs); the bundle cache keys on that order too.
 *
 * Records are held back and then written to Pagefind's pipe 8 at a time, back to back in one turn
 * of the event loop (still one message each: Pagefind's API has no batch call). A write that finds
 * Pagefind's reading thread asleep wakes it; one wake-up per page cost the build process 1.4 s of
 * the render at N = 4,000 on the 2-core machine (in writeUtf8String), 0.15 s written 32 pages'
 * records at a time. A record now holds ~6 short pages (packer.ts), so 8 records are ~50 pages.
 */
import * as pagefind from 'pagefind';
import type { CustomRecord } from './records.ts';

/** Records held back before they go to Pagefind together. */
const BATCH_RECORDS = 8;

export class LiveIndex {
  private index: Promise<pagefind.PagefindIndex> | null = null;
  private inFlight: Promise<void>[] = [];
  private batch: CustomRecord[] = [];
  private failed: unknown = null;
  private closed = false;

  private open(): Promise<pagefind.PagefindIndex> {
    this.index ??= pagefind.createIndex({ writePlayground: false }).then(({ index, errors }) => {
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      return index;
    });
    return this.index;
  }

  /** Sends without waiting; an error is kept for drain() (the caller is an IPC event handler). */
  send(records: CustomRecord[]): void {
    if (this.failed || this.closed) return;
    this.batch.push(...records);
    if (this.batch.length >= BATCH_RECORDS) this.flush();
  }

  private flush(): void {
    const records = this.batch;
    this.batch = [];
    for (const r of records) {
      this.inFlight.push(
        this.open()
          .then((index) => index.addCustomRecord(r))
          .then((res) => {
            if (res.errors.length) throw new Error(`pagefind: ${r.url}: ${res.errors.join('; ')}`);
          })
          .catch((error) => {
            this.failed ??= error;
          }),
      );
    }
  }

  /** Waits for every record sent so far to be answered. */
  async drain(): Promise<void> {
    if (!this.failed && !this.closed) this.flush();
    await Promise.all(this.inFlight);
    this.inFlight = [];
    if (this.failed) throw this.failed;
  }

  async write(bundleDir: string): Promise<void> {
    await this.drain();
    const index = await this.open();
    const w = await index.writeFiles({ outputPath: bundleDir });
    if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  }

  /** Ends the Pagefind process (once; also when nothing was written). Records still held back are dropped: nothing will be written. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.index) {
      await Promise.allSettled(this.inFlight);
      await pagefind.close();
    }
  }
}
