import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config/config-schema.js';
import { loadRules } from '../src/engine/load-rules.js';
import { PRACTICE_IDS } from '../src/engine/rule-constants.js';
import { ReportSchema } from '../src/report/model.js';
import { scan } from '../src/scan.js';
import { useTempTrees } from './helpers/temp-tree.js';

const ruleSet = loadRules();
const tree = useTempTrees('scan');
const statusOf = (report: ReturnType<typeof scan>, id: string) =>
  report.practices.find((practice) => practice.id === id)?.status;

describe('scan', () => {
  it('reports every practice id, in the contract order, in a report that matches the JSON schema', () => {
    const report = scan(tree({ 'train.py': 'import sklearn\n' }), { ruleSet });
    expect(report.practices.map((practice) => practice.id)).toEqual([...PRACTICE_IDS]);
    expect(ReportSchema.parse(report)).toEqual(report);
  });

  it('reports unknown for a malformed pyproject.toml and keeps scanning', () => {
    const report = scan(
      tree({
        'pyproject.toml': '[project]\nname = "churn"\ndependencies = [\n  "mlflow>=2,\n]\n',
        'src/train.py': 'from sklearn.linear_model import LogisticRegression\nimport dvc.api\n',
      }),
      { ruleSet },
    );
    expect(report.diagnostics).toEqual([
      {
        path: 'pyproject.toml',
        line: 4,
        message: expect.stringMatching(/^not valid TOML \(.+\)\. Its dependencies are not counted\.$/),
      },
    ]);
    expect(statusOf(report, 'experiment-tracking')).toBe('unknown');
    expect(statusOf(report, 'data-versioning')).toBe('pass');
    // Containerization reads only the file listing, which the broken file does not hide.
    expect(statusOf(report, 'containerization')).toBe('fail');
  });

  it('lets a broken prometheus.yml make only the practice it could prove unknown', () => {
    const report = scan(
      tree({ 'prometheus.yml': 'scrape_configs:\n  - job_name: [churn\n', 'train.py': 'import torch\n' }),
      { ruleSet },
    );
    expect(statusOf(report, 'metrics-monitoring')).toBe('unknown');
    expect(statusOf(report, 'data-versioning')).toBe('fail');
    expect(statusOf(report, 'health-endpoint')).toBe('fail');
  });

  it('never raises the score for a broken workflow file, and names the file that hides each unknown practice', () => {
    const files = {
      'requirements.txt': 'scikit-learn==1.5.2\nmlflow==2.17.2\n',
      'src/train.py': 'import mlflow\nfrom sklearn.ensemble import RandomForestClassifier\n',
    };
    const before = scan(tree(files), { ruleSet });
    const after = scan(tree({ ...files, '.github/workflows/broken.yml': 'on: [push\njobs: {\n' }), {
      ruleSet,
    });
    expect(statusOf(after, 'ci-cd')).toBe('unknown');
    expect(after.score).toBe(before.score);
    expect(after.points.unknown).toBeGreaterThan(0);
    const ci = after.practices.find((practice) => practice.id === 'ci-cd')!;
    expect(ci.message).toBe(
      'Not found, but .github/workflows/broken.yml could not be read; it may be in place there.',
    );
    expect(ci.hiddenBy).toEqual([{ path: '.github/workflows/broken.yml', line: expect.any(Number) }]);
  });

  it('names the unpinned requirements when a requirements file is almost pinned', () => {
    const report = scan(
      tree({
        'requirements.txt': 'scikit-learn==1.5.2\npandas==2.2.3\nmatplotlib>=3.9\nnumpy==2.1.0\nrich\n',
        'train.py': 'import sklearn\n',
      }),
      { ruleSet },
    );
    const environment = report.practices.find((practice) => practice.id === 'reproducible-environment')!;
    expect(environment.status).toBe('fail');
    expect(environment.message).toBe(
      '3 of 5 main requirements pinned (60%, 90% needed); not pinned: matplotlib>=3.9, rich.',
    );
    expect(environment.nearMiss?.reason).toBe('is not pinned');
    expect(environment.nearMiss?.evidence.map((item) => `${item.path}:${item.line} ${item.detail}`)).toEqual([
      'requirements.txt:3 matplotlib>=3.9',
      'requirements.txt:5 rich',
    ]);
  });

  it('judges the environment at the root, without test and lint tools, when the root declares one', () => {
    const environmentOf = (files: Record<string, string>) =>
      scan(tree({ 'train.py': 'import sklearn\n', ...files }), { ruleSet }).practices.find(
        (practice) => practice.id === 'reproducible-environment',
      )!;
    const pinned = environmentOf({
      'requirements.txt': 'scikit-learn==1.5.2\npandas==2.2.3\nkfp==1.8.1\npytest\nblack>=24\n',
      'functions/trigger/requirements.txt': 'google-cloud-storage\nfunctions-framework\n',
    });
    expect(pinned.status).toBe('pass');
    expect(pinned.message).toContain('3 of 3 main requirements pinned');
    // Without requirements at the root, every folder's count: the function's two unpinned lines fail it.
    const spread = environmentOf({
      'training/requirements.txt': 'scikit-learn==1.5.2\npandas==2.2.3\nkfp==1.8.1\n',
      'functions/trigger/requirements.txt': 'google-cloud-storage\nfunctions-framework\n',
    });
    expect(spread.status).toBe('fail');
  });

  it.each([
    [
      'OpenCV DNN inference, with no ML library declared',
      {
        'app.py':
          'import os, urllib, cv2\n\ndef load(cfg, weights):\n    return cv2.dnn.readNetFromDarknet(cfg, weights)\n',
      },
      'opencv-dnn',
    ],
    [
      'a service that loads a pickled model and predicts',
      {
        'main.py':
          'import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load("model.joblib")\n\n@app.post("/predict")\ndef predict(row: dict):\n    return {"y": model.predict([list(row.values())]).tolist()}\n',
      },
      'model-loading',
    ],
  ])('calls %s an ML project', (_name, files, tool) => {
    const report = scan(tree(files), { ruleSet });
    expect(report.isMlProject).toBe(true);
    expect(report.mlSignals.map((signal) => signal.tool)).toEqual([tool]);
  });

  it.each([
    [
      'OpenCV used for images only',
      {
        'thumbs.py':
          'import cv2\n\nimage = cv2.imread("a.png")\ncv2.imwrite("b.png", cv2.resize(image, (64, 64)))\n',
      },
    ],
    [
      'a pickled config, loaded and never asked to predict',
      {
        'settings.py':
          'import pickle\n\nwith open("settings.pkl", "rb") as f:\n    settings = pickle.load(f)\nprint(settings.get("debug"))\n',
      },
    ],
  ])('does not call %s an ML project', (_name, files) => {
    expect(scan(tree(files), { ruleSet }).isMlProject).toBe(false);
  });

  it("does not count a packaged library's examples/ as its own practices, but counts a template's", () => {
    const example = {
      'examples/orchestration/flow.py': 'from prefect import flow\n\n\n@flow\ndef retrain():\n    pass\n',
      'src/churnlib/model.py': 'import sklearn\n',
    };
    const library = scan(
      tree({
        ...example,
        'pyproject.toml': '[project]\nname = "churnlib"\nversion = "1.0"\n',
        'src/churnlib/__init__.py': '',
      }),
      { ruleSet },
    );
    expect(statusOf(library, 'pipeline-orchestration')).toBe('fail');
    const template = scan(tree({ ...example, 'src/churnlib/__init__.py': '' }), { ruleSet });
    expect(statusOf(template, 'pipeline-orchestration')).toBe('pass');
  });

  it('reads AWS practices declared with the CDK or made through the boto3 client', () => {
    const report = scan(
      tree({
        'requirements.txt': 'aws-cdk-lib==2.160.0\nboto3==1.35.0\nscikit-learn==1.5.2\n',
        'stacks/monitoring.py':
          'from aws_cdk import Stack, aws_cloudwatch as cloudwatch\n\n\nclass Monitoring(Stack):\n    def __init__(self, scope, name):\n        super().__init__(scope, name)\n        cloudwatch.Dashboard(self, "Endpoint")\n',
        'lambdas/register.py':
          'import boto3\n\nsagemaker_client = boto3.client("sagemaker")\n\n\ndef handler(event, context):\n    return sagemaker_client.create_model_package(ModelPackageGroupName="churn")\n',
        'lambdas/other.py':
          'import boto3\n\ns3 = boto3.client("s3")\ns3.put_object(Bucket="b", Key="k", Body=b"")\n',
      }),
      { ruleSet },
    );
    expect(
      report.practices.find((practice) => practice.id === 'metrics-monitoring')?.evidence[0],
    ).toMatchObject({
      path: 'stacks/monitoring.py',
      line: 7,
    });
    expect(report.practices.find((practice) => practice.id === 'model-registry')?.evidence[0]).toMatchObject({
      path: 'lambdas/register.py',
      line: 7,
    });
  });

  it('reports the practices of a repository without ML, with no score or phase (#13)', () => {
    const report = scan(
      tree({
        'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.0\n',
        'app.py':
          'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/health")\ndef health():\n    return {}\n',
        Dockerfile: 'FROM python:3.12-slim\n',
        'README.md': 'We plan to add MLflow and DVC with scikit-learn models.\n',
      }),
      { ruleSet },
    );
    expect(report.isMlProject).toBe(false);
    // A web framework alone is not model serving; the health route and the Dockerfile are still there.
    expect(statusOf(report, 'model-serving')).toBe('not-applicable');
    expect(statusOf(report, 'experiment-tracking')).toBe('not-applicable');
    expect(statusOf(report, 'health-endpoint')).toBe('pass');
    expect(statusOf(report, 'containerization')).toBe('pass');
    expect(statusOf(report, 'ci-cd')).toBe('fail');
    expect(report.practices.find((practice) => practice.id === 'model-serving')?.message).toBe(
      'No ML found, so there is no model for this practice.',
    );
    expect(report.phase).toEqual({
      current: 0,
      name: 'Not an ML project',
      next: null,
      nextName: null,
      missing: [],
    });
    expect(report.score).toBeNull();
  });

  it('never counts prose, comments, strings or test code as evidence', () => {
    const report = scan(
      tree({
        'README.md': 'import mlflow\nWe track experiments with wandb.\n',
        'train.py': [
          'from sklearn.ensemble import RandomForestClassifier',
          '# import mlflow',
          '"""Tracked with wandb in the future."""',
          'NOTE = "import neptune"',
          '',
        ].join('\n'),
        'tests/test_train.py': 'import mlflow\nimport wandb\n',
        'requirements-docs.txt': '# mlflow==2.9.0\n',
      }),
      { ruleSet },
    );
    expect(statusOf(report, 'experiment-tracking')).toBe('fail');
  });

  it("never counts vendored copies of other projects' code", () => {
    const seldon =
      'apiVersion: machinelearning.seldon.io/v1\nkind: SeldonDeployment\nmetadata:\n  name: churn\n';
    const files = { 'train.py': 'import sklearn\n', 'requirements.txt': 'scikit-learn==1.5.2\n' };
    const vendored = scan(tree({ ...files, 'ks-app/vendor/seldon/deployment.yaml': seldon }), { ruleSet });
    expect(statusOf(vendored, 'model-serving')).toBe('fail');
    const own = scan(tree({ ...files, 'ks-app/deploy/deployment.yaml': seldon }), { ruleSet });
    expect(statusOf(own, 'model-serving')).toBe('pass');
  });

  it('reads each claimed file once and never opens unclaimed ones', () => {
    const report = scan(
      tree({
        'train.py': 'import sklearn\n',
        'requirements.txt': '-r base.txt\nmlflow==2.9.0\n',
        'base.txt': 'pandas==2.2.0\n',
        'data/readme.md': 'not read\n',
        'data/raw.csv': 'a,b\n1,2\n',
      }),
      { ruleSet },
    );
    expect(report.stats).toMatchObject({ filesListed: 5, filesRead: 3 });
  });

  it('reports binary and oversized claimed files and goes on', () => {
    const report = scan(
      tree({
        'train.py': 'import sklearn\n',
        'model.py': 'import mlflow\n\u0000\u0001',
        'generated.py': `# generated\n${'x = 1\n'.repeat(200_000)}`,
      }),
      { ruleSet },
    );
    expect(report.diagnostics).toEqual([
      { path: 'generated.py', message: 'larger than 1 MiB; not read. Its contents are not counted.' },
      { path: 'model.py', message: 'binary file; not read. Its contents are not counted.' },
    ]);
    expect(report.isMlProject).toBe(true);
  });
});

