// Whether to colour the terminal report: Node's own rules (its util.styleText and REPL follow them), not
// ours. FORCE_COLOR forces colour even into a pipe (FORCE_COLOR=0 turns it off); otherwise only a TTY gets
// colour, and NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb turn it off there. https://nodejs.org/api/tty.html
import { WriteStream } from 'node:tty';

type ColorDepthOf = (env: NodeJS.ProcessEnv) => number;
// getColorDepth reads only `env` (and the platform), so it answers for any stream and any environment.
const colorDepthOf: ColorDepthOf = (env) => WriteStream.prototype.getColorDepth.call(undefined, env);

export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined) return colorDepthOf(env) > 2;
  return stream.isTTY === true && colorDepthOf(env) > 2;
}
