// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell parameter expansions (${#FILES[@]}) are test data, not JS templates.
import { describe, expect, it } from 'vitest';
import {
  findHeredocBodies,
  isShellShebang,
  splitShellLines,
  stripShellComment,
} from '../../../src/facts/ci/shell-lines.js';

describe('splitShellLines', () => {
  it('gives one command per line with the offset of the line it starts on', () => {
    const script = [
      'set -euo pipefail',
      '',
      '# fetch the data',
      'dvc pull',
      'python train.py  # trains',
    ].join('\n');
    expect(splitShellLines(script)).toEqual([
      { command: 'set -euo pipefail', offset: 0 },
      { command: 'dvc pull', offset: 3 },
      { command: 'python train.py', offset: 4 },
    ]);
  });

  it('joins backslash continuations onto the first line', () => {
    const script = ['python train.py \\', '  --epochs 10 \\', '  --lr 0.01', 'dvc push'].join('\n');
    expect(splitShellLines(script)).toEqual([
      { command: 'python train.py --epochs 10 --lr 0.01', offset: 0 },
      { command: 'dvc push', offset: 3 },
    ]);
  });

  it('drops lines that are only shell grammar', () => {
    const script = [
      'if [ -f model.pkl ]; then',
      '  dvc push',
      'fi',
      'for f in data/*; do',
      '  gzip "$f"',
      'done',
    ];
    expect(splitShellLines(script.join('\n')).map((line) => line.command)).toEqual([
      'if [ -f model.pkl ]; then',
      'dvc push',
      'for f in data/*; do',
      'gzip "$f"',
    ]);
  });

  it('skips heredoc bodies, which are data for the command that opens them', () => {
    const script = [
      'python - <<EOF',
      'import mlflow',
      'EOF',
      'cat <<-"CONFIG" > params.yaml',
      '\tepochs: 10',
      '\tCONFIG',
      'grep -c x <<< "$LOG"',
      'dvc repro',
    ].join('\n');
    expect(splitShellLines(script)).toEqual([
      { command: 'python - <<EOF', offset: 0 },
      { command: 'cat <<-"CONFIG" > params.yaml', offset: 3 },
      { command: 'grep -c x <<< "$LOG"', offset: 6 },
      { command: 'dvc repro', offset: 7 },
    ]);
  });

  it('does not take a quoted << for a heredoc', () => {
    expect(splitShellLines('echo "train << data"\ndvc repro')).toEqual([
      { command: 'echo "train << data"', offset: 0 },
      { command: 'dvc repro', offset: 1 },
    ]);
  });

  it('lets an unterminated heredoc swallow the rest of the script', () => {
    expect(splitShellLines('cat <<EOF\ndvc repro\n')).toEqual([{ command: 'cat <<EOF', offset: 0 }]);
  });
});

describe('findHeredocBodies', () => {
  it('reports where each body lies and whether all were closed', () => {
    const lines = ['a', 'EOF', 'b', 'END', 'next'];
    expect(findHeredocBodies(lines, 0, 'paste <<EOF <<END')).toEqual({
      bodies: [
        { start: 0, end: 1 },
        { start: 2, end: 3 },
      ],
      next: 4,
      isClosed: true,
    });
    expect(findHeredocBodies(['a', 'b'], 0, 'cat <<EOF')).toEqual({
      bodies: [{ start: 0, end: 2 }],
      next: 2,
      isClosed: false,
    });
  });
});

describe('stripShellComment', () => {
  it.each([
    ['pytest tests/ # unit tests', 'pytest tests/'],
    ['# dvc repro', ''],
    ['echo "# not a comment" done', 'echo "# not a comment" done'],
    ["echo '#1' # first", "echo '#1'"],
    ['echo $# ${#FILES[@]}', 'echo $# ${#FILES[@]}'],
    ['curl http://localhost:8000/#health', 'curl http://localhost:8000/#health'],
    ['echo \\# escaped', 'echo \\# escaped'],
  ])('turns %s into %s', (line, expected) => {
    expect(stripShellComment(line)).toBe(expected);
  });
});

describe('isShellShebang', () => {
  it.each([
    ['#!/bin/sh', true],
    ['#!/bin/bash -e', true],
    ['#!/usr/bin/env bash', true],
    ['#!/usr/bin/env -S bash -eu', true],
    ['#!/usr/bin/env zsh', true],
    ['#!/usr/bin/env python3', false],
    ['#!/usr/bin/env node', false],
    ['#!/usr/bin/fish', false],
  ])('%s → %s', (line, expected) => {
    expect(isShellShebang(line)).toBe(expected);
  });
});
