// The validators validation.ts loads on demand, in one chunk.
export { parseConfig } from '../config/parse-config.js';
export { parseCustomRule } from './parse-custom-rule.js';
export { validateRules } from './validate-rules.js';
