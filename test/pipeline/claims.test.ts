// The claims index asks an extractor only about the extensions it declares: it must claim exactly what
// asking every extractor claims.
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/facts/extractors.js';
import { claimsOf, extensionOf } from '../../src/pipeline/claims.js';

const NAMED_IN_CLAIMS = [
  'setup.py',
  'src/pkg/train.py',
  'LOUD.PY',
  'Pipfile',
  'pyproject.toml',
  'setup.cfg',
  'requirements.txt',
  'requirements/dev.txt',
  'ci/requirements/test.in',
  'dev-requirements/base.txt',
  'environment.yml',
  'environment-gpu.yaml',
  'conda_dependencies.yml',
  'environment.lock.yml',
  'notebooks/eda.ipynb',
  'Dockerfile',
  'dockerfile',
  'Dockerfile.gpu',
  'serve/app.Dockerfile',
  'Containerfile.dev',
  'Dockerfile.dockerignore',
  'Jenkinsfile',
  'Jenkinsfile.release',
  'deploy.jenkinsfile',
  '.github/workflows/ci.yml',
  '.github/workflows/nested/ci.yml',
  '.gitlab-ci.yml',
  '.gitlab/ci/build.yml',
  'azure-pipelines.yml',
  '.pipelines/train-pipeline.yaml',
  '.circleci/config.yml',
  'bitbucket-pipelines.yml',
  'Makefile',
  'GNUmakefile',
  'rules.mk',
  'justfile',
  '.justfile',
  'scripts/train.sh',
  '.gitattributes',
  'sub/.gitattributes',
  'k8s/deployment.yaml',
  'docker-compose.yml',
  'compose.override.yaml',
  'dvc.yaml',
  'data/raw.dvc',
  '.dvc',
  '.dvc/config',
  'sub/.dvc/config',
  'MLproject',
  'great_expectations.yml',
  'bentofile.yaml',
  'config.properties',
  'models/resnet/config.pbtxt',
  'charts/app/Chart.yaml',
  'kustomization.yaml',
  'Kustomization',
  'prometheus.yml',
  'monitoring/prometheus/rules.yaml',
  'grafana/dashboards/model.json',
  'model-dashboard.json',
  'package.json',
  'README.md',
  'data/train.parquet',
  'noextension',
  'trailingdot.',
  // Names an extractor knows whatever their extension, and extensions in upper case.
  'Dockerfile.py',
  'Containerfile.py',
  'Jenkinsfile.py',
  'Jenkinsfile.yml',
  'ci/deploy.Jenkinsfile',
  'SETUP.PY',
  'Setup.py',
  'pkg/setup.py',
  'module.Py',
  'eda.IPYNB',
  'requirements.py',
  'Pipfile.lock',
  'pyproject.toml.bak',
  'app.DOCKERFILE',
];

const everyExtractorAsked = (path: string) => {
  const baseName = path.slice(path.lastIndexOf('/') + 1);
  return EXTRACTORS.filter((extractor) => extractor.claims(path, baseName)).map(({ name }) => name);
};

describe('claimsOf', () => {
  it('claims what asking every extractor claims, for every fixture and example path', () => {
    const listed = fg.sync(['test/fixtures/**', 'examples/**'], { dot: true, onlyFiles: true });
    const paths = [...NAMED_IN_CLAIMS, ...listed];
    expect(listed.length).toBeGreaterThan(100);
    for (const path of paths) {
      expect(
        claimsOf(path).map(({ name }) => name),
        path,
      ).toEqual(everyExtractorAsked(path));
    }
  });

  it('claims nothing for files no extractor reads', () => {
    expect(claimsOf('docs/logo.png')).toEqual([]);
    expect(claimsOf('README.md')).toEqual([]);
  });
});

describe('extensionOf', () => {
  it('is the lower-case text after the last dot, empty for dot-files and names without one', () => {
    expect(extensionOf('train.PY')).toBe('py');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
    expect(extensionOf('.gitattributes')).toBe('');
    expect(extensionOf('Dockerfile')).toBe('');
  });
});
