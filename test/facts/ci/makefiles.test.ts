import { describe, expect, it } from 'vitest';
import { makefileExtractor } from '../../../src/facts/ci/makefiles.js';
import type { Fact } from '../../../src/facts/model.js';

function extract(path: string, ...lines: string[]) {
  return makefileExtractor.extract({ path, text: lines.join('\n') });
}

function command(path: string, line: number, text: string, source: 'makefile' | 'script' = 'makefile'): Fact {
  return { kind: 'command', path, line, command: text, source };
}

describe('makefileExtractor.claims', () => {
  it.each([
    ['Makefile', true],
    ['makefile', true],
    ['GNUmakefile', true],
    ['build/rules.mk', true],
    ['justfile', true],
    ['Justfile', true],
    ['.justfile', true],
    ['scripts/train.sh', true],
    ['Makefile.am', false],
    ['scripts/train.py', false],
    ['scripts/train.sh.bak', false],
  ])('%s → %s', (path, expected) => {
    expect(makefileExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1))).toBe(expected);
  });
});

describe('Makefiles', () => {
  const PATH = 'Makefile';

  it('reads recipe lines without their @, - and + modifiers, joining continuations', () => {
    const result = extract(
      PATH,
      'PYTHON := python3',
      'DATA = s3://churn-data:latest',
      '',
      '.PHONY: train test',
      '',
      'train: data/processed.csv',
      '\t@echo "training"',
      '\t-$(PYTHON) train.py \\',
      '\t\t--epochs 10',
      '\t+$(MAKE) -C docs',
      '',
      '# the test suite',
      'test:',
      '\t# run quickly',
      '\tpytest tests/  # unit tests only',
      '\t@ - dvc status',
    );
    expect(result).toEqual({
      facts: [
        command(PATH, 7, 'echo "training"'),
        command(PATH, 8, '$(PYTHON) train.py --epochs 10'),
        command(PATH, 10, '$(MAKE) -C docs'),
        command(PATH, 15, 'pytest tests/'),
        command(PATH, 16, 'dvc status'),
      ],
      diagnostics: [],
    });
  });

  it('reads a recipe written on the rule line after a semicolon', () => {
    expect(extract(PATH, 'lint: ; ruff check .', 'clean: # no recipe ; rm -rf build').facts).toEqual([
      command(PATH, 1, 'ruff check .'),
    ]);
  });

  it('keeps a rule open across comments, blank lines and conditionals, and closes it at an assignment', () => {
    const result = extract(
      PATH,
      'serve:',
      'ifeq ($(GPU),1)',
      '\tpython serve.py --device cuda',
      'else',
      '\tpython serve.py',
      'endif',
      'PORT = 8000',
      '\tpython not_a_recipe.py',
    );
    expect(result.facts).toEqual([
      command(PATH, 3, 'python serve.py --device cuda'),
      command(PATH, 5, 'python serve.py'),
    ]);
  });

  it('skips define blocks, which hold variable values rather than recipes', () => {
    const result = extract(
      PATH,
      'define TRAIN_RECIPE',
      'train:',
      '\tpython train.py',
      'endef',
      'deploy:',
      '\tkubectl apply -f k8s/',
    );
    expect(result.facts).toEqual([command(PATH, 6, 'kubectl apply -f k8s/')]);
  });

  it('follows .RECIPEPREFIX', () => {
    const result = extract(
      PATH,
      '.RECIPEPREFIX = >',
      'train:',
      '> python train.py',
      '\tpython not_a_recipe.py',
    );
    expect(result.facts).toEqual([command(PATH, 3, 'python train.py')]);
  });

  it('ignores tab-indented lines before any rule and a commented-out rule', () => {
    const result = extract(PATH, '\tpython orphan.py', '# train:', '#\tdvc repro');
    expect(result).toEqual({ facts: [], diagnostics: [] });
  });

  it('ends a recipe whose continuation runs past the end of the file', () => {
    expect(extract('rules.mk', 'train:', '\tpython train.py \\').facts).toEqual([
      command('rules.mk', 2, 'python train.py'),
    ]);
  });
});

describe('justfiles', () => {
  const PATH = 'justfile';

  it('reads indented recipe lines and skips settings, assignments, attributes and comments', () => {
    const result = extract(
      PATH,
      'set shell := ["bash", "-c"]',
      'epochs := "10"',
      'alias t := train',
      '',
      '# Train the model',
      '[group("ml")]',
      'train epochs=epochs: setup',
      '    @echo "training for {{epochs}} epochs"',
      '    # pull the data first',
      '    dvc pull',
      '    python train.py --epochs {{epochs}} \\',
      '        --seed 42',
      '',
      '@setup:',
      '    -pip install -r requirements.txt',
    );
    expect(result.facts).toEqual([
      command(PATH, 8, 'echo "training for {{epochs}} epochs"'),
      command(PATH, 10, 'dvc pull'),
      command(PATH, 11, 'python train.py --epochs {{epochs}} --seed 42'),
      command(PATH, 15, 'pip install -r requirements.txt'),
    ]);
  });

  it('reads a bash shebang recipe and skips a Python one', () => {
    const result = extract(
      PATH,
      'report:',
      '    #!/usr/bin/env python3',
      '    import mlflow',
      '',
      'publish:',
      '    #!/usr/bin/env bash',
      '    set -euo pipefail',
      '    dvc push',
    );
    expect(result.facts).toEqual([command(PATH, 7, 'set -euo pipefail'), command(PATH, 8, 'dvc push')]);
  });
});

describe('shell scripts', () => {
  const PATH = 'scripts/train.sh';

  it('reads every command line and skips the shebang, comments, grammar and heredoc bodies', () => {
    const result = extract(
      PATH,
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      '# dvc repro is run by CI',
      'if [ ! -d data/raw ]; then',
      '  dvc pull',
      'fi',
      'python - <<EOF',
      'import mlflow',
      'EOF',
      'python train.py \\',
      '  --config configs/train.yaml  # default config',
    );
    expect(result).toEqual({
      facts: [
        command(PATH, 2, 'set -euo pipefail', 'script'),
        command(PATH, 4, 'if [ ! -d data/raw ]; then', 'script'),
        command(PATH, 5, 'dvc pull', 'script'),
        command(PATH, 7, 'python - <<EOF', 'script'),
        command(PATH, 10, 'python train.py --config configs/train.yaml', 'script'),
      ],
      diagnostics: [],
    });
  });

  it('yields nothing for an empty script', () => {
    expect(extract(PATH, '')).toEqual({ facts: [], diagnostics: [] });
  });
});
