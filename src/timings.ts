// Phase marks for MLOPS_MATURITY_TIMINGS=1: where a scan spends its time, printed on stderr as
// milliseconds since the process started (Node's own start-up included).
const isEnabled = process.env.MLOPS_MATURITY_TIMINGS === '1';

export function markPhase(phase: string): void {
  if (!isEnabled) return;
  const { rss, heapUsed, external } = process.memoryUsage();
  const mib = (bytes: number) => `${Math.round(bytes / 1048576)}`.padStart(4);
  process.stderr.write(
    `${performance.now().toFixed(1).padStart(8)} ms  rss ${mib(rss)} MiB  heap ${mib(heapUsed)}  external ${mib(external)}  ${phase}\n`,
  );
}
