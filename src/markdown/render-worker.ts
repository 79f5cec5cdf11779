/**
 * A worker thread that renders Markdown bodies beside the main thread (see render-pool.ts): for
 * each job in turn it claims the next body from the job's shared counter, renders it with the same
 * processor, and posts the result with its index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownRenderer, type MarkdownOptions } from './processor.ts';
import { bodyFileURL, type RenderJob, type WorkerMessage } from './render-pool.ts';

const render = createMarkdownRenderer((workerData as { options: MarkdownOptions }).options);
const queue: RenderJob[] = [];
let running = false;

async function work(): Promise<void> {
  running = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    const { id, bodies, files, counter } = job;
    try {
      for (let i = Atomics.add(counter, 0, 1); i < bodies.length; i = Atomics.add(counter, 0, 1)) {
        const { code, metadata } = await render(bodies[i], { fileURL: bodyFileURL(files[i]) });
        parentPort!.postMessage({ job: id, i, code, headings: metadata.headings } satisfies WorkerMessage);
      }
    } catch {
      // the main thread renders what was not posted, and reports the error itself
    }
    parentPort!.postMessage({ job: id, done: true } satisfies WorkerMessage);
  }
  running = false;
}

parentPort!.on('message', (job: RenderJob) => {
  queue.push(job);
  if (!running) void work();
});
// its modules are loaded: it can take bodies at once
parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
