// Action entry: calls run() from action/run.ts, nothing else.
import { run } from './action/run.js';

await run();
