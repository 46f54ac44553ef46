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
