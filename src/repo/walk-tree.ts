// The listing of a tree git does not list: every file, with the .gitignore files at every level applied as
// git applies them. Loaded on demand (list-files.ts): fast-glob and the .gitignore rules stay out of the
// start-up of a scan of a git work tree.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { isSkippedFolderName } from './skipped-folders.js';

export function walkTree(root: string): string[] {
  const entries = fg.sync('**', {
    cwd: root,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: ['**/.git/**'],
  });
  return filterGitignored(root, entries);
}

/** Applies each folder's .gitignore to the paths below it, as git does. */
function filterGitignored(root: string, paths: string[]): string[] {
  const ignoreFiles = paths.filter((path) => path === '.gitignore' || path.endsWith('/.gitignore'));
  if (ignoreFiles.length === 0) return paths;
  const matchers: { folder: string; matcher: Ignore }[] = [];
  for (const file of ignoreFiles) {
    let text: string;
    try {
      text = readFileSync(`${root}/${file}`, 'utf8');
    } catch {
      continue;
    }
    const folder = file.slice(0, file.length - '.gitignore'.length);
    if (folder.split('/').some(isSkippedFolderName)) continue;
    matchers.push({ folder, matcher: ignore().add(text) });
  }
  return paths.filter(
    (path) => !matchers.some(({ folder, matcher }) => isIgnoredBelow(path, folder, matcher)),
  );
}

function isIgnoredBelow(path: string, folder: string, matcher: Ignore): boolean {
  if (!path.startsWith(folder)) return false;
  const relative = path.slice(folder.length);
  // A file is ignored when it or any folder above it (within this .gitignore's folder) is ignored.
  let end = relative.indexOf('/');
  while (end !== -1) {
    if (matcher.ignores(`${relative.slice(0, end)}/`)) return true;
    end = relative.indexOf('/', end + 1);
  }
  return matcher.ignores(relative);
}
