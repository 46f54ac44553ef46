// How a call pattern's dotted name names a callee: shared by the rules' matching (compile-detector.ts)
// and the extraction's filter of calls no rule reads (pipeline/extract-file.ts), which must agree.

/** `callee`'s segments are the pattern's, `*` standing for any one (`mlflow.*.log_model`). */
export function namesDottedCall(pattern: readonly string[], callee: readonly string[]): boolean {
  return (
    callee.length === pattern.length &&
    pattern.every((segment, index) => segment === '*' || segment === callee[index])
  );
}
