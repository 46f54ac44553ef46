import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/facts/model.js';
import { extractPythonSource, pythonSourceExtractor } from '../../../src/facts/python/python-source.js';

const py = (...lines: string[]) => `${lines.join('\n')}\n`;
const factsOf = (text: string, path = 'src/train.py') => extractPythonSource(text, path);
const ofKind = (facts: Fact[], kind: Fact['kind']) => facts.filter((fact) => fact.kind === kind);
const importFact = (line: number, module: string, path = 'src/train.py'): Fact => ({
  kind: 'import',
  path,
  line,
  module,
});

describe('pythonSourceExtractor', () => {
  it('claims .py files only', () => {
    expect(pythonSourceExtractor.claims('src/train.py', 'train.py')).toBe(true);
    expect(pythonSourceExtractor.claims('stubs/train.pyi', 'train.pyi')).toBe(false);
    expect(pythonSourceExtractor.claims('notebooks/explore.ipynb', 'explore.ipynb')).toBe(false);
  });

  it('returns the facts with no diagnostics, even for broken source', () => {
    expect(
      pythonSourceExtractor.extract({ path: 'train.py', text: 'import mlflow\nx = "unterminated' }),
    ).toEqual({
      facts: [importFact(1, 'mlflow', 'train.py')],
      diagnostics: [],
    });
  });
});

describe('extractPythonSource imports', () => {
  it('reads plain, aliased, dotted and comma-separated imports', () => {
    expect(
      factsOf(py('import mlflow', 'import numpy as np, os.path', 'import mlflow.sklearn as mls')),
    ).toEqual([
      importFact(1, 'mlflow'),
      importFact(2, 'numpy'),
      importFact(2, 'os.path'),
      importFact(3, 'mlflow.sklearn'),
    ]);
  });

  it('gives each member of a from-import its full dotted name', () => {
    expect(
      factsOf(py('from mlflow import sklearn', 'from airflow import DAG', 'from a.b import c as d, e')),
    ).toEqual([
      importFact(1, 'mlflow.sklearn'),
      importFact(2, 'airflow.DAG'),
      importFact(3, 'a.b.c'),
      importFact(3, 'a.b.e'),
    ]);
  });

  it('reads parenthesised multi-line from-imports at the line of the statement', () => {
    const source = py(
      'from evidently.metric_preset import (',
      '    DataDriftPreset,',
      '    TargetDriftPreset,',
      ')',
    );
    expect(factsOf(source)).toEqual([
      importFact(1, 'evidently.metric_preset.DataDriftPreset'),
      importFact(1, 'evidently.metric_preset.TargetDriftPreset'),
    ]);
  });

  it('reads a star import as the module itself', () => {
    expect(factsOf('from sklearn.metrics import *')).toEqual([importFact(1, 'sklearn.metrics')]);
  });

  it("skips relative imports, which are the project's own modules", () => {
    expect(
      factsOf(py('from . import views', 'from .models import Net', 'from ...utils import load')),
    ).toEqual([]);
  });

  it('counts imports inside try, if and function bodies', () => {
    const source = py(
      'try:',
      '    import wandb',
      'except ImportError:',
      '    wandb = None',
      'if TRACKING: import mlflow',
      'def train():',
      '    from prefect import flow; import dvc.api',
    );
    expect(factsOf(source)).toEqual([
      importFact(2, 'wandb'),
      importFact(5, 'mlflow'),
      importFact(7, 'prefect.flow'),
      importFact(7, 'dvc.api'),
    ]);
  });

  it('ignores imports named in a docstring, a comment, a string or an f-string', () => {
    const source = py(
      '"""Training entry point.',
      '',
      'import mlflow',
      '"""',
      '# import wandb',
      "example = 'import comet_ml'",
      'message = f"{example} import neptune"',
      'config.import_path = "x"',
    );
    expect(ofKind(factsOf(source), 'import')).toEqual([]);
  });

  it('keeps line numbers right after triple-quoted strings spanning lines', () => {
    const source = py(
      "'''Module doc",
      'over',
      "three lines'''",
      'QUERY = """',
      'select 1',
      '"""',
      'import mlflow',
    );
    expect(factsOf(source)).toEqual([importFact(7, 'mlflow')]);
  });

  it('does not crash on an unterminated string at the end of the file', () => {
    expect(factsOf('import mlflow\nmlflow.log_param("lr')).toEqual([
      importFact(1, 'mlflow'),
      { kind: 'call', path: 'src/train.py', line: 2, callee: 'mlflow.log_param', keywords: [] },
    ]);
    expect(factsOf('import mlflow\nDOC = """never closed\nimport wandb')).toEqual([importFact(1, 'mlflow')]);
  });

  it('sets the notebook cell on every fact when a cell index is given', () => {
    expect(extractPythonSource('import mlflow', 'explore.ipynb', 3)).toEqual([
      { kind: 'import', path: 'explore.ipynb', line: 1, module: 'mlflow', cell: 3 },
    ]);
  });
});

