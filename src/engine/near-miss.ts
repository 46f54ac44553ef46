// What came close to proving a practice that failed: the cause a report names instead of "not found".
import type { Evidence } from '../report/model.js';

export interface NearMiss {
  /** One line naming the cause, e.g. "40 of 42 requirements pinned in requirements.txt; not pinned: …". */
  message: string;
  /** How each line fell short, after its detail: "is not pinned". */
  reason: string;
  /** Where the cause is: each line that fell short. */
  evidence: Evidence[];
}
