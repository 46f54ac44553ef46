import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grafanaDashboardExtractor } from '../../../src/facts/manifests/grafana-dashboards.js';

const DASHBOARD = readFileSync(
  new URL('../../fixtures/facts/grafana-dashboards/provisioned/churn-api.json', import.meta.url),
  'utf8',
);

function extract(path: string, text: string) {
  return grafanaDashboardExtractor.extract({ path, text });
}

function claims(path: string): boolean {
  return grafanaDashboardExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1));
}

describe('grafanaDashboardExtractor.claims', () => {
  it('claims JSON files under a Grafana or dashboard path', () => {
    expect(claims('monitoring/grafana/churn-api.json')).toBe(true);
    expect(claims('ops/Dashboards/churn-api.json')).toBe(true);
    expect(claims('observability/churn-dashboard.json')).toBe(true);
  });

  it('leaves other JSON and non-JSON dashboard files alone', () => {
    expect(claims('data/churn.json')).toBe(false);
    expect(claims('monitoring/grafana/datasource.yaml')).toBe(false);
  });
});

describe('grafanaDashboardExtractor.extract', () => {
  it('reports a dashboard with its title', () => {
    const path = 'monitoring/grafana/dashboards/churn-api.json';
    expect(extract(path, DASHBOARD)).toEqual({
      facts: [{ kind: 'signal', path, line: 1, signal: 'grafana-dashboard', detail: 'Churn API' }],
      diagnostics: [],
    });
  });

  it('reports a dashboard inside the HTTP API export wrapper', () => {
    const path = 'dashboards/churn-api.json';
    const text = JSON.stringify({ dashboard: JSON.parse(DASHBOARD), meta: { folderTitle: 'ML' } });
    expect(extract(path, text).facts).toEqual([
      { kind: 'signal', path, line: 1, signal: 'grafana-dashboard', detail: 'Churn API' },
    ]);
  });

  it('reports an old row-based dashboard', () => {
    const path = 'grafana/legacy.json';
    const text = JSON.stringify({ rows: [{ panels: [] }], schemaVersion: 14 });
    expect(extract(path, text).facts).toEqual([
      { kind: 'signal', path, line: 1, signal: 'grafana-dashboard' },
    ]);
  });

  it('ignores a JSON file under dashboards/ that is not a dashboard', () => {
    const text = JSON.stringify({ name: 'churn-api', targets: ['churn-api:8000'], title: 'Scrape targets' });
    expect(extract('dashboards/targets.json', text)).toEqual({ facts: [], diagnostics: [] });
    expect(extract('dashboards/panels.json', '[{"title": "Latency"}]')).toEqual({
      facts: [],
      diagnostics: [],
    });
  });

  it('reports a truncated dashboard on its last line', () => {
    const path = 'monitoring/grafana/dashboards/churn-api.json';
    const truncated = DASHBOARD.slice(0, DASHBOARD.indexOf('"schemaVersion"'));
    expect(extract(path, truncated)).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 13,
          message: 'not valid JSON (unexpected end of input). Its dashboards are not counted.',
          blocks: ['grafana-dashboard'],
        },
      ],
    });
  });

  it('reports invalid JSON on the line of the error', () => {
    const path = 'grafana/churn-api.json';
    expect(extract(path, '{\n  "title": "Churn API",\n  "panels": [],\n}\n')).toEqual({
      facts: [],
      diagnostics: [
        {
          path,
          line: 4,
          message: 'not valid JSON (expected a double-quoted property name). Its dashboards are not counted.',
          blocks: ['grafana-dashboard'],
        },
      ],
    });
  });
});
