import { describe, expect, it } from 'vitest';
import {
  notebookMayMatterBytes,
  notebookMlImportsOnlyBytes,
  sourcesOf,
} from '../../../src/facts/notebooks/notebook-prefilter.js';

const context = {
  modules: new Set(['mlflow', 'torch', 'numpy']),
  mlOnlyModules: new Map([
    ['torch', ['tensorboard']],
    ['numpy', []],
  ]),
  routeWords: ['/health', 'health/'],
};

/** A notebook as Jupyter writes it: sorted keys, one-space indent, each source line its own string. */
function notebook(cells: { type: 'code' | 'markdown'; source: string; output?: string }[]): Buffer {
  const json = {
    cells: cells.map(({ type, source, output }) => ({
      cell_type: type,
      ...(type === 'code' ? { execution_count: 1 } : {}),
      metadata: {},
      ...(type === 'code'
        ? { outputs: output ? [{ name: 'stdout', output_type: 'stream', text: [output] }] : [] }
        : {}),
      source: source.split(/(?<=\n)/),
    })),
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  };
  return Buffer.from(JSON.stringify(json, null, 1));
}

describe('a notebook prefilter', () => {
  it('reads the sources and none of the outputs', () => {
    const bytes = notebook([
      { type: 'code', source: 'import numpy as np\nx = np.ones(3)', output: 'import mlflow\n/health' },
    ]);
    const sources = sourcesOf(bytes);
    expect(sources).toContain('import numpy as np');
    expect(sources).not.toContain('mlflow');
    expect(notebookMayMatterBytes(bytes, { modules: new Set(['mlflow']), routeWords: ['/health'] })).toBe(
      false,
    );
  });

  it('reads a line after an escaped line end within one string', () => {
    const bytes = Buffer.from('{"cells": [{"cell_type": "code", "source": ["x = 1\\nimport mlflow\\n"]}]}');
    expect(notebookMayMatterBytes(bytes, { modules: new Set(['mlflow']), routeWords: [] })).toBe(true);
  });

  it('finds an import of interest or a route word in a code cell', () => {
    expect(notebookMayMatterBytes(notebook([{ type: 'code', source: 'import mlflow\n' }]), context)).toBe(
      true,
    );
    const route = notebook([{ type: 'code', source: '@app.get("/health")\ndef health(): ...' }]);
    expect(notebookMayMatterBytes(route, context)).toBe(true);
  });

  it('keeps strings whose quotes and brackets are escaped whole', () => {
    const bytes = notebook([{ type: 'code', source: 'd["a"] = [1]\n", ]"\nimport mlflow\n' }]);
    expect(sourcesOf(bytes)).toContain('import mlflow');
    expect(notebookMayMatterBytes(bytes, context)).toBe(true);
  });

  it('reads a source given as one string, and the whole notebook when it has no sources', () => {
    const oneString = Buffer.from(
      '{"cells": [{"cell_type": "code", "source": "import mlflow"}], "nbformat": 4}',
    );
    expect(notebookMayMatterBytes(oneString, context)).toBe(true);
    // nbformat 3 keeps code in `input`: searched whole, so it is parsed and reported.
    const old = Buffer.from('{"worksheets": [{"cells": [{"input": ["import mlflow"]}]}], "nbformat": 3}');
    expect(sourcesOf(old)).toBe(old.toString('latin1'));
    expect(notebookMayMatterBytes(old, context)).toBe(true);
  });

  it('names the ML libraries a notebook can only show, across cells and escaped line ends', () => {
    const bytes = notebook([
      { type: 'code', source: 'import torch\nimport numpy as np\n' },
      { type: 'markdown', source: 'We train with torch.\n' },
      { type: 'code', source: 'from torch import nn\n' },
    ]);
    expect(notebookMlImportsOnlyBytes(bytes, context)).toEqual(['numpy', 'torch']);
    const tensorboard = notebook([
      { type: 'code', source: 'from torch.utils.tensorboard import SummaryWriter' },
    ]);
    expect(notebookMlImportsOnlyBytes(tensorboard, context)).toBeUndefined();
    const tracked = notebook([{ type: 'code', source: 'import torch\nimport mlflow\n' }]);
    expect(notebookMlImportsOnlyBytes(tracked, context)).toBeUndefined();
  });

  it('leaves out markdown and raw sources when cells are written type first, as Jupyter does', () => {
    const prose = notebook([
      { type: 'markdown', source: 'Then:\nimport mlflow\n' },
      { type: 'code', source: 'x = 1\n' },
    ]);
    expect(sourcesOf(prose)).not.toContain('mlflow');
    expect(notebookMayMatterBytes(prose, context)).toBe(false);
    const code = notebook([
      { type: 'markdown', source: 'Then:\n' },
      { type: 'code', source: 'import mlflow\n' },
    ]);
    expect(notebookMayMatterBytes(code, context)).toBe(true);
    // Written source first, a cell's type follows its source: every source is searched.
    const sourceFirst = Buffer.from(
      '{"cells": [{"source": ["import mlflow"], "cell_type": "code"}, {"source": ["# Notes"], "cell_type": "markdown"}]}',
    );
    expect(notebookMayMatterBytes(sourceFirst, context)).toBe(true);
  });

  it('takes a key only where its opening quote is: a string ending in `source` is output, not a source', () => {
    const cell = (outputs: string[], source: string) =>
      `{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ${JSON.stringify(outputs)}}], "source": ${JSON.stringify([source])}}`;
    const bytes = Buffer.from(
      `{"cells": [${cell(['data_source', 'import mlflow\n', 'my_cell_type'], 'x = 1\n')}, ${cell([], 'y = 2\n')}], "metadata": {}, "nbformat": 4}`,
    );
    expect(sourcesOf(bytes)).toContain('x = 1');
    expect(sourcesOf(bytes)).not.toContain('mlflow');
    expect(notebookMayMatterBytes(bytes, context)).toBe(false);
  });

  it('asks about shell lines with the context it is given, for the same bytes', () => {
    const bytes = notebook([{ type: 'code', source: '!dvc pull\nimport torch\n' }]);
    const dvc = { ...context, commandPhrases: ['dvc pull'] };
    const bento = { ...context, commandPhrases: ['bentoml serve'] };
    expect(notebookMlImportsOnlyBytes(bytes, dvc)).toBeUndefined();
    expect(notebookMlImportsOnlyBytes(bytes, bento)).toEqual(['torch']);
    expect(notebookMayMatterBytes(bytes, dvc)).toBe(true);
  });
});
