// Entry of an extraction worker thread (bundled as dist/worker/index.js). It claims chunks of the job's
// files from the shared counter, reads and extracts them exactly as the main thread would, and posts the
// outcomes back; see extraction-workers.ts for the protocol.
import { type MessagePort, workerData } from 'node:worker_threads';
import { FileReader } from '../repo/file-reader.js';
import { type ClaimedFile, extractFile, type FileOutcome } from './extract-file.js';
import {
  HANDED_ON,
  NEXT_CHUNK,
  POSTED,
  WINDOW,
  type WorkerJob,
  type WorkerMessage,
} from './extraction-workers.js';
import { EXTRACTORS } from './extractors.js';
import type { Extractor } from './model.js';

const { port, state } = workerData as { port: MessagePort; state: Int32Array };
const extractorsByName = new Map(EXTRACTORS.map((extractor) => [extractor.name, extractor]));

port.once('message', (job: WorkerJob) => {
  const reader = new FileReader(job.root);
  const paths = job.paths.split('\0');
  const extractorSets = job.extractorSets.map((names) => names.map((name) => extractorsByName.get(name)!));
  for (;;) {
    const chunk = Atomics.add(state, NEXT_CHUNK, 1);
    if (chunk >= job.chunkCount) break;
    // Stay within WINDOW chunks of what the main thread has handed on, so outcomes never pile up.
    for (let handedOn = Atomics.load(state, HANDED_ON); chunk >= handedOn + WINDOW; ) {
      Atomics.wait(state, HANDED_ON, handedOn, 1000);
      handedOn = Atomics.load(state, HANDED_ON);
    }
    port.postMessage(extractChunk(job, chunk, reader, paths, extractorSets));
    Atomics.add(state, POSTED, 1);
    Atomics.notify(state, POSTED);
  }
  port.close();
});

function extractChunk(
  job: WorkerJob,
  chunk: number,
  reader: FileReader,
  paths: string[],
  extractorSets: Extractor[][],
): WorkerMessage {
  const { filesRead, bytesRead } = reader;
  try {
    const outcomes: FileOutcome[] = [];
    const end = Math.min(paths.length, (chunk + 1) * job.chunkSize);
    for (let index = chunk * job.chunkSize; index < end; index += 1) {
      const file: ClaimedFile = {
        path: paths[index]!,
        extractors: extractorSets[job.extractorSetOf[index]!]!,
      };
      outcomes.push(extractFile(reader, file, job.context));
    }
    return {
      chunk,
      outcomes,
      filesRead: reader.filesRead - filesRead,
      bytesRead: reader.bytesRead - bytesRead,
    };
  } catch (error) {
    return { chunk, failed: (error as Error).message };
  }
}
