// Named matchers: the rare detections that need code rather than data. Each has its own unit test.
import type { BlockedFact } from '../../facts/model.js';
import type { Evidence } from '../../report/model.js';
import type { FactIndex } from '../fact-index.js';
import type { NearMiss } from '../near-miss.js';
import type { MATCHERS } from '../rule-constants.js';
import {
  describePinnedRequirements,
  explainUnpinned,
  findPinnedRequirements,
} from './pinned-requirements.js';

export interface Matcher {
  reads: BlockedFact[];
  find(index: FactIndex, tool: string): Evidence[];
  /** When the practice fails: what came closest, to name the cause. */
  explainMiss?(index: FactIndex, tool: string): NearMiss | undefined;
  /** A sentence measuring what the matcher looked at, shown whether it found evidence or not. */
  describe?(index: FactIndex): string | undefined;
}

export const MATCHER_FUNCTIONS: Record<(typeof MATCHERS)[number], Matcher> = {
  'pinned-requirements': {
    reads: ['dependency'],
    find: findPinnedRequirements,
    explainMiss: explainUnpinned,
    describe: describePinnedRequirements,
  },
};
