// The JSON Schema of .mlops-maturity.yml, generated from the zod schema so editors can complete the file.
import { z } from 'zod';
import { ConfigSchema } from './config-schema.js';

export function renderConfigJsonSchema(): string {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'mlops-maturity configuration' }, null, 2)}\n`;
}
