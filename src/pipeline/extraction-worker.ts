// Entry of an extraction worker thread (bundled as dist/worker/index.js). It takes chunks of the listed
// files from the shared counter, claims, reads and extracts them exactly as the main thread would, and
// posts the outcomes back; see extraction-workers.ts for the protocol.
import { type MessagePort, workerData } from 'node:worker_threads';
import { FileReader } from '../repo/file-reader.js';
import { extractListedFile } from './extract-file.js';
import {
  type ChunkOutcomes,
  HANDED_ON,
  NEXT_CHUNK,
  POSTED,
  WINDOW,
  type WorkerJob,
  type WorkerMessage,
} from './extraction-workers.js';
import { MlImportCoverage } from './ml-import-coverage.js';

const { port, state } = workerData as { port: MessagePort; state: Int32Array };

port.once('message', (job: WorkerJob) => {
  const reader = new FileReader(job.root);
  const coverage = new MlImportCoverage(job.context);
  const paths = job.paths.split('\0');
  for (;;) {
    const chunk = Atomics.add(state, NEXT_CHUNK, 1);
    if (chunk >= job.chunkCount) break;
    // Stay within WINDOW chunks of what the main thread has handed on, so outcomes never pile up.
    for (let handedOn = Atomics.load(state, HANDED_ON); chunk >= handedOn + WINDOW; ) {
      Atomics.wait(state, HANDED_ON, handedOn, 1000);
      handedOn = Atomics.load(state, HANDED_ON);
    }
    port.postMessage(extractChunk(job, chunk, reader, paths, coverage));
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
  coverage: MlImportCoverage,
): WorkerMessage {
  const { filesRead, bytesRead } = reader;
  try {
    const outcomes: ChunkOutcomes = [];
    const end = Math.min(paths.length, (chunk + 1) * job.chunkSize);
    for (let index = chunk * job.chunkSize; index < end; index += 1) {
      outcomes.push(extractListedFile(reader, paths[index]!, job.context, coverage));
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
