// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CI expressions (${{ matrix.image }}, ${env.BUILD_TAG}) are test data, not JS templates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ciConfigExtractor } from '../../../src/facts/ci/ci-configs.js';
import type { Fact } from '../../../src/facts/model.js';

const FIXTURES = new URL('../../fixtures/facts/ci-configs/', import.meta.url);

function extract(path: string, ...lines: string[]) {
  return ciConfigExtractor.extract({ path, text: lines.join('\n') });
}

function extractFixture(fixture: string, path: string) {
  return ciConfigExtractor.extract({
    path,
    text: readFileSync(new URL(`${fixture}/${path}`, FIXTURES), 'utf8'),
  });
}

function command(path: string, line: number, text: string): Fact {
  return { kind: 'command', path, line, command: text, source: 'ci' };
}

function image(path: string, line: number, name: string, reference: string): Fact {
  return { kind: 'image', path, line, image: name, reference, source: 'ci' };
}

describe('ciConfigExtractor.claims', () => {
  it.each([
    ['.github/workflows/train.yml', true],
    ['.github/workflows/release.yaml', true],
    ['.github/workflows/templates/train.yml', false],
    ['services/api/.github/workflows/train.yml', false],
    ['.github/workflows/README.md', false],
    ['.github/dependabot.yml', false],
    ['.gitlab-ci.yml', true],
    ['.gitlab/ci/train.yml', true],
    ['.gitlab/ci/jobs/deploy.yaml', true],
    ['.gitlab-ci/train.yml', true],
    ['azure-pipelines.yml', true],
    ['ci/azure-pipelines-release.yaml', true],
    ['.azure-pipelines/templates/train.yml', true],
    ['.circleci/config.yml', true],
    ['.circleci/orbs.yml', false],
    ['bitbucket-pipelines.yml', true],
    ['Jenkinsfile', true],
    ['ci/release.Jenkinsfile', true],
    ['Jenkinsfile.nightly', true],
    ['Jenkinsfile.md', false],
    ['config.yml', false],
    ['.pipelines/diabetes-ci.yml', true],
    ['environment_setup/docker-image-pipeline.yml', true],
  ])('%s → %s', (path, expected) => {
    expect(ciConfigExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1))).toBe(expected);
  });
});

describe('GitHub Actions workflows', () => {
  const PATH = '.github/workflows/train.yml';

  it('reads actions, images and one command per script line, each with its own line', () => {
    expect(extractFixture('github-actions', PATH)).toEqual({
      facts: [
        { kind: 'ci', path: PATH, line: 7, system: 'github-actions' },
        {
          kind: 'ci',
          path: PATH,
          line: 9,
          system: 'github-actions',
          uses: 'acme/ml-workflows/.github/workflows/lint.yml',
        },
        image(PATH, 14, 'pytorch/pytorch', 'pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime'),
        image(PATH, 17, 'ghcr.io/mlflow/mlflow', 'ghcr.io/mlflow/mlflow:v2.9.2'),
        image(PATH, 19, 'postgres', 'postgres:16'),
        { kind: 'ci', path: PATH, line: 21, system: 'github-actions', uses: 'actions/checkout' },
        { kind: 'ci', path: PATH, line: 23, system: 'github-actions', uses: 'iterative/setup-cml' },
        { kind: 'ci', path: PATH, line: 24, system: 'github-actions', uses: 'github/codeql-action/init' },
        image(PATH, 25, 'alpine', 'alpine:3.19'),
        command(PATH, 28, 'pip install -r requirements.txt'),
        command(PATH, 31, 'dvc pull'),
        command(PATH, 32, 'python train.py --epochs 10 --lr 0.01'),
        command(PATH, 37, 'python evaluate.py --model models/churn.pkl'),
        command(PATH, 40, 'cml comment create report.md'),
        command(PATH, 43, 'echo "pip install mlflow"'),
      ],
      diagnostics: [],
    });
  });

  it('counts nothing from a commented-out step', () => {
    const result = extract(
      PATH,
      'on: push',
      'jobs:',
      '  train:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      # - run: dvc repro',
      '      # - uses: iterative/setup-cml@v2',
    );
    expect(result.facts).toEqual([
      { kind: 'ci', path: PATH, line: 2, system: 'github-actions' },
      { kind: 'ci', path: PATH, line: 6, system: 'github-actions', uses: 'actions/checkout' },
    ]);
  });

  it('skips images and actions built from expressions', () => {
    const result = extract(
      PATH,
      'on: push',
      'jobs:',
      '  test:',
      '    strategy: { matrix: { image: ["python:3.10", "python:3.11"] } }',
      '    container: ${{ matrix.image }}',
      '    steps:',
      '      - run: pytest',
    );
    expect(result.facts).toEqual([
      { kind: 'ci', path: PATH, line: 2, system: 'github-actions' },
      command(PATH, 7, 'pytest'),
    ]);
  });

  it('reports invalid YAML with its line and counts nothing', () => {
    // `steps:` is indented one space less than `runs-on:`.
    const result = extract(
      PATH,
      'on: push',
      'jobs:',
      '  train:',
      '    runs-on: ubuntu-latest',
      '   steps: []',
    );
    expect(result).toEqual({
      facts: [],
      diagnostics: [
        {
          path: PATH,
          line: 5,
          message:
            'not valid YAML (all mapping items must start at the same column). Its CI jobs are not counted.',
          blocks: ['ci', 'command'],
        },
      ],
    });
  });

  it.each([
    ['an empty file', ''],
    ['a comment only', '# TODO: add the training workflow'],
    ['a list', '- run: dvc repro'],
    ['a mapping without jobs', 'name: train\non: push'],
    ['an empty jobs mapping', 'on: push\njobs: {}'],
  ])('reports a workflow with no jobs: %s', (_case, text) => {
    expect(ciConfigExtractor.extract({ path: PATH, text })).toEqual({
      facts: [],
      diagnostics: [
        {
          path: PATH,
          message: 'has no jobs. It is not counted as a CI pipeline.',
        },
      ],
    });
  });
});

