import { describe, expect, it } from 'vitest';
import { cellsOf as cellsOfBytes } from '../../../src/facts/notebooks/notebook-cells.js';

const cellsOf = (text: string) => cellsOfBytes(Buffer.from(text, 'utf8'));

const cell = (type: string, source: string | string[]) => ({
  cell_type: type,
  metadata: {},
  ...(type === 'code' ? { outputs: [{ output_type: 'stream', text: ['"source": ["x"]'] }] } : {}),
  source,
});
const notebook = (cells: unknown[], metadata: unknown = {}, indent = 1) =>
  JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 }, null, indent);

describe('cells read without parsing the notebook', () => {
  it('are the cells JSON.parse gives, in Jupyter and Colab layouts, markdown sources left undecoded', () => {
    const cells = [
      cell('markdown', ['# Train\n', 'with "quotes" and [brackets]']),
      cell('code', ['import mlflow\n', 'd["a"] = "\\\\"\n']),
      cell('code', 'print(1)'),
    ];
    for (const indent of [1, 2]) {
      expect(cellsOf(notebook(cells, {}, indent))).toEqual([
        { type: 'markdown', source: '' },
        { type: 'code', source: 'import mlflow\nd["a"] = "\\\\"\n' },
        { type: 'code', source: 'print(1)' },
      ]);
    }
  });

  it('leave out a cell kept in the notebook metadata (PyCharm stem_cell)', () => {
    const text = notebook([cell('code', 'x = 1')], { pycharm: { stem_cell: cell('raw', 'import mlflow') } });
    expect(cellsOf(text)).toEqual([{ type: 'code', source: 'x = 1' }]);
  });

  it('give way to a full parse for a notebook cut short, an old one, one line of JSON or keys out of order', () => {
    const whole = notebook([cell('code', 'import mlflow')]);
    expect(cellsOf(whole.slice(0, -10))).toBeUndefined();
    expect(cellsOf(whole.replace('"nbformat": 4', '"nbformat": 3'))).toBeUndefined();
    expect(cellsOf(JSON.stringify(JSON.parse(whole)))).toBeUndefined();
    const sourceFirst = JSON.stringify(
      { cells: [{ source: 'import mlflow', cell_type: 'code' }], metadata: {}, nbformat: 4 },
      null,
      1,
    );
    expect(cellsOf(sourceFirst)).toBeUndefined();
  });
});
