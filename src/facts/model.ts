// Facts: what the extractors saw in the scanned files, without any judgement.
// Every fact carries the repo-relative POSIX path and the 1-based line it came from.

/** Where a fact was seen. `cell` is the 0-based code-cell index for notebooks (line is then within the cell). */
export interface Location {
  path: string;
  line: number;
  cell?: number;
}

/** A declared Python dependency, name normalised per PEP 503. */
export interface DependencyFact extends Location {
  kind: 'dependency';
  name: string;
  /** The requirement as written (`mlflow[extras]>=2.9 ; python_version>"3.8"`). */
  requirement: string;
  /** True when the version is fixed exactly (`==1.2.3`, `===1.2.3`, conda `=1.2.3`, Poetry `"1.2.3"`). */
  isPinned: boolean;
  /** The manifest family, e.g. `requirements`, `pyproject`, `poetry`, `pipfile`, `conda`. */
  manager: string;
  /** Extra or group name when the dependency is optional (`dev`, `test`, `serve`...). */
  group?: string;
}

/** A Python import. `module` is the full dotted name (`from mlflow import sklearn` gives `mlflow.sklearn`). */
export interface ImportFact extends Location {
  kind: 'import';
  module: string;
}

/** A call whose callee resolves through imports to a dotted name (`mlflow.register_model`). */
export interface CallFact extends Location {
  kind: 'call';
  callee: string;
  /** Keyword argument names used in the call. */
  keywords: string[];
  /** Keywords given a plain string literal, with its value (`type="model"` gives `{ type: 'model' }`). */
  literals?: Record<string, string>;
}

/** An HTTP route declared in code (`@app.get("/health")`). */
export interface RouteFact extends Location {
  kind: 'route';
  route: string;
  /** Upper-case HTTP methods, empty when the framework's default applies. */
  methods: string[];
  /** How the route was declared: `decorator`, `add_api_route`, `add_url_rule`, `django-path`, `aiohttp`... */
  style: string;
}

/** A Kubernetes-style object in a YAML/JSON manifest. */
export interface ManifestFact extends Location {
  kind: 'manifest';
  apiVersion: string;
  objectKind: string;
  name?: string;
}

/** A container image reference (Dockerfile FROM, compose `image:`, pod spec `image:`). */
export interface ImageFact extends Location {
  kind: 'image';
  /** Image name without tag or digest, registry kept (`nvcr.io/nvidia/tritonserver`), Docker Hub library prefix dropped. */
  image: string;
  reference: string;
  source: 'dockerfile' | 'compose' | 'kubernetes' | 'ci';
}

/** A shell command the repository runs (CI step, Dockerfile RUN/CMD, dvc stage, Makefile recipe...). */
export interface CommandFact extends Location {
  kind: 'command';
  command: string;
  source:
    | 'ci'
    | 'dockerfile'
    | 'dvc'
    | 'compose'
    | 'kubernetes'
    | 'makefile'
    | 'mlproject'
    | 'script'
    | 'notebook';
}

export const CI_SYSTEMS = [
  'github-actions',
  'gitlab-ci',
  'jenkins',
  'azure-pipelines',
  'circleci',
  'bitbucket-pipelines',
  'cloud-build',
  'travis-ci',
  'drone',
  'buildkite',
  'aws-codebuild',
  'prow',
] as const;

/** A CI pipeline definition and, for GitHub Actions, the actions it uses. */
export interface CiFact extends Location {
  kind: 'ci';
  system: (typeof CI_SYSTEMS)[number];
  /** `uses:` reference without version (`iterative/setup-cml`), absent for the pipeline itself. */
  uses?: string;
}

/**
 * A named structural signal that does not fit the kinds above, e.g. `k8s-liveness-probe`,
 * `docker-healthcheck`, `dvc-remote`, `lfs-filter`, `grafana-dashboard`. Names are listed in SIGNALS.
 */
export interface SignalFact extends Location {
  kind: 'signal';
  signal: Signal;
  detail?: string;
  /** For a probe or health check: the image of the container it guards, normalised like ImageFact.image. */
  image?: string;
  /** For a health check of a container built here: the Dockerfile it is built from (repo-relative). */
  dockerfile?: string;
}

export const SIGNALS = [
  'k8s-liveness-probe',
  'k8s-readiness-probe',
  'k8s-startup-probe',
  'dockerfile',
  'docker-healthcheck',
  'docker-expose',
  'compose-healthcheck',
  'compose-service',
  'dvc-stage',
  'dvc-remote',
  'dvc-tracked-file',
  'dvc-artifact',
  'lfs-filter',
  'grafana-dashboard',
  'prometheus-scrape-config',
  'helm-chart',
  'kustomization',
  'kubeflow-pipeline-spec',
  'mlproject',
  'great-expectations-project',
  'bentoml-build-file',
  'torchserve-config',
  'triton-model-config',
  'pachyderm-pipeline',
] as const;
export type Signal = (typeof SIGNALS)[number];

