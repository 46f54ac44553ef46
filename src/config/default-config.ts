// The configuration of a repository without .mlops-maturity.yml, kept apart from the schema so that such
// a scan does not load the validation. A test holds it equal to what the schema gives for an empty file.
import type { Config } from './config-schema.js';

export function defaultConfig(): Config {
  return { 'team-size': 'small', budget: 'free', ignore: [], practices: {}, extends: [], projects: [] };
}
