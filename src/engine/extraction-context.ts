// What the rules can match, told to extractors so they skip sources that cannot hold evidence.
import { rootOf } from './fact-index.js';
import type { RuleSet } from './load-rules.js';

export function extractionContextOf(ruleSet: RuleSet): { modules: Set<string>; routeWords: string[] } {
  return { modules: modulesOfInterest(ruleSet), routeWords: routeWordsOf(ruleSet) };
}

/** Top-level Python modules any rule or the ML-library list names: imports of anything else cannot matter. */
function modulesOfInterest(ruleSet: RuleSet): Set<string> {
  const modules = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const detector of rule.detect) {
      for (const name of [...(detector.imports ?? []), ...(detector.calls ?? [])]) modules.add(rootOf(name));
    }
  }
  for (const library of Object.values(ruleSet.mlLibraries))
    for (const name of library.imports) modules.add(rootOf(name));
  return modules;
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