describe('GitLab CI', () => {
  const PATH = '.gitlab-ci.yml';

  it('reads default, hidden and regular jobs, once per aliased value, skipping !reference and variables', () => {
    expect(extractFixture('gitlab-ci', PATH)).toEqual({
      facts: [
        { kind: 'ci', path: PATH, line: 1, system: 'gitlab-ci' },
        image(PATH, 7, 'python', 'python:3.11-slim'),
        command(PATH, 9, 'pip install -r requirements.txt'),
        command(PATH, 13, 'pip install dvc[s3]'),
        command(PATH, 14, 'dvc pull'),
        image(PATH, 19, 'postgres', 'postgres:16'),
        image(PATH, 20, 'redis', 'redis:7'),
        command(PATH, 22, 'pytest tests/'),
        command(PATH, 30, 'python train.py'),
        command(PATH, 31, 'echo nested list'),
        command(PATH, 34, 'dvc push'),
        image(
          PATH,
          40,
          'registry.gitlab.com/acme/churn/evaluator',
          'registry.gitlab.com/acme/churn/evaluator:1.4',
        ),
        command(PATH, 44, 'python evaluate.py'),
      ],
      diagnostics: [],
    });
  });

  it('reads the top-level image and scripts, and the pipeline after a component spec header', () => {
    const path = '.gitlab/ci/train.yml';
    const result = extract(
      path,
      'spec:',
      '  inputs:',
      '    epochs: { default: 10 }',
      '---',
      'image: python:3.11',
      'before_script: pip install -r requirements.txt',
      'train:',
      '  script: python train.py --epochs $[[ inputs.epochs ]]',
    );
    expect(result.facts).toEqual([
      { kind: 'ci', path, line: 1, system: 'gitlab-ci' },
      image(path, 5, 'python', 'python:3.11'),
      command(path, 6, 'pip install -r requirements.txt'),
      command(path, 8, 'python train.py --epochs $[[ inputs.epochs ]]'),
    ]);
  });

  it('reads each aliased node once, even when aliases nest or point back at their anchor', () => {
    const result = extract(
      PATH,
      'x: &x [python train.py]',
      'y: &y [*x, *x, *x]',
      'z: &z [*y, *y, *y]',
      'train:',
      '  script: *z',
      'evaluate:',
      '  script: &loop [python evaluate.py, *loop]',
    );
    expect(result.facts).toEqual([
      { kind: 'ci', path: PATH, line: 1, system: 'gitlab-ci' },
      command(PATH, 1, 'python train.py'),
      command(PATH, 7, 'python evaluate.py'),
    ]);
  });
});

