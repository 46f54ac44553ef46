#!/usr/bin/env node
// Executable entry of the CLI, bundled to dist/cli/index.js.
import { main } from './cli.js';

process.exitCode = main(process.argv.slice(2));
