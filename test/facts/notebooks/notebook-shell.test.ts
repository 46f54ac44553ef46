import { describe, expect, it } from 'vitest';
import { commandsOfCell, shellMayMatter } from '../../../src/facts/notebooks/notebook-shell.js';

const context = { commandPhrases: ['dvc pull', 'tensorflow_model_server', 'gcloud ai endpoints create'] };

describe('shellMayMatter', () => {
  it.each([
    ['a shell escape in raw notebook JSON', '"source": ["import os\\n", "!dvc pull data.dvc\\n"]'],
    ['an escape after an escaped newline inside one string', '"source": "import os\\n  !dvc pull"'],
    ['an escape in decoded cells', 'import os\n!tensorflow_model_server --port=8500\n'],
    ['a %system line magic', '"%system gcloud ai endpoints create --region=eu"'],
    ['a shell cell, whose body lines carry no marker', '"%%bash\\n", "nohup tensorflow_model_server &\\n"'],
  ])('is true for %s naming a rule command', (_name, text) => {
    expect(shellMayMatter(text, context)).toBe(true);
  });

  it.each([
    ['a shell escape running something else', '"!pip install dvc\\n", "!gcloud storage cp a gs://b"'],
    ['a phrase only in code, with a comparison', 'if a != b:\n    print("dvc pull")\n'],
    ['a phrase in text but no shell line', '"source": ["Run `dvc pull` first."]'],
    ['a look-alike magic', '"%%bashful\\n", "dvc pull\\n"'],
  ])('is false for %s', (_name, text) => {
    expect(shellMayMatter(text, context)).toBe(false);
  });

  it('is true for any shell line when no rules are given', () => {
    expect(shellMayMatter('!ls\n', undefined)).toBe(true);
    expect(shellMayMatter('print(1)\n', undefined)).toBe(false);
  });
});

describe('commandsOfCell', () => {
  it('gives nothing for a Python cell without escapes or a non-shell cell magic', () => {
    expect(commandsOfCell('import os\nprint(a != b)\n')).toEqual([]);
    expect(commandsOfCell('%%sql\nSELECT 1\n')).toEqual([]);
    expect(commandsOfCell('')).toEqual([]);
  });
});
