// CI configuration extractor: which CI system a file belongs to, then that system's reader.

import type { YAMLMap } from 'yaml';
import { readAzurePipeline } from './ci-azure-pipelines.js';
import { readBitbucketPipelines } from './ci-bitbucket.js';
import { readCircleci } from './ci-circleci.js';
import { CiFacts, type CiSystem } from './ci-facts.js';
import { readGithubWorkflow } from './ci-github-actions.js';
import { readGitlabCi } from './ci-gitlab.js';
import { extractJenkinsfile } from './ci-jenkins.js';
import type { Diagnostic, Extraction, Extractor, FactKind, SourceFile } from './model.js';
import { asMap, parseYamlTree } from './yaml-nodes.js';

type YamlCiSystem = Exclude<CiSystem, 'jenkins'>;

const READERS: Record<YamlCiSystem, (ci: CiFacts, root: YAMLMap) => void> = {
  'github-actions': readGithubWorkflow,
  'gitlab-ci': readGitlabCi,
  'azure-pipelines': readAzurePipeline,
  circleci: readCircleci,
  'bitbucket-pipelines': readBitbucketPipelines,
};

const BLOCKS: FactKind[] = ['ci', 'command'];
const NO_JOBS = 'has no jobs. It is not counted as a CI pipeline.';
const WORKFLOWS_DIR = '.github/workflows/';

export const ciConfigExtractor: Extractor = {
  name: 'ci-config',
  claims: (path, baseName) => ciSystemOf(path, baseName) !== undefined,
  extract: extractCiConfig,
};

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
  const system = ciSystemOf(path, baseName);
  if (system === undefined) return { facts: [], diagnostics: [] };
  if (system === 'jenkins') return extractJenkinsfile(file);
  const parsed = parseYamlTree(text);
  if ('error' in parsed) {
    const { line, reason } = parsed.error;
    const message = `not valid YAML (${reason}). Its CI jobs are not counted.`;
    return { facts: [], diagnostics: [{ path, line, message, blocks: BLOCKS }] };
  }
  const { tree } = parsed;
  const ci = new CiFacts(path, system, tree);
  for (const document of tree.documents) {
    const root = asMap(tree, document.contents);
    if (root !== undefined) READERS[system](ci, root);
  }
  if (!ci.hasPipeline) {
    const diagnostic: Diagnostic = { path, message: NO_JOBS, blocks: BLOCKS };
    return { facts: [], diagnostics: [diagnostic] };
  }
  return { facts: ci.facts, diagnostics: [] };
}
