// Grafana dashboards kept as JSON in the repository (dashboards as code).
// https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/

import { locateJsonError } from '../formats/json-errors.js';
import type { Extraction, Extractor, SourceFile } from '../model.js';

export const grafanaDashboardExtractor: Extractor = {
  name: 'grafana-dashboard',
  claims: (path, baseName) => {
    if (!baseName.endsWith('.json')) return false;
    const lower = path.toLowerCase();
    return lower.includes('grafana') || lower.includes('dashboard');
  },
  extensions: ['json'],
  extract: extractDashboard,
};

function extractDashboard({ path, text }: SourceFile): Extraction {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = locateJsonError(text);
    const reason = error?.reason ?? 'syntax error';
    return {
      facts: [],
      diagnostics: [
        {
          path,
          ...(error ? { line: error.line } : {}),
          message: `not valid JSON (${reason}). Its dashboards are not counted.`,
          blocks: ['grafana-dashboard'],
        },
      ],
    };
  }
  const dashboard = dashboardOf(value);
  if (!dashboard) return { facts: [], diagnostics: [] };
  const { title } = dashboard;
  return {
    facts: [
      {
        kind: 'signal',
        path,
        line: 1,
        signal: 'grafana-dashboard',
        ...(typeof title === 'string' ? { detail: title } : {}),
      },
    ],
    diagnostics: [],
  };
}

/**
 * The dashboard model, also inside the `{ "dashboard": ... }` wrapper of the HTTP API and of
 * provisioning exports. Dashboards before schema version 16 kept their panels under `rows`.
 */
function dashboardOf(value: unknown): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined;
  const model = isObject(value.dashboard) ? value.dashboard : value;
  const hasPanels = Array.isArray(model.panels) || Array.isArray(model.rows);
  return hasPanels && ('schemaVersion' in model || typeof model.title === 'string') ? model : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
