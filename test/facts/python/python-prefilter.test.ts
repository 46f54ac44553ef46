import { describe, expect, it } from 'vitest';
import {
  mayImportAny,
  mayMatter,
  mayMatterBytes,
  mlImportsOnly,
} from '../../../src/facts/python/python-prefilter.js';

// The regular expression the hand-written scan must agree with.
function mayImportAnyReference(text: string, modules: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/\b(from|import)[ \t]+([^\n;]+)/g)) {
    const parts = match[1] === 'from' ? [match[2]!] : match[2]!.split(',');
    for (const part of parts) {
      const root = /^\s*([A-Za-z_]\w*)/.exec(part)?.[1];
      if (root !== undefined && modules.has(root)) return true;
    }
  }
  return false;
}

const modules = new Set(['mlflow', 'dvc', 'wandb']);

describe('mayImportAny', () => {
  it.each([
    'import mlflow',
    'import os, mlflow',
    'import os,mlflow as m',
    'import os; import dvc.api',
    'from mlflow.tracking import MlflowClient',
    'from os import mlflow',
    'from\tdvc import api',
    '    import wandb  # indented',
    'x = 1; import wandb',
    'reimport mlflow',
    'importmlflow',
    'import\nmlflow',
    'import \t\n',
    'from . import mlflow',
    'from .mlflow import x',
    'import numpy as np\nimport pandas',
    '"cells": ["import os, mlflow\\n", "x"]',
    '"source": ["from dvc.api import open\\n"]',
    'import os, (mlflow)',
    'import 3mlflow, mlflow',
    'import mlflow_extra',
    'transform mlflow',
    'from',
    'import',
    '',
    'from x import (\n    mlflow,\n)',
    'import\u00a0mlflow',
    'import os,\u00a0mlflow',
  ])('agrees with the regular expression on %j, and so does the check on bytes', (text) => {
    const expected = mayImportAnyReference(text, modules);
    expect(mayImportAny(text, modules)).toBe(expected);
    const context = { modules, routeWords: [] };
    const onBytes = mayMatterBytes(Buffer.from(text), context);
    // On bytes, non-ASCII characters count as spaces: never false where the text says true.
    const isAscii = [...text].every((character) => character.charCodeAt(0) < 0x80);
    if (isAscii) expect(onBytes).toBe(expected);
    else if (expected) expect(onBytes).toBe(true);
  });

  it('on bytes, skips Unicode spaces before a name as the text check does', () => {
    const context = { modules, routeWords: [] };
    expect(mayMatterBytes(Buffer.from('import os,\u3000mlflow'), context)).toBe(true);
    expect(mayMatterBytes(Buffer.from('import os, numpy  # \u00e9mlflow'), context)).toBe(false);
  });

  it('finds a module of interest and ignores ordinary ones', () => {
    expect(mayImportAny('import os\nfrom pathlib import Path\nimport mlflow\n', modules)).toBe(true);
    expect(mayImportAny('import os\nfrom pathlib import Path\n', modules)).toBe(false);
  });
});

describe('mayMatter', () => {
  const context = { modules, routeWords: ['/health', 'health/', '/ready', 'ready/'] };

  it.each([
    ['@app.get("/health")', true],
    ['path("health/", views.health)', true],
    ['@router.get("/healthz")', true],
    ['x = total / health', false],
    ['health = 1', false],
    ['from fastapi import FastAPI', true],
    ['import numpy', false],
  ])('%j may matter: %s', (text, expected) => {
    expect(mayMatter(text, context)).toBe(expected);
    expect(mayMatterBytes(Buffer.from(text), context)).toBe(expected);
  });

  it('looks for a word given without a slash anywhere', () => {
    expect(mayMatter('status = "ping"', { modules, routeWords: ['ping'] })).toBe(true);
    expect(mayMatterBytes(Buffer.from('status = "ping"'), { modules, routeWords: ['ping'] })).toBe(true);
  });

  it('reads everything when no context narrows it', () => {
    expect(mayMatter('import numpy', undefined)).toBe(true);
  });
});

describe('a namespace root named only below it', () => {
  const context = {
    modules: new Set(['google', 'mlflow']),
    moduleWords: new Map([['google', ['aiplatform']]]),
    routeWords: [],
  };

  it.each([
    ['from google.protobuf import message', false],
    ['import google.auth', false],
    ['from google.cloud import aiplatform', true],
    ['import google.cloud.aiplatform as aip', true],
    ['from google import cloud\ncloud.aiplatform.init()', true],
    ['import google.auth\nimport mlflow', true],
  ])('%j may matter: %s', (text, expected) => {
    expect(mayMatter(text, context)).toBe(expected);
    expect(mayMatterBytes(Buffer.from(text), context)).toBe(expected);
  });
});

describe('mlImportsOnly', () => {
  const context = {
    modules: new Set(['torch', 'sklearn', 'mlflow']),
    mlOnlyModules: new Map([
      ['torch', ['tensorboard']],
      ['sklearn', []],
    ]),
    routeWords: ['/health'],
  };

  it.each([
    ['import torch\nfrom sklearn import svm\nimport os', ['sklearn', 'torch']],
    ['import torch, sklearn.svm', ['sklearn', 'torch']],
    ['import os\nimport json', undefined],
    ['import torch\nimport mlflow', undefined],
    ['import torch\nfrom torch.utils import tensorboard', undefined],
    ['import torch\nimport sklearn, \\\n    mlflow', undefined],
    ['import torch\n@app.get("/health")\ndef health(): ...', undefined],
  ])('%j can only show the ML imports %j', (text, expected) => {
    expect(mlImportsOnly(text, context)).toEqual(expected);
  });

  it('gives the answers of separate passes whichever question comes first', () => {
    const texts = [
      'import torch\nimport mlflow',
      'import torch',
      'import os',
      'import torch\nimport a, \\\n b',
    ];
    const expected = texts.map((text) => [mayMatter(text, context), mlImportsOnly(text, context)]);
    const reversed = texts.map((text) => {
      const roots = mlImportsOnly(`${text}\n`, context);
      return [mayMatter(`${text}\n`, context), roots];
    });
    expect(reversed).toEqual(expected);
    expect(expected).toEqual([
      [true, undefined],
      [true, ['torch']],
      [false, undefined],
      [true, undefined],
    ]);
  });
});
