// Normalises container image references so that every extractor names an image the same way.

// Docker Hub spellings that mean "no registry". https://docs.docker.com/reference/cli/docker/image/tag/#description
const DOCKER_HUB_PREFIXES = ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/'] as const;
const LIBRARY_PREFIX = 'library/';
const WHOLE_VARIABLE_DEFAULT = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]+)\}$/;

/**
 * The image name of a reference, without tag or digest, registry kept, Docker Hub's `docker.io/` and
 * `library/` prefixes dropped: `python:3.11-slim` → `python`, `docker.io/library/python` → `python`,
 * `nvcr.io/nvidia/tritonserver:24.01-py3` → `nvcr.io/nvidia/tritonserver`, `localhost:5000/x:1` → `localhost:5000/x`.
 * Never throws: a blank reference gives `''`, anything else is cut as written (no validation).
 */
export function normalizeImageName(reference: string): string {
  // `FROM "ubuntu:bionic"` is legal; the quotes are not part of the name.
  let name = reference.trim().replace(/^["']|["']$/g, '');
  // A whole reference given by a variable with a default (`${AIRFLOW_IMAGE_NAME:-apache/airflow:2.9.3}`,
  // as Airflow's own compose file writes it) names the default.
  const defaulted = WHOLE_VARIABLE_DEFAULT.exec(name);
  if (defaulted) name = defaulted[1]!.trim();
  const at = name.indexOf('@');
  if (at !== -1) name = name.slice(0, at);
  // The first colon after the last slash starts the tag (which may hold `${TAG:-latest}`); a colon
  // before the last slash belongs to a registry port (`localhost:5000/x`).
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
  if (colon !== -1) name = name.slice(0, colon);
  for (const prefix of DOCKER_HUB_PREFIXES) {
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length);
      break;
    }
  }
  // `library/` is Docker Hub's namespace for official images. A name that starts with it has no registry host
  // (`library` has no dot or port), while `ghcr.io/library/x` keeps its namespace.
  if (name.startsWith(LIBRARY_PREFIX)) name = name.slice(LIBRARY_PREFIX.length);
  return name;
}
