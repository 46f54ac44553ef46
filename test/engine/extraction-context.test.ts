import { describe, expect, it } from 'vitest';
import { extractionContextOf } from '../../src/engine/extraction-context.js';
import { loadRules } from '../../src/engine/load-rules.js';

describe('extractionContextOf the shipped rules', () => {
  const context = extractionContextOf(loadRules());

  it('names the top-level modules of every rule and ML library', () => {
    for (const module of ['mlflow', 'dvc', 'evidently', 'sklearn', 'google', 'azure']) {
      expect(context.modules.has(module)).toBe(true);
    }
  });

  it('narrows a namespace root that rules name only below it to the words that must appear', () => {
    const words = context.moduleWords.get('google') ?? [];
    expect(words).toEqual(
      expect.arrayContaining(['aiplatform', 'PipelineJob', 'ModelDeploymentMonitoringJob']),
    );
    // A call pattern's keyword test is not a word of the name: `init(experiment)` gives nothing here.
    expect(words.every((word) => /^\w+$/.test(word))).toBe(true);
    // mlflow is named on its own, so any import of it matters.
    expect(context.moduleWords.has('mlflow')).toBe(false);
  });

  it("keeps the calls of the ML-library list, not only the rules' ones", () => {
    for (const root of ['cv2', 'joblib', 'pickle', 'mlflow']) expect(context.callRoots.has(root)).toBe(true);
  });

  it('gives the route words as they appear in route literals', () => {
    expect(context.routeWords).toEqual(expect.arrayContaining(['/health', 'health/', '/ping', 'ping/']));
  });
});
