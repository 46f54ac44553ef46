#!/usr/bin/env node
// Executable entry of the CLI, bundled to dist/cli/index.js.
import { main } from './cli.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
