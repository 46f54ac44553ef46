// Worker threads that share the reading and extraction of a working tree with the main thread. Opening
// and reading files dominates a scan, and one thread cannot keep the disk cache busy. When and how many
// start is decided in scan.ts (WorkerPlan): on a large git index, before the listing, to overlap it.
//
// Listed files go in chunks. Every thread takes the next chunk from a shared counter, asks which
// extractors claim each of its files, and reads and extracts those; the main thread hands the
// outcomes on in file order (so a parallel scan equals a sequential one), blocking on the workers' messages
// with Atomics.wait and receiveMessageOnPort rather than returning to the event loop, which keeps scan()
// synchronous. A worker never runs more than WINDOW chunks ahead of what was handed on: memory stays bounded.
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ExtractionContext } from '../facts/model.js';
import { findShippedFile } from '../shipped-file.js';
import type { FileOutcome } from './extract-file.js';

// A worker's young generation may grow to 48 MiB by default, and each worker's heap adds to the scan's
// peak memory: at 16 MiB a 100,000-file scan peaked at 193-199 MiB instead of 212-215, in the same time.
const WORKER_YOUNG_GENERATION_MB = 16;

/** Indices into the shared Int32Array. */
export const NEXT_CHUNK = 0;
export const HANDED_ON = 1;
export const POSTED = 2;

/**
 * Chunks a worker may run ahead of what was handed on. Wide enough for a worker to go on reading while
 * this thread is busy elsewhere (listing untracked files, 60 ms at 100,000 files) or on a slow chunk.
 * Most outcomes are null, and those that are not become facts kept anyway, so it costs little memory.
 */
export const WINDOW = 256;
const DEFAULT_CHUNK_SIZE = 64;
/** A chunk a worker claimed but did not deliver for this long is done again here (a worker that died). */
const STALL_MS = 3000;
const MAX_THREADS = 4;

/** Packed for a cheap copy to each worker: the listed paths as one string. */
export interface WorkerJob {
  root: string;
  context: ExtractionContext;
  /** The listed paths joined with NUL. */
  paths: string;
  chunkSize: number;
  chunkCount: number;
}

/** Per listed file of the chunk, its outcome; undefined for a file no extractor claims. */
export type ChunkOutcomes = (FileOutcome | undefined)[];

export type WorkerMessage =
  | { chunk: number; outcomes: ChunkOutcomes; filesRead: number; bytesRead: number }
  | { chunk: number; failed: string };

/** What this thread does in a run besides taking chunks. */
export interface ThisThreadsPart {
  /**
   * This thread's way of doing one listed file; `isInOrder` is false for a chunk done again for a worker,
   * which comes after files of later chunks this thread did.
   */
  extractHere: (path: string, isInOrder: boolean) => FileOutcome | undefined;
  /** Sees the outcome of every claimed file, in path order. */
  visit: (index: number, outcome: FileOutcome) => void;
  /** Runs once the workers have the job, before any outcome is visited: other work to overlap with theirs. */
  meanwhile?: () => void;
}

interface WorkerHandle {
  worker: Worker;
  port: MessagePort;
}

/** Threads to use by default: the cores there are, at most MAX_THREADS. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}

/** The bundled worker script (dist/worker/index.js) found from the running bundle; none from source. */
export function findWorkerScript(): string | undefined {
  return findShippedFile(import.meta.url, join('worker', 'index.js'));
}

export class ExtractionWorkers {
  private readonly state = new Int32Array(new SharedArrayBuffer(4 * 4));
  private readonly handles: WorkerHandle[] = [];
  filesRead = 0;
  bytesRead = 0;
  /** Chunks this thread did and chunks the workers did, in the last run. */
  chunksHere = 0;
  chunksByWorkers = 0;

  /** Starts `count` workers running `script`; they wait for run(). */
  constructor(script: string, count: number) {
    for (let index = 0; index < count; index += 1) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(script, {
        workerData: { port: port2, state: this.state },
        transferList: [port2],
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      // A worker that fails to start claims nothing: the main thread then does all the work.
      worker.on('error', () => {});
      worker.unref();
      this.handles.push({ worker, port: port1 });
    }
  }

  /** Resolves once every worker runs (a test or benchmark that wants them all taking part). */
  async ready(): Promise<void> {
    await Promise.all(this.handles.map(({ worker }) => once(worker, 'online')));
  }

  /**
   * Extracts the listed `paths` across the workers and this thread; `visit` sees the outcome of every
   * claimed file in path order. A pool runs one job: the workers then end.
   */
  run(
    paths: readonly string[],
    root: string,
    context: ExtractionContext,
    here: ThisThreadsPart,
    chunkSize = DEFAULT_CHUNK_SIZE,
  ): void {
    const { extractHere, visit } = here;
    const chunkCount = Math.ceil(paths.length / chunkSize);
    const job: WorkerJob = { root, context, paths: paths.join('\0'), chunkSize, chunkCount };
    for (const { port } of this.handles) port.postMessage(job);
    here.meanwhile?.();

    const delivered = new Map<number, ChunkOutcomes>();
    let handedOn = 0;
    let waitingSince = 0;
    const doHere = (chunk: number, isInOrder = true) => {
      this.chunksHere += 1;
      return paths
        .slice(chunk * chunkSize, (chunk + 1) * chunkSize)
        .map((path) => extractHere(path, isInOrder));
    };
    const receive = () => {
      for (const { port } of this.handles) {
        for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
          const received = message.message as WorkerMessage;
          if (received.chunk < handedOn || delivered.has(received.chunk)) continue;
          if ('failed' in received) delivered.set(received.chunk, doHere(received.chunk, false));
          else {
            delivered.set(received.chunk, received.outcomes);
            this.chunksByWorkers += 1;
            this.filesRead += received.filesRead;
            this.bytesRead += received.bytesRead;
          }
        }
      }
    };

    while (handedOn < chunkCount) {
      receive();
      const outcomes = delivered.get(handedOn);
      if (outcomes) {
        delivered.delete(handedOn);
        outcomes.forEach((outcome, offset) => {
          if (outcome !== undefined) visit(handedOn * chunkSize + offset, outcome);
        });
        handedOn += 1;
        waitingSince = 0;
        Atomics.store(this.state, HANDED_ON, handedOn);
        Atomics.notify(this.state, HANDED_ON);
        continue;
      }
      if (Atomics.load(this.state, NEXT_CHUNK) < Math.min(chunkCount, handedOn + WINDOW)) {
        const claimed = Atomics.add(this.state, NEXT_CHUNK, 1);
        if (claimed < chunkCount) {
          delivered.set(claimed, doHere(claimed));
          continue;
        }
      }
      // The next chunk to hand on is in a worker's hands: sleep until a worker posts something.
      const posted = Atomics.load(this.state, POSTED);
      receive();
      if (delivered.has(handedOn)) continue;
      waitingSince ||= Date.now();
      Atomics.wait(this.state, POSTED, posted, 100);
      if (Date.now() - waitingSince > STALL_MS && !delivered.has(handedOn)) {
        receive();
        if (!delivered.has(handedOn)) delivered.set(handedOn, doHere(handedOn, false));
      }
    }
  }

  /** Stops the workers; they may still be starting when a small tree is already done. Idempotent. */
  close(): void {
    for (const { worker, port } of this.handles.splice(0)) {
      port.close();
      void worker.terminate();
    }
  }
}