export type Fact =
  | DependencyFact
  | ImportFact
  | CallFact
  | RouteFact
  | ManifestFact
  | ImageFact
  | CommandFact
  | CiFact
  | SignalFact;

export type FactKind = Fact['kind'];

/**
 * What an unreadable file could have shown: a whole fact kind, or one signal. A practice that was not found
 * and reads a blocked fact is `unknown` rather than `fail`.
 */
export type BlockedFact = FactKind | Signal;

/** A problem in the scanned repository. `blocks` names the facts this file could not contribute. */
export interface Diagnostic {
  path: string;
  line?: number;
  message: string;
  blocks?: BlockedFact[];
}

/** A file as an extractor sees it: already read, decoded and size-checked by the repo layer. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface Extraction {
  facts: Fact[];
  diagnostics: Diagnostic[];
  /** Further files this one pulls in (a `-r other.txt` include), repo-relative. */
  includes?: { path: string; extractor: string }[];
}

/** What the scan tells extractors about what can matter, so they skip work on files that cannot. */
export interface ExtractionContext {
  /**
   * Top-level Python modules some rule or signal names. A Python source importing none of them yields no
   * facts, since no import, call or route of it could be evidence.
   */
  modules?: ReadonlySet<string>;
  /**
   * Roots of `modules` that matter only with one of these words somewhere in the source (`google` with
   * `aiplatform`): rules name them only below a namespace package.
   */
  moduleWords?: ReadonlyMap<string, readonly string[]>;
  /**
   * Route words as they appear in a route literal (`/health`, `health/`): a source holding one is read
   * whatever it imports. A word with no slash is looked for anywhere.
   */
  routeWords?: readonly string[];
  /**
   * Roots of `modules` that the ML-library list names and no rule names whole, each with the words that
   * rules' names below it spell out. In a source holding none of those words and importing nothing else
   * of interest, only the first import of each root, per project, is ever evidence (an ML signal).
   */
  mlOnlyModules?: ReadonlyMap<string, readonly string[]>;
  /** Roots of the rules' call patterns: calls of anything else are never read. */
  callRoots?: ReadonlySet<string>;
  /**
   * The dotted names of the rules' and ML libraries' call patterns (`mlflow.*.log_model`, `*` any one
   * segment): a notebook cell spelling only names bound to nothing these can extend is not read.
   */
  callNames?: readonly string[];
  /**
   * First words of the rules' command patterns (`dvc` of `dvc repro`): a command none of whose simple
   * commands starts with one is never read (most lines of a shell script).
   */
  commandWords?: ReadonlySet<string>;
  /**
   * The rules' command patterns written out (`gcloud ai endpoints create`): a notebook's shell lines are
   * read only when its sources hold one, since `!gcloud storage cp` or `!pip install` in nearly every
   * notebook would otherwise make each of them matter.
   */
  commandPhrases?: readonly string[];
  /** The `projects` globs of the configuration: the folders assessed on their own besides the whole tree. */
  projectGlobs?: readonly string[];
}

/** One extractor per source kind. `claims` decides from the path alone, so unclaimed files are never opened. */
export interface Extractor {
  name: string;
  claims(path: string, baseName: string): boolean;
  /**
   * Every extension (lower case, no dot; `''` for none, as in `Dockerfile` or `.gitattributes`) of a name
   * it can claim, so the scan need not ask it about others. Absent, with `names`, when any can be claimed.
   */
  extensions?: readonly string[];
  /**
   * Base names it can claim whatever their extension (`setup.py`, `Dockerfile.gpu`, `deploy.Jenkinsfile`):
   * it is asked about a file when the extension is one of `extensions` or the base name matches these.
   */
  names?: { exact?: readonly string[]; prefixes?: readonly string[]; suffixes?: readonly string[] };
  /** Extensions of which it claims every file: the scan then need not ask it about each one. */
  claimsEvery?: readonly string[];
  /** Read cap in bytes for claimed files; the repo layer's default applies when absent. */
  maxBytes?: number;
  extract(file: SourceFile, context?: ExtractionContext): Extraction;
  /**
   * extract() from the undecoded bytes, for a format whose evidence is a small part of a large file (a
   * notebook's cell sources beside its outputs): only that part is decoded. Undefined when the bytes are
   * laid out in a way it does not read; the file is then decoded and given to extract().
   */
  extractBytes?(path: string, bytes: Buffer, context?: ExtractionContext): Extraction | undefined;
  /**
   * A cheap look at a file's undecoded bytes: false only when extract() would find nothing in them, so
   * the file need not be decoded or parsed. Extractors without it always extract.
   */
  mayMatterBytes?(bytes: Buffer, context?: ExtractionContext): boolean;
  /**
   * From a file's undecoded bytes: when extract() could give no evidence but imports of some of
   * `context.mlOnlyModules`, the roots it may import; else undefined. Extractors without it are always run.
   */
  mlImportsOnlyBytes?(bytes: Buffer, context?: ExtractionContext): string[] | undefined;
}
