// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell variables (${MODEL_DIR}) in notebook cells are test data, not JS templates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionContextOf } from '../../../src/engine/extraction-context.js';
import { loadRules } from '../../../src/engine/load-rules.js';
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
        { kind: 'command', path, cell: 1, line: 2, command: 'nvidia-smi', source: 'notebook' },
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
        // The heredoc's body is data for `cat`, not a command.
        { kind: 'command', path, cell: 4, line: 2, command: 'cat > notes.txt <<EOF', source: 'notebook' },
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

  it('reads the commands of shell escapes, shell line magics and shell cells, with their lines', () => {
    const path = '19_deploying.ipynb';
    const text = notebook([
      codeCell(['import os\n', 'os.environ["MODEL_DIR"] = "/models"\n', '!dvc pull data/mnist.dvc']),
      codeCell([
        '%%bash --bg\n',
        'nohup tensorflow_model_server \\\n',
        '     --rest_api_port=8501 \\\n',
        '     --model_base_path="${MODEL_DIR}" >server.log 2>&1\n',
        '# a comment runs nothing\n',
        'mlflow models serve -m runs:/abc/model',
      ]),
      codeCell(['%%script /bin/sh\n', 'gcloud ai endpoints create --region=us-central1']),
      codeCell(['%system bentoml serve service:Svc\n', '  !!torchserve --start']),
      { cell_type: 'markdown', metadata: {}, source: ['!dvc push is how you share it'] },
      codeCell(['%%sql\n', 'SELECT 1']),
    ]);
    const commands = notebookExtractor
      .extract({ path, text })
      .facts.filter((fact) => fact.kind === 'command')
      .map((fact) => [fact.cell, fact.line, fact.kind === 'command' ? fact.command : '']);
    expect(commands).toEqual([
      [0, 3, 'dvc pull data/mnist.dvc'],
      [
        1,
        2,
        'nohup tensorflow_model_server --rest_api_port=8501 --model_base_path="${MODEL_DIR}" >server.log 2>&1',
      ],
      [1, 6, 'mlflow models serve -m runs:/abc/model'],
      [2, 2, 'gcloud ai endpoints create --region=us-central1'],
      [3, 1, 'bentoml serve service:Svc'],
      [3, 2, 'torchserve --start'],
    ]);
  });

  it('skips a notebook whose shell lines run no command a rule names', () => {
    const context = {
      modules: new Set(['mlflow']),
      commandWords: new Set(['dvc', 'tensorflow_model_server', 'gcloud']),
      // A rule's first word is not enough: `!gcloud storage cp` and `!pip install dvc` run nothing it names.
      commandPhrases: ['dvc pull', 'tensorflow_model_server', 'gcloud ai endpoints create'],
    };
    const quiet = notebook([
      codeCell(['!pip install dvc pandas\n', '!gcloud storage cp model.pkl gs://bucket/']),
    ]);
    expect(notebookExtractor.mayMatterBytes?.(Buffer.from(quiet), context)).toBe(false);
    expect(notebookExtractor.extract({ path: 'a.ipynb', text: quiet }, context).facts).toEqual([]);
    const serving = notebook([codeCell(['import torch\n', '!tensorflow_model_server --port=8500'])]);
    const mlOnly = { ...context, modules: new Set(['torch']), mlOnlyModules: new Map([['torch', []]]) };
    expect(notebookExtractor.mayMatterBytes?.(Buffer.from(serving), context)).toBe(true);
    // Not ML imports only: the server command is evidence too.
    expect(notebookExtractor.mlImportsOnlyBytes?.(Buffer.from(serving), mlOnly)).toBeUndefined();
    expect(notebookExtractor.extract({ path: 'a.ipynb', text: serving }, context).facts).toEqual([
      {
        kind: 'command',
        path: 'a.ipynb',
        cell: 0,
        line: 2,
        command: 'tensorflow_model_server --port=8500',
        source: 'notebook',
      },
    ]);
  });

  describe('with the rules', () => {
    const context = extractionContextOf(loadRules());
    const layout = (cells: unknown[]) =>
      JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
    const calls = (extraction: Extraction | undefined) =>
      extraction?.facts.flatMap((fact) => (fact.kind === 'call' ? [`${fact.cell}:${fact.callee}`] : []));

    it('reads a call in a later cell through a name an earlier cell imported or bound', () => {
      const text = layout([
        codeCell('import gradio as gr\nimport matplotlib.pyplot as plt'),
        codeCell('plt.plot([1, 2])\nrows = [r for r in range(3)]'),
        codeCell('from google.cloud import aiplatform\nendpoint = aiplatform.Endpoint("e")'),
        codeCell('demo = gr.Interface(fn=f, inputs="text", outputs="text")'),
        codeCell('endpoint.predict(instances=rows)'),
      ]);
      const fromBytes = notebookExtractor.extractBytes?.('a.ipynb', Buffer.from(text), context);
      expect(calls(fromBytes)).toEqual(
        expect.arrayContaining([
          '3:gradio.Interface',
          '2:google.cloud.aiplatform.Endpoint',
          '4:google.cloud.aiplatform.Endpoint.predict',
        ]),
      );
      // The same facts as the notebook parsed whole.
      expect(fromBytes).toEqual(notebookExtractor.extract({ path: 'a.ipynb', text }, context));
    });

    it('gives no call for a name bound only to what no pattern extends, nor for a look-alike word', () => {
      const text = layout([
        codeCell('import gradio as gr\nfrom google.cloud import storage, aiplatform'),
        codeCell('bucket = storage.Client().bucket("b")\nbucket.blob("m").upload_from_filename("m")'),
        codeCell('grid = grade(gr_value)  # gr only inside other words'),
      ]);
      const fromBytes = notebookExtractor.extractBytes?.('a.ipynb', Buffer.from(text), context);
      expect(calls(fromBytes)?.filter((call) => !call.startsWith('0:'))).toEqual([]);
      expect(fromBytes).toEqual(notebookExtractor.extract({ path: 'a.ipynb', text }, context));
    });

    it('leaves a notebook it cannot read from its bytes to the whole parse', () => {
      const oneLine = JSON.stringify({ cells: [codeCell('import mlflow')], metadata: {}, nbformat: 4 });
      expect(notebookExtractor.extractBytes?.('a.ipynb', Buffer.from(oneLine), context)).toBeUndefined();
      expect(notebookExtractor.extract({ path: 'a.ipynb', text: oneLine }, context).facts).toEqual([
        { kind: 'import', path: 'a.ipynb', line: 1, cell: 0, module: 'mlflow' },
      ]);
    });
  });
});