describe('scan with a configuration', () => {
  it('scores each monorepo project on its own, from one reading of the files', () => {
    const repository = tree({
      'services/churn/requirements.txt': 'scikit-learn==1.5.2\nmlflow==2.17.2\n',
      'services/churn/train.py': 'import mlflow\n',
      'services/fraud/requirements.txt': 'xgboost==2.1.1\n',
      'services/fraud/dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n',
      'tools/cli/main.py': 'import click\n',
    });
    const report = scan(repository, {
      ruleSet,
      config: ConfigSchema.parse({ projects: ['services/*', 'tools/*'] }),
    });
    const summary = report.projects.map((project) => ({
      root: project.root,
      isMlProject: project.isMlProject,
      passing: project.practices
        .filter((practice) => practice.status === 'pass')
        .map((practice) => practice.id),
    }));
    expect(summary).toEqual([
      {
        root: 'services/churn',
        isMlProject: true,
        passing: ['experiment-tracking', 'reproducible-environment'],
      },
      { root: 'services/fraud', isMlProject: true, passing: ['data-versioning', 'pipeline-orchestration'] },
      { root: 'tools/cli', isMlProject: false, passing: [] },
    ]);
    expect(report.stats.filesRead).toBe(5);
  });

  it('leaves ignored files unread and shows not-applicable reasons', () => {
    const repository = tree({
      'train.py': 'import sklearn\n',
      'data/samples/serve.py': 'import fastapi\n',
    });
    const report = scan(repository, {
      ruleSet,
      config: ConfigSchema.parse({
        ignore: ['data/**'],
        practices: { 'drift-monitoring': { 'not-applicable': 'Batch model retrained daily' } },
      }),
    });
    expect(statusOf(report, 'model-serving')).toBe('fail');
    expect(report.practices.find((practice) => practice.id === 'drift-monitoring')).toMatchObject({
      status: 'not-applicable',
      message: 'Not applicable: Batch model retrained daily (set in the configuration).',
    });
    expect(report.stats.filesRead).toBe(1);
  });

  it('never fails a repository without ML on its thresholds', () => {
    const report = scan(tree({ 'app.py': 'import flask\n' }), {
      ruleSet,
      config: ConfigSchema.parse({ 'fail-below': 50, 'min-phase': 1 }),
    });
    expect(report.thresholds.passed).toBe(true);
  });

  it('reports the thresholds it misses', () => {
    const report = scan(tree({ 'train.py': 'import mlflow\nimport sklearn\n' }), {
      ruleSet,
      config: ConfigSchema.parse({ 'fail-below': 50, 'min-phase': 1 }),
    });
    expect(report.thresholds).toEqual({
      failBelow: 50,
      minPhase: 1,
      passed: false,
      reasons: ['score 10 is below fail-below 50', 'phase 0 (Ad hoc) is below min-phase 1'],
    });
  });
});
