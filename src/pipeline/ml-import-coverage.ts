// Which ML libraries already have their evidence, so later files that could show nothing else are not
// parsed. The report cites one import per ML library and project (the first in path order that is not
// test code): once a thread has kept such an import for each root a file may import, in every project
// the file belongs to, the file's own imports come later and can change nothing.
//
// A thread sees its files in ascending path order, so what it kept earlier also comes first in the scan.
import { compileProjectGlobs } from '../config/glob-list.js';
import { isTestPath } from '../engine/test-paths.js';
import type { ExtractionContext } from '../facts/model.js';
import type { FileOutcome } from './extract-file.js';

export class MlImportCoverage {
  /** Per assessed folder (`''` for the whole tree, else `folder/`), the roots whose first import is kept. */
  private readonly covered = new Map<string, Set<string>>();
  private readonly mlOnly: ReadonlyMap<string, readonly string[]>;
  private readonly isProject: ((folder: string) => boolean) | undefined;
  private readonly scopesByFolder = new Map<string, readonly string[]>();

  constructor(context: ExtractionContext) {
    this.mlOnly = context.mlOnlyModules ?? new Map();
    const globs = context.projectGlobs ?? [];
    // As scan.ts finds project folders.
    this.isProject = globs.length === 0 ? undefined : compileProjectGlobs(globs);
  }

  /** True when, in every assessed folder where `path` is not test code, each of `roots` is covered. */
  isCovered(path: string, roots: readonly string[]): boolean {
    for (const scope of this.scopesOf(path)) {
      if (isTestPath(path.slice(scope.length))) continue;
      const covered = this.covered.get(scope);
      if (!covered || !roots.every((root) => covered.has(root))) return false;
    }
    return true;
  }

  /** Notes the ML-only imports of a file this thread extracted or reused. */
  note(path: string, outcome: FileOutcome): void {
    if (outcome === null || !('extractions' in outcome)) return;
    let scopes: readonly string[] | undefined;
    for (const extraction of outcome.extractions) {
      for (const fact of extraction.facts) {
        if (fact.kind !== 'import') continue;
        const dot = fact.module.indexOf('.');
        const root = dot === -1 ? fact.module : fact.module.slice(0, dot);
        if (!this.mlOnly.has(root)) continue;
        scopes ??= this.scopesOf(path).filter((scope) => !isTestPath(path.slice(scope.length)));
        for (const scope of scopes) {
          const covered = this.covered.get(scope);
          if (covered) covered.add(root);
          else this.covered.set(scope, new Set([root]));
        }
      }
    }
  }

  /** `''` and each folder above `path` that the `projects` globs make a project, as `folder/`. */
  private scopesOf(path: string): readonly string[] {
    const slash = path.lastIndexOf('/');
    const folder = slash === -1 ? '' : path.slice(0, slash);
    let scopes = this.scopesByFolder.get(folder);
    if (scopes) return scopes;
    const found = [''];
    if (this.isProject) {
      for (let at = folder.indexOf('/'); ; at = folder.indexOf('/', at + 1)) {
        const above = at === -1 ? folder : folder.slice(0, at);
        if (above !== '' && this.isProject(above)) found.push(`${above}/`);
        if (at === -1) break;
      }
    }
    scopes = found;
    if (this.scopesByFolder.size < 100_000) this.scopesByFolder.set(folder, scopes);
    return scopes;
  }
}
