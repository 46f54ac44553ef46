// The eval's pure part: label validation and the scoring arithmetic, with no file or process access,
// so the test can check it on made-up labels and reports.

export const PRACTICE_IDS = [
  'experiment-tracking',
  'data-versioning',
  'reproducible-environment',
  'ci-cd',
  'pipeline-orchestration',
  'data-validation',
  'model-serving',
  'health-endpoint',
  'containerization',
  'metrics-monitoring',
  'drift-monitoring',
  'model-registry',
  'kubernetes',
];

export const KINDS = [
  'mlops-template',
  'capstone',
  'cloud-pipeline',
  'research',
  'notebooks',
  'library',
  'service',
  'non-ml',
];

const REPO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const COMMIT_PATTERN = /^[0-9a-f]{40}$/;
const EVIDENCE_PATTERN = /^[^:\n]+:[1-9][0-9]*$/;

/** The corpus file name a repository's label must have: `owner__name.json`. */
export function labelFileName(repo) {
  return `${repo.replace('/', '__')}.json`;
}

/**
 * Checks one parsed label file. Returns the first problem as `field: what is wrong (the fix)`, or null.
 * `fileName` is the base name, to check it matches the repository.
 */
export function labelProblem(label, fileName) {
  if (typeof label !== 'object' || label === null || Array.isArray(label))
    return 'top level: must be a JSON object';
  if (typeof label.repo !== 'string' || !REPO_PATTERN.test(label.repo)) return 'repo: must be "owner/name"';
  if (fileName !== undefined && fileName !== labelFileName(label.repo))
    return `repo: "${label.repo}" belongs in ${labelFileName(label.repo)}, not ${fileName}`;
  if (typeof label.commit !== 'string' || !COMMIT_PATTERN.test(label.commit))
    return 'commit: must be the 40-hex commit that was labelled';
  if (!KINDS.includes(label.kind)) return `kind: must be one of ${KINDS.join(', ')}`;
  if (typeof label.isMlProject !== 'boolean') return 'isMlProject: must be true or false';
  if (label.notes !== undefined && typeof label.notes !== 'string') return 'notes: must be a string';
  const practices = label.practices;
  if (typeof practices !== 'object' || practices === null || Array.isArray(practices))
    return 'practices: must be an object keyed by practice id';
  for (const id of Object.keys(practices)) {
    if (!PRACTICE_IDS.includes(id))
      return `practices.${id}: unknown practice id (known: ${PRACTICE_IDS.join(', ')})`;
  }
  for (const id of PRACTICE_IDS) {
    const practice = practices[id];
    if (practice === undefined) return `practices.${id}: missing (every practice must be labelled)`;
    if (typeof practice !== 'object' || practice === null || typeof practice.present !== 'boolean')
      return `practices.${id}.present: must be true or false`;
    if (!practice.present) continue;
    const { tools, evidence } = practice;
    if (!Array.isArray(tools) || tools.length === 0 || !tools.every((tool) => typeof tool === 'string'))
      return `practices.${id}.tools: a present practice needs a non-empty list of tool names`;
    if (!Array.isArray(evidence) || evidence.length < 1 || evidence.length > 3)
      return `practices.${id}.evidence: a present practice needs 1 to 3 "path:line" entries`;
    const bad = evidence.find((entry) => typeof entry !== 'string' || !EVIDENCE_PATTERN.test(entry));
    if (bad !== undefined) return `practices.${id}.evidence: ${JSON.stringify(bad)} is not "path:line"`;
  }
  return null;
}

/** Which practices the scanner calls present: status `pass`, and its evidence for each. */
export function predictionsOf(report) {
  const predicted = new Map();
  for (const practice of report?.practices ?? []) {
    if (practice?.status === 'pass') predicted.set(practice.id, practice.evidence ?? []);
  }
  return predicted;
}

/**
 * One repository's outcome for each practice: tp, fp, fn or tn, with the evidence that explains an error
 * (the label's for a false negative, the scanner's for a false positive).
 */
export function compareRepo(label, report) {
  const predicted = predictionsOf(report);
  const statuses = new Map((report?.practices ?? []).map((practice) => [practice?.id, practice?.status]));
  return PRACTICE_IDS.map((practice) => {
    const expected = label.practices[practice].present;
    const isPredicted = predicted.has(practice);
    const outcome = expected ? (isPredicted ? 'tp' : 'fn') : isPredicted ? 'fp' : 'tn';
    // The scanner's own status says why a practice was not called present (fail, not-applicable...).
    const row = { repo: label.repo, practice, outcome, scannerStatus: statuses.get(practice) ?? 'missing' };
    if (outcome === 'fn') row.labelEvidence = label.practices[practice].evidence;
    if (outcome === 'fp') row.scannerEvidence = predicted.get(practice);
    return row;
  });
}

/** Precision, recall and F1 of some counts; null where the ratio has no denominator. */
export function ratios({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1 };
}

function counts(rows) {
  const tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) tally[row.outcome] += 1;
  return { ...tally, ...ratios(tally) };
}

/**
 * Per-practice and overall (micro-averaged over practice × repository) figures from the rows of
 * compareRepo, plus the ML / non-ML calls: `mlCalls` is a list of { repo, expected, predicted }.
 * `overallMl` counts only the repositories labelled ML, which the scanner's non-ML gate never touches.
 */
export function summarize(rows, mlCalls = []) {
  const labelledMl = new Set(mlCalls.filter((call) => call.expected).map((call) => call.repo));
  const perPractice = PRACTICE_IDS.map((practice) => ({
    practice,
    ...counts(rows.filter((row) => row.practice === practice)),
  }));
  const wrongMl = mlCalls.filter((call) => call.expected !== call.predicted);
  return {
    perPractice,
    overall: counts(rows),
    overallMl: counts(rows.filter((row) => labelledMl.has(row.repo))),
    ml: { right: mlCalls.length - wrongMl.length, total: mlCalls.length, wrong: wrongMl },
    errors: rows.filter((row) => row.outcome === 'fp' || row.outcome === 'fn'),
  };
}
