// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function, the top N.
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [N]
import { readFileSync } from 'node:fs';

const [file, topText = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
// Sample i lasted timeDeltas[i + 1] microseconds (the delta before the next sample).
for (let index = 0; index < profile.samples.length; index += 1) {
  const delta = profile.timeDeltas[index + 1] ?? 0;
  const { callFrame } = byId.get(profile.samples[index]);
  const where = callFrame.url
    ? `${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`
    : '';
  const key = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
  selfMicros.set(key, (selfMicros.get(key) ?? 0) + delta);
}
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
console.log('| self ms | share | function |\n|---:|---:|---|');
for (const [key, micros] of [...selfMicros].sort((a, b) => b[1] - a[1]).slice(0, Number(topText))) {
  console.log(
    `| ${(micros / 1000).toFixed(0)} | ${((100 * micros) / total).toFixed(1)}% | ${key.replace(/\|/g, '\\|')} |`,
  );
}