describe('Azure Pipelines', () => {
  it('reads script steps wherever stages, jobs and deployment hooks put them', () => {
    const path = 'azure-pipelines.yml';
    const result = extract(
      path,
      'trigger: [main]',
      'stages:',
      '  - stage: Train',
      '    jobs:',
      '      - job: train',
      '        steps:',
      '          - checkout: self',
      '          - script: pip install -r requirements.txt',
      '          - bash: |',
      '              dvc pull',
      '              python train.py',
      '          - task: PublishPipelineArtifact@1',
      '  - stage: Deploy',
      '    jobs:',
      '      - deployment: serve',
      '        strategy:',
      '          runOnce:',
      '            deploy:',
      '              steps:',
      '                - pwsh: ./deploy.ps1 -Environment prod',
      '                - powershell: Write-Host done',
    );
    expect(result).toEqual({
      facts: [
        { kind: 'ci', path, line: 2, system: 'azure-pipelines' },
        command(path, 8, 'pip install -r requirements.txt'),
        command(path, 10, 'dvc pull'),
        command(path, 11, 'python train.py'),
        command(path, 20, './deploy.ps1 -Environment prod'),
        command(path, 21, 'Write-Host done'),
      ],
      diagnostics: [],
    });
  });
});

describe('Azure Pipelines under any name', () => {
  it('reads a pipeline kept in .pipelines/ once its content has the shape of one', () => {
    const path = '.pipelines/diabetes-ci.yml';
    const extraction = extract(
      path,
      'trigger:',
      '  - main',
      'pool:',
      '  vmImage: ubuntu-latest',
      'steps:',
      '- script: pytest -q',
    );
    expect(extraction).toEqual({
      facts: [{ kind: 'ci', path, line: 5, system: 'azure-pipelines' }, command(path, 6, 'pytest -q')],
      diagnostics: [],
    });
  });

  it('ignores other YAML in a pipelines folder, valid or not', () => {
    const spec = extract(
      'pipelines/training-pipeline.yaml',
      'pipelineInfo:',
      '  name: churn',
      'root:',
      '  dag: {}',
    );
    expect(spec).toEqual({ facts: [], diagnostics: [] });
    const template = extract('pipelines/values.yml', 'image: {{ .Values.image }}', 'steps: [');
    expect(template).toEqual({ facts: [], diagnostics: [] });
  });
});

describe('CircleCI', () => {
  it('reads run steps in both forms and the Docker images of jobs', () => {
    const path = '.circleci/config.yml';
    const result = extract(
      path,
      'version: 2.1',
      'commands:',
      '  fetch-data:',
      '    steps:',
      '      - run: dvc pull',
      'jobs:',
      '  train:',
      '    docker:',
      '      - image: cimg/python:3.11',
      '    steps:',
      '      - checkout',
      '      - fetch-data',
      '      - run:',
      '          name: Train',
      '          command: |',
      '            python train.py',
      '            dvc push',
    );
    expect(result.facts).toEqual([
      { kind: 'ci', path, line: 6, system: 'circleci' },
      command(path, 5, 'dvc pull'),
      image(path, 9, 'cimg/python', 'cimg/python:3.11'),
      command(path, 16, 'python train.py'),
      command(path, 17, 'dvc push'),
    ]);
  });
});

describe('Bitbucket Pipelines', () => {
  it('reads step scripts and images in every pipeline, skipping pipes', () => {
    const path = 'bitbucket-pipelines.yml';
    const result = extract(
      path,
      'image: python:3.11',
      'pipelines:',
      '  default:',
      '    - parallel:',
      '        - step:',
      '            script:',
      '              - pytest tests/',
      '        - step:',
      '            image: ghcr.io/astral-sh/ruff:0.6.9',
      '            script: [ruff check .]',
      '  branches:',
      '    main:',
      '      - step:',
      '          script:',
      '            - dvc repro',
      '            - pipe: atlassian/aws-s3-deploy:1.1.0',
      '          after-script:',
      '            - echo done',
    );
    expect(result.facts).toEqual([
      { kind: 'ci', path, line: 2, system: 'bitbucket-pipelines' },
      image(path, 1, 'python', 'python:3.11'),
      command(path, 7, 'pytest tests/'),
      image(path, 9, 'ghcr.io/astral-sh/ruff', 'ghcr.io/astral-sh/ruff:0.6.9'),
      command(path, 10, 'ruff check .'),
      command(path, 15, 'dvc repro'),
      command(path, 18, 'echo done'),
    ]);
  });
});

