/**
 * Renders Markdown bodies on two threads: this one and a worker. While Astro's content layer
 * rendered, the site process had one core busy and the other idle (N = 4,000: 2.4 s of Markdown).
 * Each job (a collection's bodies) has a shared counter both threads take the next body from, so
 * neither waits while bodies remain; the collections load at the same time, and the worker takes
 * their jobs in turn. The HTML is the same whichever thread renders a body: the same processor, a
 * pure function of the body and its file.
 *
 * The worker is started once the content is checked (render-site.ts), so that it loads its
 * modules while Astro starts; it is found through globalThis because the content loader runs in
 * Vite's copy of the modules.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MarkdownOptions, RenderedMarkdown } from './processor.ts';

export interface RenderJob {
  id: number;
  bodies: string[];
  /** file URL of each body (relative links and images resolve against it) */
  files: (string | undefined)[];
  /** one Int32: the index of the next body to claim */
  counter: Int32Array;
}

export interface RenderedBody {
  code: string;
  headings: RenderedMarkdown['metadata']['headings'];
}

export type WorkerMessage = ({ i: number } & RenderedBody & { job: number }) | { job: number; done: true } | { ready: true };

/** The file a body came from, as the processor takes it. */
export const bodyFileURL = (file: string | undefined) => (file === undefined ? undefined : new URL(file));

type Render = (body: string, options: { fileURL?: URL }) => Promise<RenderedMarkdown>;

interface Helper {
  worker: Worker;
  options: string;
  alive: boolean;
  /** resolves once the worker has loaded its modules (or stopped) */
  ready: Promise<void>;
  /** jobs posted so far, and those not finished */
  jobs: number;
  pending: number;
}

const key = Symbol.for('bangyang.markdown-worker');
const held = globalThis as unknown as Record<symbol, Helper | undefined>;

/** Starts the helper thread for these processor options (once per process). */
export function startMarkdownWorker(options: MarkdownOptions): void {
  if (held[key]) return;
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { options } });
  let isReady = () => {};
  const ready = new Promise<void>((resolve) => (isReady = resolve));
  const helper: Helper = { worker, options: JSON.stringify(options), alive: true, ready, jobs: 0, pending: 0 };
  // An idle worker must not keep the process alive (renderAll holds it while a job is pending),
  // nor its failure end the build: the main thread renders whatever the worker did not.
  worker.unref();
  worker.on('message', (m: WorkerMessage) => 'ready' in m && isReady());
  const stopped = () => {
    helper.alive = false;
    isReady();
  };
  worker.on('error', stopped);
  worker.on('exit', stopped);
  held[key] = helper;
}

/** Resolves once the worker started for this process can take bodies (at once when there is none). */
export function markdownWorkerReady(): Promise<void> {
  return held[key]?.ready ?? Promise.resolve();
}

export async function stopMarkdownWorker(): Promise<void> {
  const helper = held[key];
  held[key] = undefined;
  await helper?.worker.terminate();
}

/**
 * Renders every body, on this thread with `render` and on the worker if one was started for the
 * same options; results in the order of `bodies`.
 */
export async function renderAll(bodies: string[], files: (string | undefined)[], options: MarkdownOptions | undefined, render: Render): Promise<RenderedBody[]> {
  const results: RenderedBody[] = new Array(bodies.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const renderHere = async (i: number) => {
    try {
      const { code, metadata } = await render(bodies[i], { fileURL: bodyFileURL(files[i]) });
      results[i] = { code, headings: metadata.headings };
    } catch (error) {
      const file = files[i] === undefined ? `body ${i + 1}` : fileURLToPath(files[i]!);
      throw new Error(`rendering the Markdown of ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
  const helper = held[key];
  let helperDone: Promise<void> = Promise.resolve();
  if (helper?.alive && options && helper.options === JSON.stringify(options) && bodies.length > 1) {
    const { worker } = helper;
    const id = ++helper.jobs;
    if (helper.pending++ === 0) worker.ref();
    // Ends when the worker has posted its last body of this job, or stops for any reason: bodies
    // it claimed but did not post are then rendered here, where an error in one of them is
    // thrown as it would be without a worker.
    helperDone = new Promise<void>((resolve) => {
      const finish = () => {
        worker.off('message', onMessage);
        worker.off('exit', finish);
        if (--helper.pending === 0) worker.unref();
        resolve();
      };
      const onMessage = (m: WorkerMessage) => {
        if (!('job' in m) || m.job !== id) return;
        if ('done' in m) finish();
        else results[m.i] = { code: m.code, headings: m.headings };
      };
      worker.on('message', onMessage);
      worker.on('exit', finish);
    });
    worker.postMessage({ id, bodies, files, counter } satisfies RenderJob);
  }
  for (let i = Atomics.add(counter, 0, 1); i < bodies.length; i = Atomics.add(counter, 0, 1)) await renderHere(i);
  await helperDone;
  for (let i = 0; i < bodies.length; i++) if (!results[i]) await renderHere(i);
  return results;
}
