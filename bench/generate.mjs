// Generates a deterministic ML monorepo as a git repository, for bench/run.mjs. Its shape follows what
// bench/measure.mjs measured on real repositories (see bench/README.md): the extension mix, file sizes per
// extension, notebooks of 3 KB to 3 MB, most with outputs (base64 PNGs, HTML tables, stream logs), Python
// files that nearly all import numpy, pandas, torch or scikit-learn, and folders 2 to 9 deep.
// Usage: node bench/generate.mjs <dir> <tracked-file-count>
// It plants MLOps tools in tracked files (which the scan must find) and tool names in prose, comments,
// strings, notebook outputs, tests, git-ignored folders and an oversized file (which it must not), and
// writes the expectation to <dir>/../<name>.expected.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [target, countText] = process.argv.slice(2);
if (!target || !countText) {
  console.error('usage: node bench/generate.mjs <dir> <tracked-file-count>');
  process.exit(2);
}
const total = Number(countText);

// A small seeded PRNG (mulberry32): the same count always gives the same tree.
let seed = 0x5eed ^ total;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

/**
 * Draws from a distribution given by percentiles ([percent, value] pairs from 0 to 100), interpolating
 * log-linearly between them: sizes spread over orders of magnitude, as real file sizes do.
 */
function fromPercentiles(points) {
  const u = random() * 100;
  for (let index = 1; index < points.length; index += 1) {
    const [p1, v1] = points[index];
    if (u <= p1) {
      const [p0, v0] = points[index - 1];
      const share = (u - p0) / (p1 - p0 || 1);
      return Math.round(Math.exp(Math.log(v0) + share * (Math.log(v1) - Math.log(v0))));
    }
  }
  return points.at(-1)[1];
}