describe('Prow jobs', () => {
  it('reads the central config, where jobs are listed per repository, with their images', () => {
    const path = 'prow/jobs.yaml';
    expect(ciConfigExtractor.claims(path, 'jobs.yaml')).toBe(false);
    const central = '.prow/jobs.yaml';
    const result = extract(
      central,
      'postsubmits:',
      '  org/repo:',
      '    - name: post-build',
      '      spec:',
      '        containers:',
      '          - image: gcr.io/k8s-testimages/kubekins-e2e:latest',
    );
    expect(result.facts).toEqual([
      { kind: 'ci', path: central, line: 1, system: 'prow' },
      image(central, 6, 'gcr.io/k8s-testimages/kubekins-e2e', 'gcr.io/k8s-testimages/kubekins-e2e:latest'),
    ]);
  });

  it("counts Kubeflow's prow_config.yaml workflows only when they have job types", () => {
    const path = 'prow_config.yaml';
    const live = extract(
      path,
      'python_paths: [py]',
      'workflows:',
      '  - name: e2e',
      '    job_types: [presubmit]',
    );
    expect(live.facts).toEqual([{ kind: 'ci', path, line: 2, system: 'prow' }]);
    const idle = extract(path, 'workflows:', '  - name: e2e');
    expect(idle.facts).toEqual([]);
    expect(idle.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('has no jobs')]);
  });
});

describe('Jenkinsfiles', () => {
  const PATH = 'Jenkinsfile';

  it('reads sh and bat string steps and skips comments and strings that only mention a step', () => {
    expect(extractFixture('jenkins', PATH)).toEqual({
      facts: [
        { kind: 'ci', path: PATH, line: 1, system: 'jenkins' },
        command(PATH, 7, 'pip install -r requirements.txt'),
        command(PATH, 16, 'python train.py --run-name "${env.BUILD_TAG}"'),
        command(PATH, 17, 'dvc push'),
        command(PATH, 19, 'pytest tests/'),
        command(PATH, 20, 'python evaluate.py --out ${env.WORKSPACE}/metrics.json'),
        command(PATH, 21, 'python serve.py --dry-run'),
        command(PATH, 24, 'git rev-parse HEAD'),
      ],
      diagnostics: [],
    });
  });

  it('reports a string that is never closed and keeps the steps before it', () => {
    const result = extract(PATH, 'node {', "  sh 'make train'", '  sh "dvc push', '}');
    expect(result).toEqual({
      facts: [{ kind: 'ci', path: PATH, line: 1, system: 'jenkins' }, command(PATH, 2, 'make train')],
      diagnostics: [
        {
          path: PATH,
          line: 3,
          message: 'has a string that is never closed. Steps after it are not counted.',
          blocks: ['command'],
        },
      ],
    });
  });

  it('reports a block comment that is never closed', () => {
    const result = extract(PATH, 'node {', "  sh 'make train'", "  /* sh 'dvc push'", '}');
    expect(result).toEqual({
      facts: [{ kind: 'ci', path: PATH, line: 1, system: 'jenkins' }, command(PATH, 2, 'make train')],
      diagnostics: [
        {
          path: PATH,
          line: 3,
          message: 'has a /* comment that is never closed. Steps after it are not counted.',
          blocks: ['command'],
        },
      ],
    });
  });

  it('reports a Jenkinsfile with only comments as having no jobs', () => {
    expect(extract(PATH, "// sh 'make train'", '/* TODO */')).toEqual({
      facts: [],
      diagnostics: [
        {
          path: PATH,
          line: 1,
          message: 'has no jobs. It is not counted as a CI pipeline.',
        },
      ],
    });
  });
});

describe('GitHub workflows that check no change', () => {
  it('does not count a workflow run only on issue and board events', () => {
    const path = '.github/workflows/triage.yml';
    const text = [
      'on:',
      '  issues:',
      '    types: [opened]',
      '  issue_comment:',
      'jobs:',
      '  triage:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/add-to-project@v1',
    ].join('\n');
    expect(ciConfigExtractor.extract({ path, text })).toEqual({ facts: [], diagnostics: [] });
  });

  it('counts a workflow that also runs on pull requests', () => {
    const path = '.github/workflows/ci.yml';
    const text = [
      'on: [issues, pull_request]',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: pytest',
    ].join('\n');
    expect(ciConfigExtractor.extract({ path, text }).facts).toEqual([
      { kind: 'ci', path, line: 2, system: 'github-actions' },
      { kind: 'command', path, line: 6, command: 'pytest', source: 'ci' },
    ]);
  });
});

describe('CI YAML errors at the end of a file', () => {
  it('point at the last line with content, not the blank line after it', () => {
    const result = ciConfigExtractor.extract({ path: '.github/workflows/ci.yml', text: 'name: "ci\n\n' });
    expect(result.diagnostics.map((diagnostic) => diagnostic.line)).toEqual([1]);
  });
});
