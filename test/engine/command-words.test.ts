import { describe, expect, it } from 'vitest';
import { splitCommand, startsWithWords } from '../../src/engine/command-words.js';

describe('splitCommand', () => {
  it('splits chained commands and drops wrappers that only run the next program', () => {
    expect(
      splitCommand('cd app && poetry run python -m mlflow models serve -m runs:/1/model | tee log'),
    ).toEqual([
      ['cd', 'app'],
      ['mlflow', 'models', 'serve', '-m', 'runs:/1/model'],
      ['tee', 'log'],
    ]);
  });

  it('drops environment assignments and sudo', () => {
    expect(splitCommand('CUDA_VISIBLE_DEVICES=0 sudo dvc repro')).toEqual([['dvc', 'repro']]);
  });

  it('reads conda run with its environment flag', () => {
    expect(splitCommand('conda run -n ml dvc pull')).toEqual([['dvc', 'pull']]);
  });
});

describe('startsWithWords', () => {
  it('matches leading words and a program given by path', () => {
    expect(startsWithWords(['dvc', 'repro', '-f'], ['dvc', 'repro'])).toBe(true);
    expect(
      startsWithWords(['/usr/bin/tensorflow_model_server', '--port=8500'], ['tensorflow_model_server']),
    ).toBe(true);
  });

  it('does not match a word that only appears later', () => {
    expect(startsWithWords(['echo', 'dvc', 'repro'], ['dvc', 'repro'])).toBe(false);
    expect(startsWithWords(['dvc'], ['dvc', 'repro'])).toBe(false);
  });
});

describe('splitCommand with quotes', () => {
  it('keeps separators inside quotes within one word', () => {
    expect(splitCommand('echo "build first && bentoml serve service:svc"')).toEqual([
      ['echo', 'build first && bentoml serve service:svc'],
    ]);
    expect(splitCommand("echo 'next; mlflow models serve' && dvc push")).toEqual([
      ['echo', 'next; mlflow models serve'],
      ['dvc', 'push'],
    ]);
  });

  it('joins quoted parts of one word and survives an unclosed quote', () => {
    expect(splitCommand('python -m "mlflow" models serve --model-uri "models:/churn/1')).toEqual([
      ['mlflow', 'models', 'serve', '--model-uri', 'models:/churn/1'],
    ]);
  });
});

describe('splitCommand with compound commands', () => {
  it('finds the program after if, while and until', () => {
    expect(splitCommand('if dvc pull; then dvc repro; fi')).toEqual([
      ['dvc', 'pull'],
      ['dvc', 'repro'],
      ['fi'],
    ]);
    expect(splitCommand('while ! dvc push; do sleep 5; done')).toEqual([
      ['dvc', 'push'],
      ['sleep', '5'],
      ['done'],
    ]);
  });
});
