// Every extractor the scan runs, with the fact kinds each can contribute.
import { ciConfigExtractor } from './ci/ci-configs.js';
import { makefileExtractor } from './ci/makefiles.js';
import { composeExtractor } from './containers/compose-files.js';
import { dockerfileExtractor } from './containers/dockerfiles.js';
import { pythonDependencyExtractor } from './dependencies/python-deps.js';
import { dvcExtractor } from './dvc/dvc-files.js';
import { gitattributesExtractor } from './dvc/gitattributes.js';
import { grafanaDashboardExtractor } from './manifests/grafana-dashboards.js';
import { infrastructureCodeExtractor } from './manifests/infrastructure-code.js';
import { kubernetesManifestExtractor } from './manifests/k8s-manifests.js';
import { mlConfigExtractor } from './manifests/ml-configs.js';
import { pachydermPipelineExtractor } from './manifests/pachyderm-pipelines.js';
import type { Extractor } from './model.js';
import { notebookExtractor } from './notebooks/notebooks.js';
import { pythonSourceExtractor } from './python/python-source.js';

export const EXTRACTORS: readonly Extractor[] = [
  pythonDependencyExtractor,
  pythonSourceExtractor,
  notebookExtractor,
  dockerfileExtractor,
  ciConfigExtractor,
  makefileExtractor,
  gitattributesExtractor,
  kubernetesManifestExtractor,
  composeExtractor,
  dvcExtractor,
  mlConfigExtractor,
  grafanaDashboardExtractor,
  infrastructureCodeExtractor,
  pachydermPipelineExtractor,
];
