import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { defaultConfig } from '../../src/config/default-config.js';

describe('the configuration of a repository without .mlops-maturity.yml', () => {
  it('is what the schema gives for an empty file, and a fresh object each time', () => {
    expect(defaultConfig()).toEqual(ConfigSchema.parse({}));
    const first = defaultConfig();
    first.ignore.push('data/**');
    expect(defaultConfig().ignore).toEqual([]);
  });
});
