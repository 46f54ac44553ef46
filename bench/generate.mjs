// Generates a deterministic synthetic ML monorepo as a git repository, for bench/run.mjs.
// Usage: node bench/generate.mjs <dir> <tracked-file-count>
// It plants MLOps tools in tracked files (which the scan must find) and in git-ignored folders and an
// oversized file (which it must not), and writes the expectation to <dir>/../<name>.expected.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
let written = 0;
const write = (path, content) => {
  const absolute = join(target, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
};
const track = (path, content) => {
  write(path, content);
  written += 1;
};

const ORDINARY = [
  'os',
  'sys',
  'json',
  'logging',
  'pathlib',
  'typing',
  'numpy as np',
  'pandas as pd',
  'itertools',
  'functools',
  'collections',
  'dataclasses',
];
function ordinaryModule(index) {
  const imports = Array.from({ length: 4 + Math.floor(random() * 4) }, () => `import ${pick(ORDINARY)}`);
  const body = Array.from(
    { length: 20 + Math.floor(random() * 40) },
    (_, line) => `    total += value_${line % 7} * ${line}  # step ${line}`,
  );
  return `${imports.join('\n')}\n\n\ndef compute_${index}(values):\n    """Aggregate the feature values for batch ${index}."""\n    total = 0\n${body.join('\n')}\n    return total\n`;
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
  sklearn: 'from sklearn.ensemble import RandomForestClassifier\n\nmodel = RandomForestClassifier()\n',
};
const K8S = [
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: scorer\nspec:\n  template:\n    spec:\n      containers:\n        - name: scorer\n          image: ghcr.io/acme/scorer:1.0\n          livenessProbe:\n            httpGet: { path: /health, port: 8000 }\n',
  'apiVersion: machinelearning.seldon.io/v1\nkind: SeldonDeployment\nmetadata:\n  name: churn\nspec:\n  predictors:\n    - name: default\n      graph: { name: classifier, implementation: SKLEARN_SERVER, modelUri: "s3://models/churn" }\n',
  'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: fraud\nspec:\n  predictor:\n    sklearn: { storageUri: "s3://models/fraud" }\n',
];

const projects = Math.max(1, Math.round(total / 500));
const planted = new Set(['github-actions']);
track(
  '.github/workflows/ci.yml',
  'on: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest -q\n      - run: dvc repro\n',
);
track('.gitignore', 'node_modules/\n.venv/\n__pycache__/\nmlruns/\n');
track('README.md', '# Monorepo\n\nWe plan to try ClearML, Comet and Neptune.\n');
// Oversized tracked files: data that is never claimed, and one generated module over the 1 MiB read cap
// whose planted import must not be found.
const bigSizes = [5, 12, 50];
for (const [index, megabytes] of bigSizes.entries()) {
  track(`data/raw/export-${index}.csv`, Buffer.alloc(megabytes * 1024 * 1024, 'a,b,c\n'));
}
track('libs/generated/schema_pb2.py', `import neptune\n${'x = 1\n'.repeat(400_000)}`);

const plantedEvery = Math.max(1, Math.floor(total / 400));
for (let project = 0; written < total; project += 1) {
  const root = `projects/p${String(project % projects).padStart(3, '0')}-${Math.floor(project / projects)}`;
  const tools = [];
  if (project % 2 === 0) tools.push('mlflow==2.17.2');
  if (project % 7 === 0) tools.push('wandb==0.18.5');
  track(`${root}/requirements.txt`, ['scikit-learn==1.5.2', 'pandas==2.2.3', ...tools].join('\n'));
  track(
    `${root}/README.md`,
    `# ${basename(root)}\n\nModels for segment ${project}. Uses wandb in the future.\n`,
  );
  track(
    `${root}/config/params.yaml`,
    `learning_rate: 0.0${(project % 9) + 1}\nmax_depth: ${(project % 12) + 2}\n`,
  );
  track(`${root}/data/features.parquet`, Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(2048, 0)]));
  if (project % 3 === 0) {
    track(
      `${root}/Dockerfile`,
      'FROM python:3.11-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nHEALTHCHECK CMD curl -f http://localhost:8000/health\nCMD ["uvicorn", "app:app"]\n',
    );
    planted.add('docker');
  }
  if (project % 4 === 0) {
    track(
      `${root}/dvc.yaml`,
      'stages:\n  train:\n    cmd: python src/train.py\n    deps: [data/features.parquet]\n',
    );
    track(`${root}/data/raw.csv.dvc`, 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: raw.csv\n');
    planted.add('dvc');
  }
  if (project % 10 === 0) {
    const manifest = K8S[(project / 10) % K8S.length];
    track(`${root}/deploy/model.yaml`, manifest);
    planted.add(
      manifest.includes('Seldon') ? 'seldon-core' : manifest.includes('kserve') ? 'kserve' : 'kubernetes',
    );
  }
  track(
    `${root}/notebooks/explore.ipynb`,
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Explore\n', 'Maybe comet later.'] },
        {
          cell_type: 'code',
          metadata: {},
          source: ['import pandas as pd\n', 'from sklearn.model_selection import train_test_split\n'],
          outputs: [],
          execution_count: null,
        },
      ],
    }),
  );
  for (let file = 0; file < 480 && written < total; file += 1) {
    const index = written;
    let code = ordinaryModule(index);
    if (index % plantedEvery === 0) {
      const tool = pick(Object.keys(PLANTED_CODE));
      code = `${PLANTED_CODE[tool]}\n${code}`;
      if (tool !== 'sklearn') planted.add(tool);
    }
    track(`${root}/src/module_${file}.py`, code);
  }
}
if ([...planted].some((tool) => tool === 'mlflow' || tool === 'wandb')) planted.add('pinned-requirements');

// Ignored folders full of tool names: reading them would be slow and wrong.
for (let index = 0; index < Math.max(50, total / 50); index += 1) {
  write(`node_modules/pkg-${index}/index.js`, 'module.exports = require("clearml");\n');
  write(`.venv/lib/python3.11/site-packages/comet_ml/mod_${index}.py`, 'import comet_ml\nimport clearml\n');
  write(
    `projects/p000-0/src/__pycache__/mod_${index}.cpython-311.pyc`,
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
write('projects/p000-0/src/module_1.py', `${PLANTED_CODE.evidently}\n${ordinaryModule(1)}`);
write('projects/p000-0/deploy/model.yaml', K8S[1]);
git('add', '-A');
git('commit', '-qm', 'head');
planted.add('evidently');
planted.add('seldon-core');

const expected = {
  trackedFiles: written,
  mustFind: [...planted].sort(),
  mustNotFind: ['clearml', 'comet', 'neptune'],
};
writeFileSync(`${target.replace(/\/$/, '')}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
console.log(`generated ${written} tracked files in ${target}`);
