// CI configuration extractor: which CI system a file belongs to, then that system's reader.

import type { YAMLMap } from 'yaml';
import { asMap, asSeq, getValue, parseYamlTree, type YamlTree } from '../formats/yaml-nodes.js';
import type { Diagnostic, Extraction, Extractor, FactKind, SourceFile } from '../model.js';
import { readAzurePipeline } from './ci-azure-pipelines.js';
import { readBitbucketPipelines } from './ci-bitbucket.js';
import { readCircleci } from './ci-circleci.js';
import { looksLikeCloudBuild, readCloudBuild } from './ci-cloud-build.js';
import { CiFacts, type CiSystem } from './ci-facts.js';
import { readGithubWorkflow } from './ci-github-actions.js';
import { readGitlabCi } from './ci-gitlab.js';
import { readBuildkite, readCodeBuild, readDrone, readTravis } from './ci-hosted-services.js';
import { extractJenkinsfile } from './ci-jenkins.js';
import { readProw } from './ci-prow.js';

type YamlCiSystem = Exclude<CiSystem, 'jenkins'>;

const READERS: Record<YamlCiSystem, (ci: CiFacts, root: YAMLMap) => void> = {
  'github-actions': readGithubWorkflow,
  'gitlab-ci': readGitlabCi,
  'azure-pipelines': readAzurePipeline,
  circleci: readCircleci,
  'bitbucket-pipelines': readBitbucketPipelines,
  'cloud-build': readCloudBuild,
  'travis-ci': readTravis,
  drone: readDrone,
  buildkite: readBuildkite,
  'aws-codebuild': readCodeBuild,
  prow: readProw,
};

const BLOCKS: FactKind[] = ['ci', 'command'];
const NO_JOBS = 'has no jobs. It is not counted as a CI pipeline.';
const WORKFLOWS_DIR = '.github/workflows/';

export const ciConfigExtractor: Extractor = {
  name: 'ci-config',
  claims: (path, baseName) =>
    ciSystemOf(path, baseName) !== undefined ||
    isAzurePipelineCandidate(path, baseName) ||
    isCloudBuildCandidate(path, baseName),
  // YAML pipelines by extension, Jenkinsfiles by name.
  extensions: ['yml', 'yaml'],
  names: {
    exact: ['Jenkinsfile', 'jenkinsfile'],
    prefixes: ['Jenkinsfile.'],
    suffixes: ['.Jenkinsfile', '.jenkinsfile'],
  },
  extract: extractCiConfig,
};

// Azure Pipelines files can have any name (the pipeline is pointed at them in Azure DevOps); teams keep
// them in folders like `.pipelines/` or name them `*-pipeline.yml`. Those are read and kept only when
// their content has the shape of an Azure pipeline.
const AZURE_FOLDERS = ['.pipelines/', 'pipelines/', '.azuredevops/', '.ado/', 'azure-pipelines/', '.azure/'];

function isAzurePipelineCandidate(path: string, baseName: string): boolean {
  if (!baseName.endsWith('.yml') && !baseName.endsWith('.yaml')) return false;
  if (baseName.includes('pipeline')) return true;
  return AZURE_FOLDERS.some((folder) => path.startsWith(folder) || path.includes(`/${folder}`));
}

// Cloud Build configs can have any name too (`gcloud builds submit --config=build/deploy.yaml`); those
// in a build folder are kept when their content is a list of Cloud Build steps.
const CLOUD_BUILD_FOLDERS = new Set(['build', 'builds', 'cloudbuild', '.cloudbuild', 'gcb', 'ci', '.ci']);

function isCloudBuildCandidate(path: string, baseName: string): boolean {
  if (!baseName.endsWith('.yml') && !baseName.endsWith('.yaml')) return false;
  return path
    .split('/')
    .slice(0, -1)
    .some((folder) => CLOUD_BUILD_FOLDERS.has(folder.toLowerCase()));
}

const AZURE_TOP_LEVEL_KEYS = ['trigger', 'pr', 'pool', 'extends', 'schedules'];
const AZURE_ITEM_KEYS = [
  'stage',
  'job',
  'deployment',
  'task',
  'script',
  'bash',
  'pwsh',
  'powershell',
  'checkout',
  'template',
];

/** An Azure pipeline or template: Azure's own top-level keys, or stages/jobs/steps lists made of Azure items. */
function looksLikeAzurePipeline(tree: YamlTree, root: YAMLMap): boolean {
  if (AZURE_TOP_LEVEL_KEYS.some((key) => getValue(tree, root, key) !== undefined)) return true;
  return ['stages', 'jobs', 'steps'].some((key) =>
    (asSeq(tree, getValue(tree, root, key))?.items ?? []).some((item) => {
      const map = asMap(tree, item);
      return (
        map !== undefined && AZURE_ITEM_KEYS.some((itemKey) => getValue(tree, map, itemKey) !== undefined)
      );
    }),
  );
}

/**
 * The CI system a file configures, from its path alone. Locations the CI system itself fixes
 * (GitHub workflows, CircleCI's config) count only at the repository root; files whose name says
 * what they are count anywhere, since pipelines often include them from subfolders.
 */
