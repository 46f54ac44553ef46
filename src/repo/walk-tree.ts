// The listing of a tree git does not list: every regular file, with the .gitignore files at every level
// applied as git applies them. Symlinks, FIFOs, sockets and devices are not listed, and a folder that
// cannot be listed (no permission, a path past the system's length limit) gives a diagnostic rather than
// vanishing. Loaded on demand (list-files.ts): the .gitignore rules stay out of the start-up of a scan of a
// git work tree.
import { type Dirent, readdirSync } from 'node:fs';
import ignore, { type Ignore } from 'ignore';
import { decodeBytes, FileReader } from './file-reader.js';
import { decodeName, fsName } from './path-bytes.js';
import { isSkippedFolderName } from './skipped-folders.js';

export interface WalkedTree {
  paths: string[];
  /** One per folder that could not be listed, with why. */
  diagnostics: { path: string; message: string }[];
}

export function walkTree(root: string): WalkedTree {
  const paths: string[] = [];
  const diagnostics: WalkedTree['diagnostics'] = [];
  // A stack, not recursion: a hostile tree can nest folders thousands deep.
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent<Buffer>[];
    try {
      // Names as bytes: one that is not UTF-8 is decoded so it still opens (path-bytes.ts).
      entries = readdirSync(fsName(folder === '' ? root : `${root}/${folder}`), {
        withFileTypes: true,
        encoding: 'buffer',
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      diagnostics.push({
        path: folder === '' ? '.' : folder,
        message: `folder could not be listed (${code}); the files below it are not counted.`,
      });
      continue;
    }
    for (const entry of entries) {
      const name = decodeName(entry.name);
      const path = folder === '' ? name : `${folder}/${name}`;
      if (entry.isDirectory()) {
        if (!isSkippedFolderName(name)) folders.push(path);
      } else if (entry.isFile()) {
        paths.push(path);
      }
    }
  }
  return { paths: filterGitignored(root, paths, diagnostics), diagnostics };
}

/** Far above any real .gitignore; every listed path is tested against every pattern of every one. */
const MAX_GITIGNORE_BYTES = 64 * 1024;

/** Applies each folder's .gitignore to the paths below it, as git does. */
function filterGitignored(root: string, paths: string[], diagnostics: WalkedTree['diagnostics']): string[] {
  const ignoreFiles = paths.filter((path) => path === '.gitignore' || path.endsWith('/.gitignore'));
  if (ignoreFiles.length === 0) return paths;
  const reader = new FileReader(root);
  const matchers: { folder: string; matcher: Ignore }[] = [];
  for (const file of ignoreFiles) {
    const read = reader.readRaw(file, MAX_GITIGNORE_BYTES);
    if (read.status === 'skipped' && read.reason === 'too-large')
      diagnostics.push({
        path: file,
        message: 'larger than 64 KiB; not applied, so the files it names are scanned.',
      });
    if (read.status !== 'bytes') continue;
    const folder = file.slice(0, file.length - '.gitignore'.length);
    matchers.push({ folder, matcher: ignore().add(decodeBytes(read.bytes)) });
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
