// The scanned folder's path inside the workspace: report paths are the folder's, GitHub wants the repository's.
import { relative, resolve } from 'node:path';

/** `examples/churn-service/` for that folder, `''` for the workspace itself or a folder outside it. */
export function workspacePrefix(path: string): string {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const folder = relative(workspace, resolve(path)).split('\\').join('/');
  return folder === '' || folder.startsWith('..') ? '' : `${folder}/`;
}
