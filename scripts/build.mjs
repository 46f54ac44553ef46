// Bundles the action (dist/index.js), the CLI (dist/cli/main/index.js) with its tiny executable entry
// (dist/cli/index.js) and the extraction worker (dist/worker/index.js) with ncc, as ES modules.
import { execFileSync } from 'node:child_process';
import { chmodSync, renameSync, rmSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const build = (entry, out) =>
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      out,
      '--minify',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '-q',
    ],
    {
      stdio: 'inherit',
    },
  );

rmSync('dist', { recursive: true, force: true });
build('src/index.ts', 'dist');
build('src/cli.ts', 'dist/cli/main');
// ncc names every bundle index.js: the entry is built apart, then moved beside the CLI's folder.
build('src/bin.ts', 'dist/cli-entry');
renameSync('dist/cli-entry/index.js', 'dist/cli/index.js');
rmSync('dist/cli-entry', { recursive: true });
// Extraction worker threads run this small bundle, which both entries find beside them.
build('src/pipeline/extraction-worker.ts', 'dist/worker');
chmodSync('dist/cli/index.js', 0o755);
// The validated rules as JSON, so a run skips parsing and validating the YAML (used while it matches it).
execFileSync(
  process.execPath,
  ['dist/cli/index.js', 'rules', '--format', 'json', '--output', 'dist/rules.json'],
  {
    stdio: 'inherit',
  },
);