describe('extractPythonSource calls', () => {
  it('resolves callees through import aliases and collects top-level keyword names', () => {
    const source = py(
      'import mlflow as mf',
      'from mlflow import register_model',
      'from evidently.report import Report',
      'from evidently.metric_preset import DataDriftPreset',
      'mf.register_model("runs:/1/model", name="churn")',
      'register_model(uri, "churn", await_registration_for=0, *args, **kwargs)',
      'report = Report(metrics=[DataDriftPreset(stattest="psi")])',
    );
    expect(ofKind(factsOf(source), 'call')).toEqual([
      {
        kind: 'call',
        path: 'src/train.py',
        line: 5,
        callee: 'mlflow.register_model',
        keywords: ['name'],
        literals: { name: 'churn' },
      },
      {
        kind: 'call',
        path: 'src/train.py',
        line: 6,
        callee: 'mlflow.register_model',
        keywords: ['await_registration_for'],
      },
      {
        kind: 'call',
        path: 'src/train.py',
        line: 7,
        callee: 'evidently.report.Report',
        keywords: ['metrics'],
      },
      {
        kind: 'call',
        path: 'src/train.py',
        line: 7,
        callee: 'evidently.metric_preset.DataDriftPreset',
        keywords: ['stattest'],
        literals: { stattest: 'psi' },
      },
    ]);
  });

  it('skips calls whose root is not imported, and definitions named like imports', () => {
    const source = py(
      'from django.urls import path',
      'client = make_client()',
      'client.transition_model_version_stage(name="churn", stage="Production")',
      'def path(request): ...',
      'class path: ...',
      'total = len(items) + x.y(1)',
    );
    expect(ofKind(factsOf(source), 'call')).toEqual([]);
  });

  it('reads a method called on the result of a resolved call', () => {
    const source = py(
      'import mlflow',
      'mlflow.tracking.MlflowClient().create_registered_model("churn", tags={})',
    );
    expect(ofKind(factsOf(source), 'call')).toEqual([
      { kind: 'call', path: 'src/train.py', line: 2, callee: 'mlflow.tracking.MlflowClient', keywords: [] },
      {
        kind: 'call',
        path: 'src/train.py',
        line: 2,
        callee: 'mlflow.tracking.MlflowClient.create_registered_model',
        keywords: ['tags'],
      },
    ]);
  });

  it('reads methods called on a name bound to a resolved call by assignment or with-as', () => {
    const source = py(
      'from mlflow import MlflowClient',
      'import wandb',
      'client = MlflowClient(tracking_uri=URI)',
      'client.create_registered_model("churn")',
      'with wandb.init(project="churn") as run:',
      '    run.link_model(path="model", registered_model_name="churn")',
      'client = None',
      'client.create_model_version("churn")',
    );
    expect(
      ofKind(factsOf(source), 'call').map((fact) => fact.kind === 'call' && [fact.line, fact.callee]),
    ).toEqual([
      [3, 'mlflow.MlflowClient'],
      [4, 'mlflow.MlflowClient.create_registered_model'],
      [5, 'wandb.init'],
      [6, 'wandb.init.link_model'],
    ]);
  });

  it('keeps a module imported behind an optional-dependency guard that sets it to None', () => {
    const source = py(
      'try:',
      '    import wandb',
      'except ImportError:',
      '    wandb = None',
      'wandb.log_artifact("best.pt", type="model")',
      'import mlflow',
      'mlflow = False',
      'mlflow.register_model("runs:/1/model", "churn")',
    );
    expect(ofKind(factsOf(source), 'call').map((fact) => fact.kind === 'call' && fact.callee)).toEqual([
      'wandb.log_artifact',
    ]);
  });

  it('binds a name to the last call of a chain assigned whole', () => {
    const source = py(
      'import mlrun',
      'fn = mlrun.code_to_function("serve", kind="serving").apply(mlrun.auto_mount())',
      'fn.set_tracking()',
      'other = mlrun.code_to_function("job").apply(mount) + 1',
      'other.deploy()',
    );
    expect(ofKind(factsOf(source), 'call').map((fact) => fact.kind === 'call' && fact.callee)).toEqual([
      'mlrun.code_to_function',
      'mlrun.code_to_function.apply',
      'mlrun.auto_mount',
      'mlrun.code_to_function.apply.set_tracking',
      'mlrun.code_to_function',
      'mlrun.code_to_function.apply',
    ]);
  });

  it('binds parameters and function results to their annotated types', () => {
    const source = py(
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    from mlflow import MlflowClient',
      'import mlrun',
      'def get_client() -> MlflowClient | None:',
      '    return None',
      'def register(name: str, client: MlflowClient, *, version: int = 1):',
      '    client.create_model_version(name=name)',
      'def handler(context: mlrun.MLClientCtx, table: str) -> None:',
      '    context.log_model("churn", model_file="model.pkl")',
      '    table.upper()',
      'get_client().set_registered_model_alias("churn", "champion", 1)',
    );
    expect(ofKind(factsOf(source), 'call').map((fact) => fact.kind === 'call' && fact.callee)).toEqual([
      'mlflow.MlflowClient.create_model_version',
      'mlrun.MLClientCtx.log_model',
      'mlflow.MlflowClient',
      'mlflow.MlflowClient.set_registered_model_alias',
    ]);
  });

  it('does not bind a name when the call is only part of the assigned value', () => {
    const source = py('import wandb', 'run = wandb.init() or fallback', 'run.link_model(path="model")');
    expect(ofKind(factsOf(source), 'call').map((fact) => fact.kind === 'call' && fact.callee)).toEqual([
      'wandb.init',
    ]);
  });

  it('does not take keyword-like text in comparisons, lambdas or nested calls as keywords', () => {
    const source = py(
      'import mlflow',
      'mlflow.log_metric(',
      '    "auc", auc == best, step=epoch,  # value=1 in a comment',
      '    callback=lambda run=None: run, extra=dict(inner=1),',
      ')',
    );
    expect(ofKind(factsOf(source), 'call')).toEqual([
      {
        kind: 'call',
        path: 'src/train.py',
        line: 2,
        callee: 'mlflow.log_metric',
        keywords: ['step', 'callback', 'extra'],
      },
    ]);
  });
});

