// The rule catalogue as Markdown (docs/rules.md) and as terminal text (`mlops-maturity rules`).
import type { RuleSet } from '../engine/load-rules.js';
import type { Detector, Rule } from '../engine/rule-schema.js';
import { escapeMarkdown } from './escape.js';

const FACT_LABELS: [keyof Detector, string][] = [
  ['dependencies', 'dependency'],
  ['imports', 'import'],
  ['calls', 'call'],
  ['routes', 'route'],
  ['manifests', 'manifest kind'],
  ['images', 'image'],
  ['commands', 'command'],
  ['ci', 'CI system'],
  ['ci-uses', 'CI action'],
  ['signals', 'config'],
  ['files', 'file'],
  ['matcher', 'check'],
];

/** What a detector looks for, as `import mlflow, dependency mlflow` style phrases. */
function describeDetector(detector: Detector, code: (text: string) => string): string {
  const parts: string[] = [];
  for (const [field, label] of FACT_LABELS) {
    const value = detector[field];
    if (value === undefined || field === 'tool') continue;
    const values = Array.isArray(value) ? value : [String(value)];
    parts.push(`${label} ${values.map(code).join(', ')}`);
  }
  return parts.join('; ');
}

export function renderRuleDocsMarkdown(ruleSet: RuleSet): string {
  const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;
  const lines = [
    '# Practices and detectors',
    '',
    '<!-- Generated from rules/*.yml by `npm run docs`. Do not edit by hand. -->',
    '',
    '| practice | phase | weight | title |',
    '|---|---|---|---|',
    ...ruleSet.rules.map(
      (rule) =>
        `| [\`${rule.id}\`](#${rule.id}) | ${rule.phase} | ${rule.weight} | ${escapeMarkdown(rule.title)} |`,
    ),
  ];
  for (const rule of ruleSet.rules) {
    lines.push(
      '',
      `## ${rule.id}`,
      '',
      `**${escapeMarkdown(rule.title)}** (phase ${rule.phase}, weight ${rule.weight}, ${rule.category})`,
    );
    lines.push('', escapeMarkdown(rule.why), '', '| tool | what counts as evidence |', '|---|---|');
    for (const detector of rule.detect) {
      const tool = ruleSet.tools[detector.tool];
      const name = tool ? `[${escapeMarkdown(tool.name)}](${tool.url})` : detector.tool;
      lines.push(`| ${name} | ${describeDetector(detector, code).replaceAll('|', '\\|')} |`);
    }
    lines.push(
      '',
      `**First step** (${rule.remediation.effort} effort): ${escapeMarkdown(rule.remediation.text)}`,
    );
    if (rule.limitations) lines.push('', `**Not seen:** ${escapeMarkdown(rule.limitations)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderRuleListText(ruleSet: RuleSet): string {
  const width = Math.max(...ruleSet.rules.map((rule) => rule.id.length));
  const lines = ruleSet.rules.map(
    (rule) =>
      `phase ${rule.phase}  ${rule.id.padEnd(width)}  ${rule.detect.map((detector) => detector.tool).join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

/** `mlops-maturity explain <id>`: what a practice checks, why, and how to fix it. */
export function renderRuleExplanation(rule: Rule, ruleSet: RuleSet): string {
  const lines = [
    `${rule.id}: ${rule.title}`,
    `phase ${rule.phase}, weight ${rule.weight}, ${rule.category}`,
    '',
    rule.why,
    '',
    'Looks for:',
    ...rule.detect.map(
      (detector) =>
        `  ${ruleSet.tools[detector.tool]?.name ?? detector.tool}: ${describeDetector(detector, (text) => text)}`,
    ),
    '',
    `First step (${rule.remediation.effort} effort): ${rule.remediation.text}`,
  ];
  if (rule.limitations) lines.push(`Not seen: ${rule.limitations}`);
  return `${lines.join('\n')}\n`;
}
