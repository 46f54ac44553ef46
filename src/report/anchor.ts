// Where a practice that is not found is reported (SARIF results, annotations): a file must be named, and
// the one a team declares its project in is where adding a tool starts.
import type { Evidence, Report } from './model.js';

// Best first.
const MANIFESTS = [
  'pyproject.toml',
  'setup.cfg',
  'setup.py',
  'requirements.txt',
  'environment.yml',
  'Pipfile',
];

/**
 * The file a missing practice is reported on: the project's main manifest among the files its evidence
 * names, else the file that made it an ML project. Paths are those of the scanned folder.
 */
export function practiceAnchor(report: Report, projectRoot: string): string {
  const inProject = (path: string) => projectRoot === '' || path.startsWith(`${projectRoot}/`);
  const evidence: Evidence[] = [
    ...report.mlSignals,
    ...report.practices.flatMap((practice) => practice.evidence),
  ].filter((item) => inProject(item.path));
  const local = (path: string) => (projectRoot ? path.slice(projectRoot.length + 1) : path);
  for (const manifest of MANIFESTS) {
    const found = evidence.find((item) => local(item.path) === manifest);
    if (found) return found.path;
  }
  const declared = evidence.find((item) => item.kind === 'dependency') ?? evidence[0];
  return declared?.path ?? (projectRoot ? `${projectRoot}/${MANIFESTS[0]}` : MANIFESTS[0]!);
}
