// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{ github.token }} is a workflow expression, not a JS template.
// action.yml agrees with the code: the inputs the zod schema reads, the outputs run() sets, node24.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputsSchema } from '../../src/action/inputs.js';

const ActionMetadataSchema = z.strictObject({
  name: z.string(),
  description: z.string().max(125),
  author: z.string(),
  branding: z.strictObject({ icon: z.string(), color: z.string() }),
  inputs: z.record(
    z.string(),
    z.strictObject({ description: z.string().min(1), required: z.boolean(), default: z.string().optional() }),
  ),
  outputs: z.record(z.string(), z.strictObject({ description: z.string().min(1) })),
  runs: z.strictObject({ using: z.literal('node24'), main: z.literal('dist/index.js') }),
});

const action = ActionMetadataSchema.parse(
  parse(readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')),
);

describe('action.yml', () => {
  it('declares exactly the inputs the action reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(InputsSchema.shape).sort());
  });

  it('keeps defaults in the zod schema, except the token expression', () => {
    const withDefaults = Object.entries(action.inputs).filter(([, input]) => input.default !== undefined);
    expect(withDefaults).toEqual([
      ['github-token', expect.objectContaining({ default: '${{ github.token }}' })],
    ]);
  });

  it('declares the outputs the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'badge-file',
      'delta',
      'passed',
      'phase',
      'phase-name',
      'report-file',
      'report-json',
      'sarif-file',
      'score',
    ]);
  });
});
