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
import { isTestPath } from './test-paths.js';

export interface IndexedCommand {
  fact: CommandFact;
  simpleCommands: string[][];
}

export class FactIndex {
  readonly dependencies = new Map<string, DependencyFact[]>();
  readonly importsByRoot = new Map<string, ImportFact[]>();
  readonly callsByRoot = new Map<string, CallFact[]>();
  readonly routes: RouteFact[] = [];
  readonly manifests: ManifestFact[] = [];
  readonly images: ImageFact[] = [];
  readonly commands: IndexedCommand[] = [];
  readonly ci: CiFact[] = [];
  readonly signals = new Map<Signal, SignalFact[]>();
  /** Listed paths outside test folders, with their base names. */
  readonly paths: { path: string; baseName: string }[] = [];

  constructor(facts: Iterable<Fact>, listedPaths: readonly string[]) {
    for (const path of listedPaths) {
      if (!isTestPath(path)) this.paths.push({ path, baseName: path.slice(path.lastIndexOf('/') + 1) });
    }
    for (const fact of facts) {
      if (!isTestPath(fact.path)) this.add(fact);
    }
  }

  private add(fact: Fact): void {
    switch (fact.kind) {
      case 'dependency':
        push(this.dependencies, fact.name, fact);
        break;
      case 'import':
        push(this.importsByRoot, rootOf(fact.module), fact);
        break;
      case 'call':
        push(this.callsByRoot, rootOf(fact.callee), fact);
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

export function rootOf(dotted: string): string {
  const dot = dotted.indexOf('.');
  return dot === -1 ? dotted : dotted.slice(0, dot);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
