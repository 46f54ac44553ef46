import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/facts/model.js';
import { notebookExtractor } from '../../../src/facts/notebooks/notebooks.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/facts/notebooks/${name}`, import.meta.url), 'utf8');

const notebook = (cells: unknown[]) =>
  JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 });
/** Source is `unknown` so tests can feed the malformed shapes found in hand-edited notebooks. */
const codeCell = (source: unknown) => ({ cell_type: 'code', metadata: {}, outputs: [], source });

describe('notebookExtractor', () => {
  it('claims .ipynb files with a read cap large enough for embedded outputs', () => {
    expect(notebookExtractor.claims('notebooks/explore_churn.ipynb', 'explore_churn.ipynb')).toBe(true);
    expect(notebookExtractor.claims('src/train.py', 'train.py')).toBe(false);
    expect(notebookExtractor.maxBytes).toBe(16 * 1024 * 1024);
  });

  it('reads code cells only, skips magics and non-Python cell magics, and shares imports across cells', () => {
    const path = 'notebooks/explore_churn.ipynb';
    const extraction = notebookExtractor.extract({
      path,
      text: fixture('magics-and-markdown/explore_churn.ipynb'),
    });
    expect(extraction).toEqual<Extraction>({
      facts: [
        { kind: 'import', path, cell: 1, line: 3, module: 'pandas' },
        { kind: 'import', path, cell: 1, line: 6, module: 'sklearn.ensemble.RandomForestClassifier' },
        { kind: 'call', path, cell: 2, line: 1, callee: 'pandas.read_csv', keywords: [] },
        {
          kind: 'call',
          path,
          cell: 2,
          line: 2,
          callee: 'sklearn.ensemble.RandomForestClassifier',
          keywords: ['n_estimators'],
        },
        { kind: 'import', path, cell: 5, line: 2, module: 'fastapi.FastAPI' },
        { kind: 'call', path, cell: 5, line: 3, callee: 'fastapi.FastAPI', keywords: [] },
        // `app = FastAPI()` binds app to the call's result, so the decorator resolves too.
        { kind: 'call', path, cell: 5, line: 5, callee: 'fastapi.FastAPI.get', keywords: [] },
        { kind: 'route', path, cell: 5, line: 5, route: '/health', methods: ['GET'], style: 'decorator' },
        { kind: 'import', path, cell: 6, line: 1, module: 'mlflow' },
        {
          kind: 'call',
          path,
          cell: 6,
          line: 2,
          callee: 'mlflow.set_experiment',
          keywords: ['experiment_name'],
          literals: { experiment_name: 'churn' },
        },
      ],
      diagnostics: [],
    });
  });

  it('accepts a cell source given as one string', () => {
    const text = notebook([codeCell('import wandb\nwandb.init(project="churn")')]);
    expect(notebookExtractor.extract({ path: 'train.ipynb', text }).facts).toEqual([
      { kind: 'import', path: 'train.ipynb', cell: 0, line: 1, module: 'wandb' },
      {
        kind: 'call',
        path: 'train.ipynb',
        cell: 0,
        line: 2,
        callee: 'wandb.init',
        keywords: ['project'],
        literals: { project: 'churn' },
      },
    ]);
  });

  it('reports a truncated notebook with the line of the error and counts nothing', () => {
    const path = 'notebooks/train_model.ipynb';
    expect(
      notebookExtractor.extract({ path, text: fixture('truncated/train_model.ipynb') }),
    ).toEqual<Extraction>({
      facts: [],
      diagnostics: [
        {
          path,
          line: 23,
          message: 'not a valid notebook (unterminated string). Its imports are not counted.',
          blocks: ['import', 'call', 'route'],
        },
      ],
    });
  });

  it('reports an nbformat 3 notebook, whose cells live elsewhere', () => {
    const text = '{\n "nbformat": 3,\n "worksheets": [{"cells": []}]\n}\n';
    expect(notebookExtractor.extract({ path: 'old.ipynb', text })).toEqual<Extraction>({
      facts: [],
      diagnostics: [
        {
          path: 'old.ipynb',
          line: 2,
          message:
            'not a valid notebook (nbformat 3, only 4 and later are read). Its imports are not counted. ' +
            'Saving it in a current Jupyter upgrades it.',
          blocks: ['import', 'call', 'route'],
        },
      ],
    });
  });

  it('reports a notebook without a cells list or that is not an object', () => {
    expect(notebookExtractor.extract({ path: 'empty.ipynb', text: '{"nbformat": 4}' }).diagnostics).toEqual([
      {
        path: 'empty.ipynb',
        message: 'not a valid notebook (no "cells" list). Its imports are not counted.',
        blocks: ['import', 'call', 'route'],
      },
    ]);
    expect(notebookExtractor.extract({ path: 'list.ipynb', text: '[]' }).diagnostics).toEqual([
      {
        path: 'list.ipynb',
        line: 1,
        message: 'not a valid notebook (the top level is not a JSON object). Its imports are not counted.',
        blocks: ['import', 'call', 'route'],
      },
    ]);
  });

  it('skips malformed cells and keeps reading the others', () => {
    const text = notebook([null, { cell_type: 'code', source: 42 }, codeCell(['import torch\n', 7]), 'cell']);
    expect(notebookExtractor.extract({ path: 'train.ipynb', text })).toEqual<Extraction>({
      facts: [{ kind: 'import', path: 'train.ipynb', cell: 2, line: 1, module: 'torch' }],
      diagnostics: [],
    });
  });
});