describe('extractPythonSource routes', () => {
  const route = (
    line: number,
    path: string,
    methods: string[],
    style: string,
    file = 'app/main.py',
  ): Fact => ({
    kind: 'route',
    path: file,
    line,
    route: path,
    methods,
    style,
  });
  const routesOf = (text: string) => ofKind(factsOf(text, 'app/main.py'), 'route');

  it('reads FastAPI route decorators', () => {
    const source = py(
      'from fastapi import APIRouter, FastAPI',
      'app = FastAPI()',
      'router = APIRouter(prefix="/v1")',
      '@app.get("/health")',
      'def health():',
      '    return {"status": "ok"}',
      '@router.post("/predict", response_model=Prediction)',
      'async def predict(features: Features): ...',
      '@app.api_route(path="/ping", methods=["get", "HEAD"])',
      'def ping(): ...',
      '@app.websocket("/ws")',
      'async def stream(ws): ...',
      '@app.api_route("/version")',
      'def version(): ...',
    );
    expect(routesOf(source)).toEqual([
      route(4, '/health', ['GET'], 'decorator'),
      route(7, '/predict', ['POST'], 'decorator'),
      route(9, '/ping', ['GET', 'HEAD'], 'decorator'),
      route(11, '/ws', [], 'decorator'),
      // FastAPI serves GET when api_route names no methods.
      route(13, '/version', ['GET'], 'decorator'),
    ]);
  });

  it('reads Flask routes: route with methods, method shortcuts and add_url_rule', () => {
    const source = py(
      'from flask import Blueprint, Flask',
      'app = Flask(__name__)',
      'bp = Blueprint("ops", __name__)',
      '@app.route("/healthz", methods=["GET"])',
      'def healthz(): ...',
      '@bp.get("/ready")',
      'def ready(): ...',
      '@app.route("/")',
      'def index(): ...',
      'app.add_url_rule("/metrics", view_func=metrics)',
      'app.add_url_rule(rule="/live", view_func=live, methods=("GET",))',
    );
    expect(routesOf(source)).toEqual([
      route(4, '/healthz', ['GET'], 'decorator'),
      route(6, '/ready', ['GET'], 'decorator'),
      // Flask serves GET when a rule names no methods.
      route(8, '/', ['GET'], 'decorator'),
      route(10, '/metrics', ['GET'], 'add_url_rule'),
      route(11, '/live', ['GET'], 'add_url_rule'),
    ]);
  });

  it('reads add_api_route calls', () => {
    expect(routesOf('app.add_api_route("/health", health, methods=["GET"])')).toEqual([
      route(1, '/health', ['GET'], 'add_api_route'),
    ]);
    expect(routesOf('app.add_api_route("/ready", ready)')).toEqual([
      route(1, '/ready', ['GET'], 'add_api_route'),
    ]);
    // Methods that are not literals are not known: no default is assumed for them.
    expect(routesOf('app.add_api_route("/live", live, methods=ALLOWED)')).toEqual([
      route(1, '/live', [], 'add_api_route'),
    ]);
  });

  it('reads Django path, re_path and url only when imported from Django', () => {
    const source = py(
      'from django.conf.urls import url',
      'from django.urls import path, re_path',
      'from . import views',
      'urlpatterns = [',
      '    path("health/", views.health),',
      '    re_path(r"^ready/$", views.ready),',
      '    url(r"^live", views.live),',
      ']',
    );
    expect(routesOf(source)).toEqual([
      route(5, 'health/', [], 'django-path'),
      route(6, '^ready/$', [], 'django-path'),
      route(7, '^live', [], 'django-path'),
    ]);
    expect(routesOf('from os import path\npath("health/", view)')).toEqual([]);
  });

  it('reads aiohttp route tables, router calls and route decorators', () => {
    const source = py(
      'from aiohttp import web',
      'routes = web.RouteTableDef()',
      "@routes.get('/health')",
      'async def health(request): ...',
      'app = web.Application()',
      'app.add_routes([web.get("/ready", ready), web.route("POST", "/predict", predict)])',
      'app.router.add_get("/live", live)',
      'app.router.add_route("*", "/any", handler)',
    );
    expect(routesOf(source)).toEqual([
      route(3, '/health', ['GET'], 'decorator'),
      route(6, '/ready', ['GET'], 'aiohttp'),
      route(6, '/predict', ['POST'], 'aiohttp'),
      route(7, '/live', ['GET'], 'aiohttp'),
      route(8, '/any', [], 'aiohttp'),
    ]);
  });

  it('reads Starlette Route entries', () => {
    const source = py(
      'from starlette.routing import Route',
      'routes = [Route("/health", endpoint=health, methods=["GET"]), Route("/", homepage)]',
    );
    expect(routesOf(source)).toEqual([
      route(2, '/health', ['GET'], 'starlette-route'),
      route(2, '/', [], 'starlette-route'),
    ]);
  });

  it('ignores routes in comments and strings, non-registering calls, non-literal paths and mock.patch', () => {
    const source = py(
      'import requests',
      '# @app.get("/commented")',
      'EXAMPLE = \'@app.get("/in-a-string")\'',
      '"""',
      '@app.post("/in-a-docstring")',
      '"""',
      'requests.get("/not-a-route")',
      'app.get("/not-a-decorator")',
      '@app.get(PREFIX + "/health")',
      'def health(): ...',
      '@app.get(f"{PREFIX}/ready")',
      'def ready(): ...',
      '@cache',
      'def cached(): ...',
      '@mock.patch("src.train.mlflow")',
      'def test_train(mlflow_mock): ...',
    );
    expect(routesOf(source)).toEqual([]);
  });
});