function ciSystemOf(path: string, baseName: string): CiSystem | undefined {
  if (isJenkinsfileName(baseName)) return 'jenkins';
  if (!baseName.endsWith('.yml') && !baseName.endsWith('.yaml')) return undefined;
  // GitHub reads workflows only directly inside the root `.github/workflows/`.
  if (path.startsWith(WORKFLOWS_DIR)) {
    return path.includes('/', WORKFLOWS_DIR.length) ? undefined : 'github-actions';
  }
  if (
    baseName.startsWith('.gitlab-ci.') ||
    path.startsWith('.gitlab/ci/') ||
    path.startsWith('.gitlab-ci/')
  ) {
    return 'gitlab-ci';
  }
  if (baseName.startsWith('azure-pipelines') || path.startsWith('.azure-pipelines/')) {
    return 'azure-pipelines';
  }
  if (path === '.circleci/config.yml' || path === '.circleci/config.yaml') return 'circleci';
  // https://cloud.google.com/build/docs/configuring-builds/create-basic-configuration
  if (baseName.startsWith('cloudbuild')) return 'cloud-build';
  if (path === '.travis.yml' || path === '.travis.yaml') return 'travis-ci';
  if (path === '.drone.yml' || path === '.drone.yaml') return 'drone';
  if (path.startsWith('.buildkite/') || baseName === 'buildkite.yml' || baseName === '.buildkite.yml') {
    return 'buildkite';
  }
  if (baseName.startsWith('buildspec')) return 'aws-codebuild';
  // Prow's in-repository jobs (`.prow.yaml`, `.prow/`), and the `prow_config.yaml` Kubeflow's Prow reads.
  if (/^\.?prow([_-]config)?\.ya?ml$/.test(baseName) || path.startsWith('.prow/')) return 'prow';
  if (baseName === 'bitbucket-pipelines.yml' || baseName === 'bitbucket-pipelines.yaml') {
    return 'bitbucket-pipelines';
  }
  return undefined;
}

/** `Jenkinsfile`, `Jenkinsfile.release`, `deploy.Jenkinsfile` (either case of the J). */
function isJenkinsfileName(baseName: string): boolean {
  if (baseName === 'Jenkinsfile' || baseName === 'jenkinsfile') return true;
  const isVariant =
    baseName.startsWith('Jenkinsfile.') ||
    baseName.endsWith('.Jenkinsfile') ||
    baseName.endsWith('.jenkinsfile');
  return isVariant && !baseName.endsWith('.md');
}

/** Facts of one CI configuration. Never throws: invalid YAML or a file without jobs gives one diagnostic and no facts. */
function extractCiConfig(file: SourceFile): Extraction {
  const { path, text } = file;
  const baseName = path.slice(path.lastIndexOf('/') + 1);
  const named = ciSystemOf(path, baseName);
  // A file only its folder or name suggests is an Azure pipeline (or a Cloud Build config) is kept only
  // if its content agrees.
  const isCandidate = named === undefined;
  const isAzureCandidate = isCandidate && isAzurePipelineCandidate(path, baseName);
  const isCloudBuildCandidateFile = isCandidate && isCloudBuildCandidate(path, baseName);
  let system =
    named ?? (isAzureCandidate ? 'azure-pipelines' : isCloudBuildCandidateFile ? 'cloud-build' : undefined);
  if (system === undefined) return { facts: [], diagnostics: [] };
  if (system === 'jenkins') return extractJenkinsfile(file);
  const parsed = parseYamlTree(text);
  if ('error' in parsed) {
    // A candidate that does not even parse may be anything (a Helm template, say): not ours to report.
    if (isCandidate) return { facts: [], diagnostics: [] };
    const { line, reason } = parsed.error;
    const message = `not valid YAML (${reason}). Its CI jobs are not counted.`;
    return { facts: [], diagnostics: [{ path, line, message, blocks: BLOCKS }] };
  }
  const { tree } = parsed;
  if (isCandidate) {
    const roots = tree.documents.map((document) => asMap(tree, document.contents));
    const isShaped = (looks: (tree: YamlTree, root: YAMLMap) => boolean) =>
      roots.some((root) => root !== undefined && looks(tree, root));
    if (isAzureCandidate && isShaped(looksLikeAzurePipeline)) system = 'azure-pipelines';
    else if (isCloudBuildCandidateFile && isShaped(looksLikeCloudBuild)) system = 'cloud-build';
    else return { facts: [], diagnostics: [] };
  }
  const ci = new CiFacts(path, system, tree);
  for (const document of tree.documents) {
    const root = asMap(tree, document.contents);
    if (root !== undefined) READERS[system](ci, root);
  }
  if (ci.isHousekeeping) return { facts: [], diagnostics: [] };
  if (!ci.hasPipeline) {
    // The file was read; it just holds no jobs. Nothing is hidden, so nothing is blocked.
    const diagnostic: Diagnostic = { path, message: NO_JOBS };
    return { facts: [], diagnostics: [diagnostic] };
  }
  return { facts: ci.facts, diagnostics: [] };
}
