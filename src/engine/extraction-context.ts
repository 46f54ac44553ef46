// What the rules can match, told to extractors so they skip sources that cannot hold evidence.
import { rootOf } from './fact-index.js';
import type { RuleSet } from './load-rules.js';

export function extractionContextOf(ruleSet: RuleSet): {
  modules: Set<string>;
  moduleWords: Map<string, string[]>;
  routeWords: string[];
  mlOnlyModules: Map<string, string[]>;
  callRoots: Set<string>;
  callNames: string[];
  commandWords: Set<string>;
  commandPhrases: string[];
} {
  const names = dottedNamesOf(ruleSet);
  return {
    modules: new Set(names.map(rootOf)),
    moduleWords: moduleWordsOf(names),
    routeWords: routeWordsOf(ruleSet),
    mlOnlyModules: mlOnlyModulesOf(ruleSet),
    callRoots: callRootsOf(ruleSet),
    callNames: callNamesOf(ruleSet),
    commandWords: commandWordsOf(ruleSet),
    commandPhrases: commandPhrasesOf(ruleSet),
  };
}

/** The first word of each of the rules' command patterns (`dvc` of `dvc repro`). */
function commandWordsOf(ruleSet: RuleSet): Set<string> {
  const words = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const detector of rule.detect) {
      for (const command of detector.commands ?? []) words.add(command.trim().split(/\s+/)[0]!);
    }
  }
  return words;
}

/** Each of the rules' command patterns with single spaces (`gcloud ai endpoints create`). */
function commandPhrasesOf(ruleSet: RuleSet): string[] {
  const phrases = ruleSet.rules.flatMap((rule) =>
    rule.detect.flatMap((detector) =>
      (detector.commands ?? []).map((command) => command.trim().split(/\s+/).join(' ')),
    ),
  );
  return [...new Set(phrases)];
}

/** The call patterns of the rules and of the ML-library list. */
function callPatternsOf(ruleSet: RuleSet): string[] {
  return [
    ...ruleSet.rules.flatMap((rule) => rule.detect.flatMap((detector) => detector.calls ?? [])),
    ...Object.values(ruleSet.mlLibraries).flatMap((library) => library.calls ?? []),
  ];
}

/** The roots of the call patterns (`mlflow` of `mlflow.*.log_model(registered_model_name)`, `cv2` of `cv2.dnn.*`). */
function callRootsOf(ruleSet: RuleSet): Set<string> {
  return new Set(callPatternsOf(ruleSet).map((call) => call.split(/[.(]/)[0]!));
}

/** The call patterns' dotted names, keyword tests left out (`mlflow.*.log_model`). */
function callNamesOf(ruleSet: RuleSet): string[] {
  return [...new Set(callPatternsOf(ruleSet).map((call) => call.split('(')[0]!))];
}

/**
 * ML libraries' import names that are whole roots (`torch`) and that no rule names whole, each with the
 * words the rules' names below it spell (`tensorboard` for `torch.utils.tensorboard`): in a source
 * holding none of them, an import of the root is read only to find the first one of each library.
 */
function mlOnlyModulesOf(ruleSet: RuleSet): Map<string, string[]> {
  const ruleNames = new Map<string, string[] | null>();
  for (const rule of ruleSet.rules) {
    for (const detector of rule.detect) {
      for (const name of [...(detector.imports ?? []), ...(detector.calls ?? [])]) {
        const root = rootOf(name);
        // The longest plain word below the root: a source using the name spells it out.
        const word = name
          .split('.')
          .slice(1)
          .filter((part) => /^\w+$/.test(part))
          .reduce((best, part) => (part.length > best.length ? part : best), '');
        const words = ruleNames.get(root);
        if (word === '' || words === null) ruleNames.set(root, null);
        else ruleNames.set(root, [...(words ?? []), word]);
      }
    }
  }
  const roots = new Map<string, string[]>();
  for (const library of Object.values(ruleSet.mlLibraries)) {
    for (const name of library.imports ?? []) {
      const words = ruleNames.get(name);
      if (!name.includes('.') && words !== null) roots.set(name, [...new Set(words ?? [])]);
    }
  }
  return roots;
}

/** The modules and calls any rule or the ML-library list names: imports of anything else cannot matter. */
function dottedNamesOf(ruleSet: RuleSet): string[] {
  const names: string[] = [];
  for (const rule of ruleSet.rules) {
    for (const detector of rule.detect) names.push(...(detector.imports ?? []), ...(detector.calls ?? []));
  }
  for (const library of Object.values(ruleSet.mlLibraries)) {
    names.push(...(library.imports ?? []), ...(library.calls ?? []));
  }
  // A call pattern's keyword test (`init(experiment)`) is not part of the dotted name.
  return names.map((name) => name.replace(/\(.*$/, ''));
}

/**
 * For a namespace root that rules name only below it (`google` in `google.cloud.aiplatform`), the longest
 * further part of each name: a source using the name spells that part out, whatever it aliases, so a
 * source importing `google.protobuf` and holding none of them cannot matter.
 */
function moduleWordsOf(names: readonly string[]): Map<string, string[]> {
  const byRoot = new Map<string, Set<string> | null>();
  for (const name of names) {
    const root = rootOf(name);
    const parts = name.split('.').slice(1).filter(Boolean);
    if (parts.length === 0) byRoot.set(root, null);
    else if (byRoot.get(root) !== null) {
      const longest = parts.reduce((best, part) => (part.length > best.length ? part : best));
      byRoot.set(root, (byRoot.get(root) ?? new Set<string>()).add(longest));
    }
  }
  const words = new Map<string, string[]>();
  for (const [root, parts] of byRoot) if (parts) words.set(root, [...parts]);
  return words;
}

/**
 * `/health`, `health/`...: the first word of each route glob's last segment, as it appears in a route
 * literal (FastAPI `"/health"`, Django `"health/"`). The slash keeps `typing` from matching `ping`.
 */
function routeWordsOf(ruleSet: RuleSet): string[] {
  const words = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const glob of rule.detect.flatMap((detector) => detector.routes ?? [])) {
      const word = /^[A-Za-z0-9]+/.exec(glob.slice(glob.lastIndexOf('/') + 1))?.[0];
      if (word) words.add(word);
    }
  }
  return [...words].flatMap((word) => [`/${word}`, `${word}/`]);
}
