// Indexes a scan's facts once so every rule looks them up instead of walking all facts.
import type {
  CallFact,
  CiFact,
  CommandFact,
  DependencyFact,
  Fact,
  ImageFact,
  ImportFact,
  ManifestFact,
  RouteFact,
  Signal,
  SignalFact,
} from '../facts/model.js';
import { splitCommand } from './command-words.js';
import { isTestGroup, isTestPath } from './test-paths.js';

export interface IndexedCommand {
  fact: CommandFact;
  simpleCommands: string[][];
}

export class FactIndex {
  readonly dependencies = new Map<string, DependencyFact[]>();
  readonly importsByRoot = new Map<string, ImportFact[]>();
  /** Calls by their callee's root, then by callee: a pattern tests each distinct callee once. */
  readonly callsByRoot = new Map<string, Map<string, CallFact[]>>();
  readonly routes: RouteFact[] = [];
  readonly manifests: ManifestFact[] = [];
  readonly images: ImageFact[] = [];
  readonly commands: IndexedCommand[] = [];
  readonly ci: CiFact[] = [];
  readonly signals = new Map<Signal, SignalFact[]>();
  /** Listed paths outside test folders that `isIndexedPath` keeps, with their base names. */
  readonly paths: { path: string; baseName: string }[] = [];

  /** Top-level Python packages the repository defines itself: using them is not using a tool. */
  readonly firstParty: ReadonlySet<string>;

  /**
   * `prefix` is the project folder (with its slash) the paths are judged from, `''` for the repository.
   * `isIndexedPath` keeps only the listed paths some rule may match: a 100k-file monorepo then indexes a
   * handful of lock files rather than every path.
   */
  constructor(
    facts: Iterable<Fact>,
    listedPaths: readonly string[],
    readonly prefix = '',
    isIndexedPath: (path: string, baseName: string) => boolean = () => true,
  ) {
    this.firstParty = findFirstPartyPackages(listedPaths, prefix);
    const isExample = isPackagedLibrary(listedPaths, prefix, this.firstParty) ? isExamplePath : () => false;
    const isNotEvidence = (relative: string) => isTestPath(relative) || isExample(relative);
    for (const path of listedPaths) {
      const baseName = path.slice(path.lastIndexOf('/') + 1);
      if (isIndexedPath(path, baseName) && !isNotEvidence(path.slice(prefix.length))) {
        this.paths.push({ path, baseName });
      }
    }
    // Facts come grouped by file: judge each path once, not once per fact.
    let lastPath = '';
    let isLastTest = false;
    for (const fact of facts) {
      if (fact.path !== lastPath) {
        lastPath = fact.path;
        isLastTest = isNotEvidence(fact.path.slice(prefix.length));
      }
      if (!isLastTest) this.add(fact);
    }
  }

  private add(fact: Fact): void {
    switch (fact.kind) {
      case 'dependency':
        // A library's own extras (`bentoml[io]` in bentoml's pyproject) and test-only groups are not usage.
        if (this.firstParty.has(fact.name.replaceAll('-', '_')) || isTestGroup(fact.group)) break;
        push(this.dependencies, fact.name, fact);
        break;
      case 'import':
        if (this.firstParty.has(rootOf(fact.module))) break;
        push(this.importsByRoot, rootOf(fact.module), fact);
        break;
      case 'call':
        if (this.firstParty.has(rootOf(fact.callee))) break;
        pushByCallee(this.callsByRoot, rootOf(fact.callee), fact);
        break;
      case 'route':
        this.routes.push(fact);
        break;
      case 'manifest':
        this.manifests.push(fact);
        break;
      case 'image':
        this.images.push(fact);
        break;
      case 'command':
        this.commands.push({ fact, simpleCommands: splitCommand(fact.command) });
        break;
      case 'ci':
        this.ci.push(fact);
        break;
      case 'signal':
        push(this.signals, fact.signal, fact);
        break;
    }
  }
}

/** `pkg` for `pkg/__init__.py` or `src/pkg/__init__.py` directly under the project folder. */
export function findFirstPartyPackages(paths: readonly string[], prefix: string): Set<string> {
  const packages = new Set<string>();
  for (const path of paths) {
    if (!path.endsWith('/__init__.py') || !path.startsWith(prefix)) continue;
    const segments = path.slice(prefix.length).split('/');
    if (segments.length === 2) packages.add(segments[0]!);
    else if (segments.length === 3 && segments[0] === 'src') packages.add(segments[1]!);
  }
  return packages;
}

const PACKAGING_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/**
 * A Python library: a package of its own and the packaging that ships it, at the project's root. Its
 * `examples/` show users what they can do with it (evidently's Grafana and Prefect demos); they are not
 * practices the library's own project has in place.
 */
function isPackagedLibrary(
  paths: readonly string[],
  prefix: string,
  firstParty: ReadonlySet<string>,
): boolean {
  if (firstParty.size === 0) return false;
  const packaging = new Set(PACKAGING_FILES.map((name) => prefix + name));
  return paths.some((path) => packaging.has(path));
}

/** A file in the project's top-level `examples/` or `example/` folder. */
function isExamplePath(relative: string): boolean {
  return relative.startsWith('examples/') || relative.startsWith('example/');
}

export function rootOf(dotted: string): string {
  const dot = dotted.indexOf('.');
  return dot === -1 ? dotted : dotted.slice(0, dot);
}

function pushByCallee(map: Map<string, Map<string, CallFact[]>>, root: string, fact: CallFact): void {
  let byCallee = map.get(root);
  if (!byCallee) {
    byCallee = new Map();
    map.set(root, byCallee);
  }
  push(byCallee, fact.callee, fact);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
