// The shields.io endpoint badge: the fields shields.io reads (https://shields.io/badges/endpoint-badge).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderBadge } from '../../src/report/badge.js';
import type { Report } from '../../src/report/model.js';
import { scan } from '../../src/scan.js';

const REPO = join(import.meta.dirname, '..', '..');
// shields.io rejects an endpoint answer without these, or with a schemaVersion other than 1.
const EndpointSchema = z.strictObject({
  schemaVersion: z.literal(1),
  label: z.string().min(1),
  message: z.string().min(1),
  color: z.string().min(1),
});

const badge = (report: Report) => EndpointSchema.parse(JSON.parse(renderBadge(report)));

describe('renderBadge', () => {
  it('shows the phase and score of churn-service', () => {
    expect(badge(scan(join(REPO, 'examples', 'churn-service')))).toEqual({
      schemaVersion: 1,
      label: 'MLOps maturity',
      message: 'phase 1 · 79',
      color: 'orange',
    });
  });

  it.each([
    [0, 'red'],
    [1, 'orange'],
    [2, 'yellowgreen'],
    [3, 'brightgreen'],
  ])('colours phase %i %s', (current, color) => {
    const report = scan(join(REPO, 'examples', 'churn-starter'));
    expect(badge({ ...report, phase: { ...report.phase, current } })).toMatchObject({ color });
  });

  it('says when there is no ML project, and when there is no score', () => {
    const report = scan(join(REPO, 'examples', 'churn-starter'));
    expect(badge({ ...report, isMlProject: false })).toMatchObject({
      message: 'not an ML project',
      color: 'lightgrey',
    });
    expect(badge({ ...report, score: null })).toMatchObject({ message: `phase ${report.phase.current}` });
  });
});
