import { posix } from 'node:path';
// Docker Compose files: services, their images, health checks and commands.
// https://docs.docker.com/reference/compose-file/services/

import { isRecord, lineOf, parseYaml, yamlErrorDiagnostic } from '../formats/yaml-lines.js';
import type { Extraction, Extractor, Fact, SourceFile } from '../model.js';
import { normalizeImageName } from './image-name.js';

const COMPOSE_PREFIXES = ['docker-compose', 'compose'];
// `compose.yaml`, `docker-compose.override.yml`, `compose-dev.yml`, but not `composer.yml`.
const NAME_SEPARATORS = '.-_';

/** True for `docker-compose*.yml|yaml` and `compose*.yml|yaml` base names (any case). */
export function isComposeFileName(baseName: string): boolean {
  const lower = baseName.toLowerCase();
  if (!lower.endsWith('.yml') && !lower.endsWith('.yaml')) return false;
  for (const prefix of COMPOSE_PREFIXES) {
    if (lower.startsWith(prefix) && NAME_SEPARATORS.includes(lower.charAt(prefix.length))) return true;
  }
  return false;
}

export const composeExtractor: Extractor = {
  name: 'compose',
  claims: (_path, baseName) => isComposeFileName(baseName),
  extensions: ['yml', 'yaml'],
  extract: extractCompose,
};

function extractCompose({ path, text }: SourceFile): Extraction {
  const parsed = parseYaml(text);
  const facts: Fact[] = [];
  for (const document of parsed.documents) {
    if (!isRecord(document)) continue;
    const services = servicesOf(document);
    for (const [name, service] of Object.entries(services)) {
      if (!isRecord(service)) continue;
      facts.push({
        kind: 'signal',
        path,
        line: lineOf(services, name),
        signal: 'compose-service',
        detail: name,
      });
      extractService(path, service, facts);
    }
  }
  const diagnostics = parsed.error
    ? [
        yamlErrorDiagnostic(path, parsed.error, 'Its Compose services are not counted.', [
          'compose-service',
          'compose-healthcheck',
          'image',
          'command',
        ]),
      ]
    : [];
  return { facts, diagnostics };
}

// Compose file format v1 (before `version: "2"`) put the services at the top level.
function servicesOf(document: Record<string, unknown>): Record<string, unknown> {
  if (isRecord(document.services)) return document.services;
  if ('services' in document || 'version' in document) return {};
  const isLegacy = Object.values(document).some(
    (value) => isRecord(value) && ('image' in value || 'build' in value),
  );
  return isLegacy ? document : {};
}

function extractService(path: string, service: Record<string, unknown>, facts: Fact[]): void {
  if (typeof service.image === 'string' && service.image.trim() !== '') {
    facts.push({
      kind: 'image',
      path,
      line: lineOf(service, 'image'),
      image: normalizeImageName(service.image),
      reference: service.image,
      source: 'compose',
    });
  }
  if (isActiveHealthcheck(service.healthcheck)) {
    // A service built here runs the project's own image: which one is judged from its Dockerfile's base
    // (an image built FROM apache/airflow is still Airflow's web server).
    const dockerfile = service.build === undefined ? undefined : builtDockerfile(path, service.build);
    const guarded =
      typeof service.image === 'string' && service.image.trim() !== '' && service.build === undefined
        ? { image: normalizeImageName(service.image) }
        : dockerfile
          ? { dockerfile }
          : {};
    const line = lineOf(service, 'healthcheck');
    facts.push({ kind: 'signal', path, line, signal: 'compose-healthcheck', ...guarded });
  }
  for (const key of ['entrypoint', 'command']) {
    const command = commandText(service[key]);
    if (command)
      facts.push({ kind: 'command', path, line: lineOf(service, key), command, source: 'compose' });
  }
}

// `disable: true` and `test: ["NONE"]` both switch off a health check inherited from the image.
function isActiveHealthcheck(healthcheck: unknown): boolean {
  if (!isRecord(healthcheck) || healthcheck.disable === true) return false;
  const test = healthcheck.test;
  if (typeof test === 'string') return test.trim() !== '';
  return Array.isArray(test) && test.length > 0 && test[0] !== 'NONE';
}

function commandText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!Array.isArray(value)) return undefined;
  const words = value.filter((word) => typeof word === 'string' || typeof word === 'number').map(String);
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The repo-relative Dockerfile a service's `build` names (`build: ./api`, or `context` and `dockerfile`);
 * undefined for a remote context or one outside the repository.
 * https://docs.docker.com/reference/compose-file/build/
 */
function builtDockerfile(composePath: string, build: unknown): string | undefined {
  const context =
    typeof build === 'string'
      ? build
      : isRecord(build) && typeof build.context === 'string'
        ? build.context
        : '.';
  const file = isRecord(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || file.startsWith('/'))
    return undefined;
  const folder = composePath.includes('/') ? composePath.slice(0, composePath.lastIndexOf('/')) : '.';
  const joined = posix.normalize(posix.join(folder, context, file));
  return joined.startsWith('../') || joined === '..' || posix.isAbsolute(joined) ? undefined : joined;
}
