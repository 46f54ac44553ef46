import { describe, expect, it } from 'vitest';
import {
  importsAny,
  importsByEachKeyword,
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

describe('importsAny, one search for every import statement', () => {
  // Statements as real code and notebook JSON write them, `from` only where an `import` follows it.
  const names = ['mlflow', 'os', 'torch', 'np', 'from_x', 'import_y', '.', '..mlflow'];
  // No blank Python would not take (a no-break space): a `from` followed by `\` then only counts when an
  // `import` follows it, as in Python.
  const blanks = [' ', '\t', '  ', ' \f'];
  const ends = ['\n', ';', '\r\n', '\r', '\\n', ' \\\n', '\\\r\n', '\n"', '",\n "', ' \\\\\\n",\n "'];
  const statements = [
    'import A',
    'import A, B',
    'import A as a,B',
    'from A import B',
    'from A import (B,\n    C)',
    'from A \\\nimport B',
    'from A import\\\n B',
    'import\\\n A',
    'from\\\nA import B',
    'x = 1 if A else B',
    '# import A',
    'reimport A',
    'A.import_module(B)',
    '"import A\\n",',
    'if A: from B import C',
    'print("from A import B")',
    'from A import(B, C)',
    'from A import*',
    'x = "import(" + "import*" if A else B',
    'from A \\\\\\n", "import B',
  ];
  const seeded = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(random: () => number, list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sourceOf = (random: () => number) => {
    let text = '';
    const count = 1 + Math.floor(random() * 6);
    for (let index = 0; index < count; index++) {
      const statement = pick(random, statements)
        .replace(/ /g, () => pick(random, blanks))
        .replace(/[ABC]/g, () => pick(random, names));
      text += (random() < 0.3 ? pick(random, blanks) : '') + statement + pick(random, ends);
    }
    return text;
  };
  const reading = (scan: typeof importsAny, text: string, stopOnHidden: boolean) => {
    const visited = new Set<string>();
    let hidden = false;
    const found = scan(
      text,
      (name) => {
        visited.add(name);
        return name === 'mlflow';
      },
      () => {
        hidden = true;
        return stopOnHidden;
      },
    );
    return { found, hidden, visited: stopOnHidden ? undefined : [...visited].sort() };
  };

  it('sees the names and hidden imports a forward read of each keyword sees, on 4,000 sources', () => {
    const random = seeded(14);
    for (let index = 0; index < 4000; index++) {
      const text = sourceOf(random);
      for (const stopOnHidden of [false, true]) {
        expect({ text, ...reading(importsAny, text, stopOnHidden) }).toEqual({
          text,
          ...reading(importsByEachKeyword, text, stopOnHidden),
        });
      }
    }
  });

  it('reads a from-import it finds by its import keyword, and no from without one', () => {
    const interest = (name: string) => name === 'mlflow';
    expect(importsAny('import os\nfrom mlflow.tracking import Client\n', interest)).toBe(true);
    expect(importsAny('if x:\n    from mlflow import log_metric\n', interest)).toBe(true);
    expect(importsAny('"source": ["import os\\n", "from mlflow import a\\n"]', interest)).toBe(true);
    expect(importsAny('from os import mlflow\n', interest)).toBe(false);
    expect(importsAny('yield from mlflow\nraise E from mlflow\n', interest)).toBe(false);
    // Continued over a line: read forwards; told as hidden only where a root may be on the next line.
    let hidden = false;
    const onHidden = () => {
      hidden = true;
      return false;
    };
    expect(importsAny('from mlflow \\\r\n    import log_metric\n', interest, onHidden)).toBe(true);
    expect(hidden).toBe(false);
    expect(importsAny('import os, \\\r\n    mlflow\n', interest, onHidden)).toBe(false);
    expect(hidden).toBe(true);
  });

  it('reads `from a import(b)` and `from a import*`, and a line a `\\` continues in notebook JSON', () => {
    const interest = (name: string) => name === 'mlflow';
    expect(importsAny('from mlflow import(log_metric)\nlog_metric("a", 1)\n', interest)).toBe(true);
    expect(importsAny('from mlflow import*\n', interest)).toBe(true);
    expect(importsAny('import os\rimport mlflow\r', interest)).toBe(true);
    // Continued lines as notebook JSON writes them: the root after `from` is seen, so nothing is hidden.
    for (const json of [
      '"source": "from mlflow \\\\\\nimport log_metric\\n"',
      '"source": [\n    "from mlflow \\\\\\n",\n    "import log_metric\\n"\n]',
    ]) {
      expect({ json, found: importsAny(json, interest) }).toEqual({ json, found: true });
    }
  });

  it('has a source whose roots may go on past a line end read in full, and no other', () => {
    const context = { modules, routeWords: [] };
    expect(mayMatter('import os, \\\n    mlflow\n', context)).toBe(true);
    expect(mayMatter('import os, \\\r\n    sys\n', context)).toBe(true);
    expect(mayMatter('"source": ["import os, \\\\\\n", "    sys\\n"]', context)).toBe(true);
    expect(mayMatter('from\x0cmlflow import log_metric\n', context)).toBe(true);
    // The members of a from-import, and a backslash inside a string, hide no root.
    expect(mayMatter('from os.path import \\\n    join\n', context)).toBe(false);
    expect(mayMatter('"source": ["from os import \\\\\\n", "    path\\n"]', context)).toBe(false);
    expect(mayMatter('setup = "import setuptools\\\\nsetuptools.setup()"\n', context)).toBe(false);
  });

  it('looks back once over a statement full of `import` that ends none', () => {
    const text = `x = ${'"import(" + '.repeat(200_000)}""\nfrom mlflow import(log_metric)\n`;
    const started = performance.now();
    expect(importsAny(text, (name) => name === 'mlflow')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('looks back over a statement only: a long line of imports costs one pass', () => {
    const text = `x = 1;${' import os;'.repeat(200_000)}\nimport mlflow\n`;
    const started = performance.now();
    expect(importsAny(text, (name) => name === 'mlflow')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
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