// Measured shapes (bench/README.md), rounded: sizes in bytes.
const PY_SIZES = [
  [0, 150],
  [10, 500],
  [25, 1300],
  [50, 3500],
  [75, 8000],
  [90, 14500],
  [99, 50000],
  [100, 120000],
];
const NOTEBOOK_SIZES = [
  [0, 3000],
  [10, 8000],
  [25, 14000],
  [50, 28000],
  [75, 55000],
  [90, 100000],
  [98, 350000],
  [99.7, 1200000],
  [100, 3000000],
];
// A cell's source, in bytes (kubeflow/examples and vertex-ai-samples: code p10 21-46, p50 149-188,
// p90 941-1326, p99 5.0-5.6 KB; markdown p50 88-202, p90 502-1023, p99 1.3-2.5 KB; 47-61% of cells code).
const CODE_CELL_SOURCE = [
  [0, 12],
  [10, 30],
  [25, 70],
  [50, 170],
  [75, 470],
  [90, 1100],
  [99, 5300],
  [100, 15000],
];
const MARKDOWN_CELL_SOURCE = [
  [0, 8],
  [10, 22],
  [25, 55],
  [50, 150],
  [75, 400],
  [90, 800],
  [99, 2000],
  [100, 6000],
];
const CODE_CELL_SHARE = 0.55;
const NOTEBOOK_SHARE = 0.056;
const PY_SHARE = 0.45;
// The rest of the tree, by extension: [kind, share of the rest, size percentiles].
const OTHER_KINDS = [
  [
    'md',
    0.2,
    [
      [0, 60],
      [25, 700],
      [50, 2000],
      [75, 5000],
      [90, 10000],
      [100, 40000],
    ],
  ],
  [
    'yaml',
    0.13,
    [
      [0, 120],
      [25, 550],
      [50, 1000],
      [75, 2500],
      [90, 6000],
      [100, 30000],
    ],
  ],
  [
    'json',
    0.09,
    [
      [0, 300],
      [25, 500],
      [50, 1500],
      [75, 12000],
      [90, 30000],
      [100, 300000],
    ],
  ],
  [
    'png',
    0.1,
    [
      [0, 300],
      [25, 15000],
      [50, 45000],
      [75, 120000],
      [90, 250000],
      [100, 600000],
    ],
  ],
  [
    'tsx',
    0.1,
    [
      [0, 200],
      [25, 450],
      [50, 1200],
      [75, 2600],
      [90, 5000],
      [100, 15000],
    ],
  ],
  [
    'sh',
    0.04,
    [
      [0, 100],
      [25, 400],
      [50, 900],
      [75, 1600],
      [90, 3000],
      [100, 6000],
    ],
  ],
  [
    'txt',
    0.04,
    [
      [0, 30],
      [25, 40],
      [50, 80],
      [75, 200],
      [90, 600],
      [100, 4000],
    ],
  ],
  [
    'csv',
    0.04,
    [
      [0, 500],
      [25, 1300],
      [50, 20000],
      [75, 200000],
      [90, 900000],
      [100, 1000000],
    ],
  ],
  [
    'svg',
    0.04,
    [
      [0, 500],
      [25, 900],
      [50, 1200],
      [75, 2400],
      [90, 5000],
      [100, 40000],
    ],
  ],
  [
    'jsonnet',
    0.06,
    [
      [0, 200],
      [25, 620],
      [50, 1700],
      [75, 3500],
      [90, 4800],
      [100, 15000],
    ],
  ],
  [
    'Dockerfile',
    0.025,
    [
      [0, 150],
      [25, 260],
      [50, 670],
      [75, 1200],
      [90, 1800],
      [100, 2500],
    ],
  ],
  [
    'toml',
    0.015,
    [
      [0, 200],
      [25, 400],
      [50, 900],
      [75, 1600],
      [90, 2500],
      [100, 4000],
    ],
  ],
  [
    'html',
    0.02,
    [
      [0, 1000],
      [25, 3800],
      [50, 4100],
      [75, 5000],
      [90, 6500],
      [100, 20000],
    ],
  ],
  [
    'none',
    0.05,
    [
      [0, 10],
      [25, 50],
      [50, 160],
      [75, 330],
      [90, 2700],
      [100, 12000],
    ],
  ],
];
// Binary files neither the scan nor the floor opens are written at this share of their measured size:
// only their listing costs, and the tree stays quicker to generate and to hash.
const UNREAD_SCALE = 0.25;

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
let written = 0;
const stats = { byKind: {}, bytesByKind: {} };
const write = (path, content) => {
  const absolute = join(target, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
};
const trackedPaths = new Set();
const track = (wanted, content, kind = 'other') => {
  // A name drawn twice in one folder gets a number, so every tracked file counts once.
  let path = wanted;
  for (let copy = 1; trackedPaths.has(path); copy += 1) path = wanted.replace(/(\.[^./]+)?$/, `_${copy}$1`);
  trackedPaths.add(path);
  write(path, content);
  written += 1;
  stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
  stats.bytesByKind[kind] = (stats.bytesByKind[kind] ?? 0) + Buffer.byteLength(content);
};

// Random bytes made once from the PRNG, sliced for images and binary files.
const POOL_BYTES = 6 * 1024 * 1024;
const pool = Buffer.alloc(POOL_BYTES);
for (let offset = 0; offset < POOL_BYTES; offset += 4) {
  pool.writeUInt32LE(Math.floor(random() * 4294967296), offset);
}
const poolBase64 = pool.toString('base64');
const poolSlice = (length) => {
  const start = Math.floor(random() * (POOL_BYTES - Math.min(length, POOL_BYTES)));
  return pool.subarray(start, start + Math.min(length, POOL_BYTES));
};
const base64Png = (length) => {
  const start = Math.floor(random() * (poolBase64.length - length));
  return `iVBORw0KGgoAAAANSUhEUgAA${poolBase64.slice(start, start + Math.max(0, length - 24))}`;
};
const fill = (make, size) => {
  const parts = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const part = make(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
};

// ---- Python -------------------------------------------------------------------------------------------

const STDLIB = [
  'import os',
  'import sys',
  'import json',
  'import logging',
  'import math',
  'import random',
  'import time',
  'from pathlib import Path',
  'from typing import Any, Dict, List, Optional, Tuple',
  'from dataclasses import dataclass, field',
  'from collections import defaultdict',
  'from functools import partial',
  'import argparse',
];
// What ML code imports; sklearn and torch are no MLOps tool of the rules, only the weight of real code.
const ML_IMPORTS = [
  [0.8, ['import numpy as np']],
  [0.6, ['import pandas as pd']],
  [0.45, ['import torch', 'import torch.nn as nn', 'import torch.nn.functional as F']],
  [0.2, ['from torch.utils.data import DataLoader, Dataset']],
  [
    0.4,
    ['from sklearn.model_selection import train_test_split', 'from sklearn.metrics import roc_auc_score'],
  ],
  [0.15, ['from sklearn.preprocessing import StandardScaler']],
  [0.12, ['import matplotlib.pyplot as plt']],
  [0.08, ['from scipy import stats']],
  [0.05, ['from transformers import AutoModel, AutoTokenizer']],
];
const ML_IMPORT_SHARE = 0.96;

const PY_BLOCKS = [
  (n) =>
    `\n\nclass Encoder${n}(nn.Module):\n    """Encodes the feature block ${n} into a dense representation."""\n\n    def __init__(self, in_features: int = ${16 + (n % 48)}, hidden: int = ${64 + (n % 5) * 32}) -> None:\n        super().__init__()\n        self.layers = nn.Sequential(\n            nn.Linear(in_features, hidden),\n            nn.ReLU(),\n            nn.Dropout(p=0.${1 + (n % 4)}),\n            nn.Linear(hidden, hidden // 2),\n        )\n\n    def forward(self, x: torch.Tensor) -> torch.Tensor:\n        # Normalise before the projection so batches of different scale train alike.\n        x = (x - x.mean(dim=0)) / (x.std(dim=0) + 1e-6)\n        return self.layers(x)\n`,
  (n) =>
    `\n\ndef load_frame_${n}(path: str, columns: Optional[List[str]] = None) -> pd.DataFrame:\n    """Loads the partition at \`path\`, keeping \`columns\` when given."""\n    frame = pd.read_parquet(path, columns=columns)\n    frame = frame.dropna(subset=["customer_id"])\n    frame["event_ts"] = pd.to_datetime(frame["event_ts"], utc=True)\n    frame["amount_log"] = np.log1p(frame["amount"].clip(lower=0))\n    return frame.sort_values("event_ts").reset_index(drop=True)\n`,
  (n) =>
    `\n\ndef train_epoch_${n}(model, loader, optimizer, device="cpu"):\n    model.train()\n    losses = []\n    for step, (features, labels) in enumerate(loader):\n        features, labels = features.to(device), labels.to(device)\n        optimizer.zero_grad()\n        logits = model(features)\n        loss = F.binary_cross_entropy_with_logits(logits.squeeze(-1), labels.float())\n        loss.backward()\n        torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=${1 + (n % 5)}.0)\n        optimizer.step()\n        losses.append(loss.item())\n        if step % ${50 + (n % 10) * 10} == 0:\n            logger.info("step %d loss %.4f", step, float(np.mean(losses[-50:])))\n    return float(np.mean(losses))\n`,
  (n) =>
    `\n\ndef evaluate_${n}(y_true: np.ndarray, y_score: np.ndarray, threshold: float = 0.${3 + (n % 5)}) -> Dict[str, float]:\n    """AUC, precision and recall at \`threshold\`."""\n    y_pred = (y_score >= threshold).astype(int)\n    tp = int(((y_pred == 1) & (y_true == 1)).sum())\n    fp = int(((y_pred == 1) & (y_true == 0)).sum())\n    fn = int(((y_pred == 0) & (y_true == 1)).sum())\n    return {\n        "auc": float(roc_auc_score(y_true, y_score)),\n        "precision": tp / max(1, tp + fp),\n        "recall": tp / max(1, tp + fn),\n    }\n`,
  (n) =>
    `\n\n@dataclass\nclass TrainConfig${n}:\n    learning_rate: float = ${(n % 9) + 1}e-4\n    batch_size: int = ${2 ** (5 + (n % 4))}\n    epochs: int = ${5 + (n % 20)}\n    seed: int = ${n % 1000}\n    features: List[str] = field(default_factory=lambda: ["age", "tenure", "amount", "region_${n % 12}"])\n\n    def to_dict(self) -> Dict[str, Any]:\n        return {k: getattr(self, k) for k in self.__dataclass_fields__}\n`,
  (n) =>
    `\n\ndef make_features_${n}(frame: pd.DataFrame) -> Tuple[np.ndarray, np.ndarray]:\n    grouped = frame.groupby("customer_id").agg(\n        spend=("amount", "sum"),\n        visits=("event_ts", "count"),\n        last_seen=("event_ts", "max"),\n    )\n    grouped["recency_days"] = (grouped["last_seen"].max() - grouped["last_seen"]).dt.days\n    x = grouped[["spend", "visits", "recency_days"]].to_numpy(dtype=np.float32)\n    y = (grouped["visits"] > ${(n % 7) + 2}).to_numpy(dtype=np.int64)\n    return x, y\n`,
  (n) =>
    `\n\nclass WindowDataset${n}(Dataset):\n    def __init__(self, values: np.ndarray, window: int = ${8 + (n % 24)}):\n        self.values = torch.as_tensor(values, dtype=torch.float32)\n        self.window = window\n\n    def __len__(self) -> int:\n        return max(0, len(self.values) - self.window)\n\n    def __getitem__(self, index: int):\n        chunk = self.values[index : index + self.window]\n        return chunk[:-1], chunk[-1]\n`,
  (n) =>
    `\n\ndef split_${n}(x, y, test_size=0.${1 + (n % 3)}, seed=${n % 97}):\n    # Stratify so the rare class shows up in both halves.\n    return train_test_split(x, y, test_size=test_size, random_state=seed, stratify=y)\n`,
];
// Tool names in comments and strings: the scan reads neither.
const PY_TRAPS = [
  '# TODO: try clearml or neptune for experiment tracking once the budget is approved.\n',
  'TRACKERS_CONSIDERED = ["comet_ml", "clearml", "neptune"]  # evaluated in Q3, not adopted\n',
  'HELP = """Set COMET_API_KEY to use comet_ml; see `import neptune` in the wiki."""\n',
];

function pythonModule(index, size, extraHead = '') {
  const imports = [];
  const stdlibCount = between(1, 5);
  for (let i = 0; i < stdlibCount; i += 1) imports.push(pick(STDLIB));
  if (chance(ML_IMPORT_SHARE)) {
    let any = false;
    for (const [share, lines] of ML_IMPORTS) {
      if (chance(share)) {
        imports.push(...lines);
        any = true;
      }
    }
    if (!any) imports.push('import numpy as np');
  }
  const head = `"""Module ${index}: feature engineering and training helpers for the churn models."""\n\n${extraHead}${[...new Set(imports)].join('\n')}\n\nlogger = logging.getLogger(__name__)\n${chance(0.03) ? pick(PY_TRAPS) : ''}`;
  return (
    head + fill((part) => PY_BLOCKS[(index + part) % PY_BLOCKS.length](index + part), size - head.length)
  );
}

const PLANTED_CODE = {
  mlflow: 'import mlflow\n\nwith mlflow.start_run():\n    mlflow.log_metric("auc", 0.91)\n',
  wandb: 'import wandb\n\nrun = wandb.init(project="churn")\nrun.log({"loss": 0.2})\n',
  evidently:
    'from evidently import Report\nfrom evidently.presets import DataDriftPreset\n\nreport = Report([DataDriftPreset()])\n',
  prometheus:
    'from prometheus_client import Counter\n\nPREDICTIONS = Counter("model_predictions_total", "Predictions served")\n',
  fastapi:
    'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/health")\ndef health():\n    return {"status": "ok"}\n',
  airflow: 'from airflow import DAG\nfrom airflow.operators.python import PythonOperator\n',
  tensorboard: 'from torch.utils.tensorboard import SummaryWriter\n\nwriter = SummaryWriter("runs/churn")\n',
};

// ---- Notebooks ----------------------------------------------------------------------------------------

const lines = (text) => text.split(/(?<=\n)/);
const NOTEBOOK_MARKDOWN = [
  '# Exploration\n\nA first look at the events table: distributions, missing values and the label balance.\n',
  '## Baseline\n\nA gradient-boosted baseline before the network. We may log runs to ClearML or Neptune later.\n',
  '### Notes\n\n- `comet_ml` was tried in 2023 and dropped\n- the drift report lives in the dashboard\n',
  '## Training\n\nThe model is trained for a few epochs on the sampled partition; numbers below are from the last run.\n',
];
// Imports open a notebook's first code cell and a few later ones: in the notebooks of kubeflow/examples,
// vertex-ai-samples, evidently, nannyml, handson-ml2, mlbookcamp-code and mlops-zoomcamp, 6-21% of code
// cells hold an import and code has 1.0-3.1 import lines per KiB (bench/measure.mjs).
const NOTEBOOK_IMPORTS = [
  'import numpy as np\nimport pandas as pd\nimport matplotlib.pyplot as plt\n\npd.set_option("display.max_columns", 50)\n',
  'import torch\nfrom torch import nn\n\nmodel = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 1))\n',
  'from sklearn.model_selection import train_test_split\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)\n',
  '%matplotlib inline\n!pip install -q seaborn\nimport seaborn as sns\nsns.pairplot(df.sample(500))\n',
];
const LATER_IMPORT_CELL_SHARE = 0.14;
const NOTEBOOK_CODE = [
  'df = pd.read_parquet("../data/features.parquet")\ndf.head()\n',
  'df.describe()\n',
  'fig, ax = plt.subplots(figsize=(8, 4))\ndf["amount"].hist(bins=50, ax=ax)\n',
  'for epoch in range(10):\n    loss = train_epoch(model, loader, optimizer)\n    print(f"epoch {epoch} loss {loss:.4f}")\n',
  'df = df.dropna(subset=["amount"])\ndf["log_amount"] = np.log1p(df["amount"])\ndf.shape\n',
  'optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)\nloss_fn = nn.BCEWithLogitsLoss()\n',
  'y_pred = model.predict(X_test)\nprint(f"AUC {roc_auc_score(y_test, y_pred):.3f}")\n',
];
const streamText = (length) =>
  fill(
    (i) =>
      `Epoch ${i + 1}/50 - loss: 0.${between(1000, 9999)} - val_loss: 0.${between(1000, 9999)} - auc: 0.${between(700, 999)}\n`,
    length,
  ) + (chance(0.05) ? 'WARNING: neptune is not installed; metrics are kept locally\n' : '');
function htmlTable(rows) {
  const columns = ['customer_id', 'age', 'tenure', 'amount', 'region', 'churned'];
  const header = columns.map((c) => `      <th>${c}</th>\n`).join('');
  const body = Array.from(
    { length: rows },
    (_, r) =>
      `    <tr>\n      <th>${r}</th>\n${columns.map(() => `      <td>${(random() * 1000).toFixed(3)}</td>\n`).join('')}    </tr>\n`,
  ).join('');
  return `<div>\n<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n${header}    </tr>\n  </thead>\n  <tbody>\n${body}  </tbody>\n</table>\n</div>`;
}

/** Snippets joined until the text is about `length` long, cut at a line end (at least one snippet). */
function cellSource(snippets, length) {
  let text = pick(snippets);
  while (text.length < length) text += `\n${pick(snippets)}`;
  if (text.length <= length) return text;
  const cut = text.lastIndexOf('\n', length);
  return cut > 0 ? text.slice(0, cut + 1) : text;
}

/** A code cell's source: imports first in the notebook's first code cell and in a few later ones. */
function codeCellSource(isFirst) {
  const length = fromPercentiles(CODE_CELL_SOURCE);
  if (!isFirst && !chance(LATER_IMPORT_CELL_SHARE)) return cellSource(NOTEBOOK_CODE, length);
  // A first cell imports most of what the notebook uses; a later one a library or two more.
  const count = isFirst ? NOTEBOOK_IMPORTS.length : between(1, 2);
  const imports = [...NOTEBOOK_IMPORTS]
    .sort(() => random() - 0.5)
    .slice(0, count)
    .join('\n');
  return imports.length >= length
    ? imports
    : `${imports}\n${cellSource(NOTEBOOK_CODE, length - imports.length)}`;
}

/** A notebook of about `size` bytes, shaped like Jupyter's own files (indent 1, sources as line arrays). */
function notebook(size, { outputs, images, tables, streams, plantedCell }) {
  const cells = [];
  let length = 600;
  let executionCount = 1;
  const addCell = (cell) => {
    cells.push(cell);
    length += JSON.stringify(cell, null, 1).length;
  };
  if (plantedCell) {
    addCell({
      cell_type: 'code',
      execution_count: null,
      metadata: {},
      outputs: [],
      source: lines(plantedCell),
    });
  }
  for (let index = 0; length < size || index < 3; index += 1) {
    if (index === 0 || !chance(CODE_CELL_SHARE)) {
      const source = cellSource(NOTEBOOK_MARKDOWN, fromPercentiles(MARKDOWN_CELL_SOURCE));
      addCell({ cell_type: 'markdown', metadata: {}, source: lines(source) });
      continue;
    }
    const cellOutputs = [];
    if (outputs) {
      const room = size - length;
      if (streams && chance(0.5)) {
        cellOutputs.push({
          name: 'stdout',
          output_type: 'stream',
          text: lines(streamText(between(100, Math.min(3000, size / 15)))),
        });
      }
      if (tables && chance(0.25)) {
        cellOutputs.push({
          data: {
            'text/html': lines(htmlTable(between(5, Math.min(20, Math.max(5, size / 4000))))),
            'text/plain': ['   customer_id   age ...\n'],
          },
          execution_count: executionCount,
          metadata: {},
          output_type: 'execute_result',
        });
      }
      if (images && room > 20000 && chance(0.4)) {
        const imageLength = Math.min(room, between(15000, 180000));
        cellOutputs.push({
          data: {
            'image/png': `${base64Png(imageLength)}\n`,
            'text/plain': ['<Figure size 800x400 with 1 Axes>'],
          },
          metadata: { needs_background: 'light' },
          output_type: 'display_data',
        });
      }
    }
    addCell({
      cell_type: 'code',
      execution_count: outputs ? executionCount : null,
      metadata: {},
      outputs: cellOutputs,
      source: lines(codeCellSource(executionCount === 1)),
    });
    executionCount += 1;
  }
  return `${JSON.stringify(
    {
      cells,
      metadata: {
        kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
        language_info: { name: 'python', version: '3.11.6' },
      },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;
}

// ---- Other files --------------------------------------------------------------------------------------

function yamlConfig(index, size) {
  if (index % 7 === 0) {
    // Anchors and flow collections, which the plain-YAML reader hands to the full parser.
    return fill(
      (i) =>
        `defaults_${i}: &defaults_${i}\n  optimizer: adam\n  lr: 0.00${(i % 9) + 1}\n  layers: [64, 32, ${i % 16}]\nexperiment_${i}:\n  <<: *defaults_${i}\n  name: "run-${index}-${i}"\n  tags: {team: growth, stage: dev}\n`,
      size,
    );
  }
  return fill(
    (i) =>
      `model_${i}:\n  name: churn_${index}_${i}\n  params:\n    learning_rate: 0.0${(i % 9) + 1}\n    max_depth: ${(i % 12) + 2}\n    n_estimators: ${100 + i}\n  features:\n    - age\n    - tenure\n    - amount_${i % 5}\n  data:\n    train: data/train_${i}.parquet\n    test: data/test_${i}.parquet\n`,
    size,
  );
}
const OTHER_MAKERS = {
  md: (i, size) =>
    `# Project notes ${i}\n\n${fill(() => `We compared ${pick(['ClearML', 'Comet', 'Neptune', 'Weights & Biases'])} with our own tracking; see the design doc. The model is retrained weekly from the feature store and the metrics are reviewed before promotion.\n\n`, size)}`,
  yaml: (i, size) => yamlConfig(i, size),
  json: (_, size) =>
    `{"items": [${fill((k) => `{"id": ${k}, "score": ${random().toFixed(6)}, "label": "${pick(['a', 'b', 'c'])}"},`, size)}{}]}\n`,
  png: (_, size) => poolSlice(Math.round(size * UNREAD_SCALE)),
  tsx: (i, size) =>
    fill(
      (k) =>
        `export function Panel${i}_${k}({ rows }: { rows: number[] }) {\n  return <div className="panel">{rows.map((r) => <span key={r}>{r}</span>)}</div>;\n}\n`,
      size,
    ),
  sh: (i, size) =>
    `#!/usr/bin/env bash\nset -euo pipefail\n${fill((k) => `python -m pipeline.step_${k} --config configs/run_${i}.yaml --date "$1"\n`, size)}`,
  txt: (_, size) => fill(() => 'numbers from the last offline evaluation, kept for reference\n', size),
  csv: (_, size) =>
    `a,b,c,d\n${fill(() => `${random().toFixed(4)},${random().toFixed(4)},${between(0, 9)},x\n`, Math.round(size * UNREAD_SCALE))}`,
  svg: (_, size) =>
    `<svg xmlns="http://www.w3.org/2000/svg">${fill((k) => `<rect x="${k}" y="${k}" width="4" height="4"/>`, size)}</svg>\n`,
  jsonnet: (i, size) =>
    `local params = import 'params.libsonnet';\n{\n${fill((k) => `  component_${i}_${k}: params.components["train-${k}"],\n`, size)}}\n`,
  Dockerfile: () =>
    'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "-m", "serve"]\n',
  toml: (i) =>
    `[project]\nname = "churn-${i}"\nversion = "0.${i % 10}.0"\nrequires-python = ">=3.10"\ndependencies = [\n  "numpy>=1.26",\n  "pandas>=2.1",\n  "torch>=2.2",\n  "scikit-learn>=1.4",\n]\n\n[tool.ruff]\nline-length = 100\n`,
  html: (_, size) =>
    `<html><body>${fill((k) => `<p>Report section ${k}: metrics table below.</p>`, size)}</body></html>\n`,
  none: (i, size) => fill(() => `Licensed under the Apache License, Version 2.0 (project ${i}).\n`, size),
};
const OTHER_NAMES = {
  md: () => pick(['README.md', 'NOTES.md', 'design.md', 'CHANGELOG.md', `notes_${between(0, 99)}.md`]),
  yaml: () =>
    pick(['config.yaml', 'params.yaml', 'hparams.yaml', `model_${between(0, 99)}.yaml`, 'sweep.yml']),
  json: () => pick(['schema.json', 'metadata.json', `sample_${between(0, 999)}.json`, 'vocab.json']),
  png: () => `figure_${between(0, 9999)}.png`,
  tsx: () => `Panel${between(0, 9999)}.tsx`,
  sh: () => pick(['run.sh', 'train.sh', `job_${between(0, 99)}.sh`]),
  txt: () => pick(['notes.txt', `metrics_${between(0, 999)}.txt`]),
  csv: () => `sample_${between(0, 9999)}.csv`,
  svg: () => `icon_${between(0, 9999)}.svg`,
  jsonnet: () => `component_${between(0, 9999)}.jsonnet`,
  Dockerfile: () => pick(['Dockerfile', 'Dockerfile.gpu', 'Dockerfile.dev']),
  toml: () => 'pyproject.toml',
  html: () => `report_${between(0, 999)}.html`,
  none: () => pick(['LICENSE', 'OWNERS', 'CODEOWNERS', '.dockerignore']),
};
const FOLDER_OF = {
  md: 'docs',
  yaml: 'configs',
  json: 'assets',
  png: 'assets',
  tsx: 'web/src',
  sh: 'scripts',
  txt: 'reports',
  csv: 'data/samples',
  svg: 'web/public',
  jsonnet: 'ks_app/components',
  Dockerfile: '.',
  toml: '.',
  html: 'reports',
  none: '.',
};

// ---- The tree -----------------------------------------------------------------------------------------

const K8S = [
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: scorer\nspec:\n  template:\n    spec:\n      containers:\n        - name: scorer\n          image: ghcr.io/acme/scorer:1.0\n          livenessProbe:\n            httpGet: { path: /health, port: 8000 }\n',
  'apiVersion: machinelearning.seldon.io/v1\nkind: SeldonDeployment\nmetadata:\n  name: churn\nspec:\n  predictors:\n    - name: default\n      graph: { name: classifier, implementation: SKLEARN_SERVER, modelUri: "s3://models/churn" }\n',
  'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: fraud\nspec:\n  predictor:\n    sklearn: { storageUri: "s3://models/fraud" }\n',
];

const planted = new Set(['github-actions']);
track(
  '.github/workflows/ci.yml',
  'on: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest -q\n      - run: dvc repro\n',
  'yaml',
);
track('.gitignore', 'node_modules/\n.venv/\n__pycache__/\nmlruns/\n');
track('README.md', '# Monorepo\n\nWe plan to try ClearML, Comet and Neptune.\n', 'md');
// Oversized tracked files: data that is never claimed, and one generated module over the 1 MiB read cap
// whose planted import must not be found.
for (const [index, megabytes] of [5, 12, 50].entries()) {
  track(`data/raw/export-${index}.csv`, Buffer.alloc(megabytes * 1024 * 1024, 'a,b,c\n'), 'csv');
}
track('libs/generated/schema_pb2.py', `import neptune\n${'x = 1\n'.repeat(400_000)}`, 'py');

// Folders below a project's root: 0 to 4 more levels, so paths run 3 to 9 deep as measured.
const SUBFOLDERS = [
  'core',
  'models',
  'features',
  'io',
  'utils',
  'training',
  'serving',
  'eval',
  'v2',
  'legacy',
];
const nested = (base) => {
  const depth = fromPercentiles([
    [0, 0],
    [30, 0.6],
    [60, 1.4],
    [85, 2.5],
    [100, 4.4],
  ]);
  const parts = [base];
  for (let i = 0; i < Math.floor(depth); i += 1) parts.push(pick(SUBFOLDERS));
  return parts.join('/');
};
// Real repositories hold 3.1 to 5.3 files per folder (median 4.4, table in bench/README.md): each base
// folder of a project gets a few nested folders, drawn once, that its files then share.
const FOLDERS_PER_BASE = 9;
const foldersOf = new Map();
const folderIn = (base) => {
  let folders = foldersOf.get(base);
  if (!folders) {
    folders = Array.from({ length: FOLDERS_PER_BASE }, () => nested(base));
    foldersOf.set(base, folders);
  }
  return pick(folders);
};

const projectCount = Math.max(1, Math.round(total / 500));
const plantedEvery = Math.max(1, Math.floor((total * PY_SHARE) / 400));
const notebookEvery = Math.max(1, Math.round(1 / NOTEBOOK_SHARE));
const bigNotebookPlanted = { done: false };
const plantedIn = new Set();
const otherTotal = OTHER_KINDS.reduce((sum, [, share]) => sum + share, 0);
const pickOtherKind = () => {
  let u = random() * otherTotal;
  for (const [kind, share, sizes] of OTHER_KINDS) {
    u -= share;
    if (u <= 0) return [kind, sizes];
  }
  return OTHER_KINDS[0].slice(0, 1).concat([OTHER_KINDS[0][2]]);
};
let pyIndex = 0;

for (let project = 0; written < total; project += 1) {
  const team = `team-${String(project % Math.max(1, Math.round(projectCount / 8))).padStart(2, '0')}`;
  const root = `projects/${team}/p${String(project).padStart(3, '0')}`;
  const pkg = `${root}/src/churn_${project}`;
  const tools = [];
  if (project % 2 === 0) tools.push('mlflow==2.17.2');
  if (project % 7 === 0) tools.push('wandb==0.18.5');
  track(
    `${root}/requirements.txt`,
    ['numpy==1.26.4', 'pandas==2.2.3', 'torch==2.4.1', 'scikit-learn==1.5.2', ...tools].join('\n'),
    'txt',
  );
  if (project % 3 === 0) {
    track(
      `${root}/Dockerfile`,
      'FROM python:3.11-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nHEALTHCHECK CMD curl -f http://localhost:8000/health\nCMD ["uvicorn", "app:app"]\n',
      'Dockerfile',
    );
    planted.add('docker');
  }
  if (project % 4 === 0) {
    track(
      `${root}/dvc.yaml`,
      'stages:\n  train:\n    cmd: python src/train.py\n    deps: [data/features.parquet]\n',
      'yaml',
    );
    track(`${root}/data/raw.csv.dvc`, 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: raw.csv\n');
    planted.add('dvc');
  }
  if (project % 10 === 0) {
    const manifest = K8S[(project / 10) % K8S.length];
    track(`${root}/deploy/model.yaml`, manifest, 'yaml');
    planted.add(
      manifest.includes('Seldon') ? 'seldon-core' : manifest.includes('kserve') ? 'kserve' : 'kubernetes',
    );
  }
  // Tests import tools the team does not run in production: never evidence.
  track(
    `${root}/tests/test_tracking.py`,
    'import comet_ml\nimport clearml\n\n\ndef test_log():\n    assert comet_ml\n',
    'py',
  );

  for (let file = 0; file < 480 && written < total; file += 1) {
    const slot = written;
    if (slot % notebookEvery === 0) {
      // Which notebooks carry outputs, as measured on kubeflow/examples: 63% any, 18% images, 19% tables.
      const outputs = chance(0.63);
      let size = fromPercentiles(NOTEBOOK_SIZES);
      let plantedCell = null;
      // One notebook in every fifth project uses a tool no other file does, the first one over 1 MiB.
      if (project % 5 === 1 && !plantedIn.has(project)) {
        plantedCell = 'import whylogs as why\n\nprofile = why.log(df).profile()\n';
        plantedIn.add(project);
      }
      if (!bigNotebookPlanted.done && plantedCell) {
        size = 2_500_000;
        bigNotebookPlanted.done = true;
      }
      if (plantedCell) planted.add('whylogs');
      const images = outputs && (size > 60000 ? chance(0.85) : chance(0.12));
      const content = notebook(size, {
        outputs,
        images,
        tables: outputs && chance(0.3),
        streams: outputs && chance(0.9),
        plantedCell,
      });
      track(`${folderIn(`${root}/notebooks`)}/nb_${file}.ipynb`, content, 'ipynb');
      continue;
    }
    if (random() < PY_SHARE / (1 - NOTEBOOK_SHARE)) {
      const index = pyIndex;
      pyIndex += 1;
      let head = '';
      if (index % plantedEvery === 0) {
        const tool = pick(Object.keys(PLANTED_CODE));
        head = `${PLANTED_CODE[tool]}\n`;
        planted.add(tool);
      }
      const size = fromPercentiles(PY_SIZES);
      track(`${folderIn(pkg)}/module_${file}.py`, pythonModule(index, size, head), 'py');
      continue;
    }
    const [kind, sizes] = pickOtherKind();
    const size = fromPercentiles(sizes);
    const folder = FOLDER_OF[kind] === '.' ? root : folderIn(`${root}/${FOLDER_OF[kind]}`);
    track(`${folder}/${OTHER_NAMES[kind]()}`, OTHER_MAKERS[kind](file, size), kind);
  }
}
if (planted.has('mlflow') || planted.has('wandb')) planted.add('pinned-requirements');

// Ignored folders full of tool names: reading them would be slow and wrong.
for (let index = 0; index < Math.max(50, total / 50); index += 1) {
  write(`node_modules/pkg-${index}/index.js`, 'module.exports = require("clearml");\n');
  write(`.venv/lib/python3.11/site-packages/comet_ml/mod_${index}.py`, 'import comet_ml\nimport clearml\n');
  write(
    `projects/team-00/p000/src/__pycache__/mod_${index}.cpython-311.pyc`,
    Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0]),
  );
  write(`mlruns/0/run-${index}/meta.yaml`, 'artifact_uri: file:///tmp\nlifecycle_stage: active\n');
}

const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
    cwd: target,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 30,
  });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-qm', 'base');
// The head commit changes a handful of files, as a pull request would.
write(
  'projects/team-00/p000/src/churn_0/changed_module.py',
  `${PLANTED_CODE.evidently}\n${pythonModule(1, 3000)}`,
);
write('projects/team-00/p000/deploy/model.yaml', K8S[1]);
git('add', '-A');
git('commit', '-qm', 'head');
planted.add('evidently');
planted.add('seldon-core');

const expected = {
  trackedFiles: written,
  mustFind: [...planted].sort(),
  mustNotFind: ['clearml', 'comet', 'neptune'],
  files: stats.byKind,
  megabytes: Object.fromEntries(
    Object.entries(stats.bytesByKind).map(([kind, bytes]) => [kind, +(bytes / 1e6).toFixed(1)]),
  ),
};
writeFileSync(`${target.replace(/\/$/, '')}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
console.log(`generated ${written} tracked files in ${target}`);