describe('extractPythonSource type-only imports', () => {
  it('does not count imports made only for type checkers', () => {
    const source = py(
      'import typing as t',
      'from typing import TYPE_CHECKING',
      'if t.TYPE_CHECKING:',
      '    import torch',
      '    from tensorflow import keras',
      'else:',
      '    import mlflow',
      'if TYPE_CHECKING: import wandb',
      'import dvc.api',
    );
    expect(ofKind(factsOf(source), 'import').map((fact) => fact.kind === 'import' && fact.module)).toEqual([
      'typing',
      'typing.TYPE_CHECKING',
      'mlflow',
      'dvc.api',
    ]);
  });
});

describe('pythonSourceExtractor with the scan context', () => {
  const context = { modules: new Set(['mlflow', 'sklearn']), routeWords: ['health', 'ready'] };
  const extract = (text: string) =>
    pythonSourceExtractor.extract({ path: 'src/app.py', text }, context).facts;

  it('skips a source that imports only modules no rule names', () => {
    expect(extract(py('import os', 'import numpy as np', 'from pathlib import Path', 'np.zeros(3)'))).toEqual(
      [],
    );
  });

  it('reads a source importing a module of interest, even after other names on the line', () => {
    expect(extract(py('import os, mlflow')).map((fact) => fact.kind === 'import' && fact.module)).toEqual([
      'os',
      'mlflow',
    ]);
  });

  it('reads a source that declares a health route on a router imported from the project itself', () => {
    const facts = extract(
      py('from .deps import router', '@router.get("/health")', 'def health():', '    return {}'),
    );
    expect(facts.filter((fact) => fact.kind === 'route')).toEqual([
      { kind: 'route', path: 'src/app.py', line: 2, route: '/health', methods: ['GET'], style: 'decorator' },
    ]);
  });
});
