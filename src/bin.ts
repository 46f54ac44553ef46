#!/usr/bin/env node
// Executable entry of the CLI (dist/cli/index.js). It stays tiny so that Node's compile cache (Node 22.1
// and later) is on before the CLI's bundle (dist/cli/main/index.js) is compiled: repeated runs then skip
// compiling it. Node keeps that cache in its own folder in the system's temp folder; Node 20 has none.
import * as nodeModule from 'node:module';

type Cli = typeof import('./cli.js');
type CompileCacheApi = { enableCompileCache?: () => unknown };

// A path the bundler leaves alone: the CLI is a bundle of its own, built beside this one.
const CLI_BUNDLE = './main/index.js';

(nodeModule as CompileCacheApi).enableCompileCache?.();
const { main }: Cli = await import(/* webpackIgnore: true */ CLI_BUNDLE);
process.exitCode = await main(process.argv.slice(2));
