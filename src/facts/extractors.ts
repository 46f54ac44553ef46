// Every extractor the scan runs, with the fact kinds each can contribute.
import { ciConfigExtractor } from './ci-configs.js';
import { composeExtractor } from './compose-files.js';
import { dockerfileExtractor } from './dockerfiles.js';
import { dvcExtractor } from './dvc-files.js';
import { gitattributesExtractor } from './gitattributes.js';
import { grafanaDashboardExtractor } from './grafana-dashboards.js';
import { kubernetesManifestExtractor } from './k8s-manifests.js';
import { makefileExtractor } from './makefiles.js';
import { mlConfigExtractor } from './ml-configs.js';
import type { Extractor } from './model.js';
import { notebookExtractor } from './notebooks.js';
import { pythonDependencyExtractor } from './python-deps.js';
import { pythonSourceExtractor } from './python-source.js';

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
];
