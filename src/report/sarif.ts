// The report as SARIF 2.1.0 for GitHub code scanning: one reporting rule per practice, a result for each
// practice not found and for each diagnostic. What code scanning reads and its limits:
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
import { createHash } from 'node:crypto';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleSet } from '../engine/load-rules.js';
import type { Rule } from '../engine/rule-schema.js';
import { percentEncodeSegment } from '../repo/path-bytes.js';
import { practiceAnchor } from './anchor.js';
import { escapeMarkdown } from './escape.js';
import type { PracticeResult, Report, ReportDiagnostic } from './model.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mlops-maturity/mlops-maturity';
export const DIAGNOSTIC_RULE_ID = 'unreadable-file';
/** Code scanning shows the first 5,000 results of a run (and rejects more than 25,000). */
export const MAX_RESULTS = 5000;
/** Bumped only when what identifies a result changes: alerts keep their identity across runs. */
const FINGERPRINT_KEY = 'mlopsMaturity/v1';

export interface SarifOptions {
  /** The scanned folder's path inside the repository, with a trailing slash (`''` at its top). */
  uriPrefix?: string;
}

/** Renders `report` with the reporting rules of `ruleSet`; paths become repository-relative URIs. */
export function renderSarif(report: Report, ruleSet: RuleSet, options: SarifOptions = {}): string {
  const prefix = options.uriPrefix ?? '';
  const known = new Set(ruleSet.rules.map((rule) => rule.id));
  // A practice of rules the caller did not pass (a custom pack) still gets a reporting rule, from the report.
  const unlisted = report.practices.filter((practice) => !known.has(practice.id)).map(describePractice);
  const rules = [...ruleSet.rules.map((rule) => describeRule(rule, ruleSet)), ...unlisted, DIAGNOSTIC_RULE];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: Result[] = [];
  const projects = [
    { root: '', practices: report.practices, missing: report.phase.missing },
    ...report.projects.map((project) => ({ ...project, missing: project.phase.missing })),
  ];
  for (const project of projects) {
    const anchor = practiceAnchor(report, project.root);
    for (const practice of project.practices.filter((candidate) => candidate.status === 'fail')) {
      const isNeededNext = project.missing.includes(practice.id);
      results.push(
        missingPracticeResult(practice, project.root, anchor, isNeededNext, ruleIndex, ruleSet, prefix),
      );
    }
  }
  const room = Math.max(0, MAX_RESULTS - results.length);
  for (const diagnostic of report.diagnostics.slice(0, room))
    results.push(diagnosticResult(diagnostic, ruleIndex.get(DIAGNOSTIC_RULE_ID)!, prefix));
  const leftOut = report.diagnostics.length - Math.min(room, report.diagnostics.length);

  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(leftOut > 0 && {
              toolExecutionNotifications: [
                {
                  level: 'note',
                  message: {
                    text: `${leftOut} more diagnostics left out: code scanning shows ${MAX_RESULTS} results at most. The JSON report lists them all.`,
                  },
                },
              ],
            }),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeRule(rule: Rule, ruleSet: RuleSet): ReportingDescriptor {
  const tools = rule.detect.map((detector) => ruleSet.tools[detector.tool]?.name ?? detector.tool);
  const seen = rule.limitations ? ` Not seen: ${rule.limitations}` : '';
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: {
      text: `${rule.why} Recognised tools: ${tools.join(', ')}. First step (${rule.remediation.effort} effort): ${rule.remediation.text}${seen}`,
      markdown: [
        escapeMarkdown(rule.why),
        '',
        `**Recognised tools:** ${tools.map(escapeMarkdown).join(', ')}`,
        '',
        `**First step** (${rule.remediation.effort} effort): ${escapeMarkdown(rule.remediation.text)}`,
        ...(rule.limitations ? ['', `**Not seen:** ${escapeMarkdown(rule.limitations)}`] : []),
      ].join('\n'),
    },
    helpUri: `${INFORMATION_URI}/blob/main/docs/rules.md#${rule.id}`,
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['mlops', rule.category, `phase-${rule.phase}`], precision: 'medium' },
  };
}

function describePractice(practice: PracticeResult): ReportingDescriptor {
  return {
    id: practice.id,
    name: pascalCase(practice.id),
    shortDescription: { text: practice.title },
    fullDescription: { text: practice.title },
    help: { text: `${practice.title}. Run mlops-maturity explain ${practice.id} for what counts.` },
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['mlops', practice.category, `phase-${practice.phase}`], precision: 'medium' },
  };
}

const DIAGNOSTIC_RULE: ReportingDescriptor = {
  id: DIAGNOSTIC_RULE_ID,
  name: 'UnreadableFile',
  shortDescription: { text: 'A file could not be read fully' },
  fullDescription: {
    text: 'The scan could not read this file (invalid syntax, binary or oversized content, a symlink out of the repository). What it could have shown is not counted.',
  },
  help: {
    text: 'Fix the file so that it parses, or leave it out of the scan with the ignore globs of .mlops-maturity.yml.',
  },
  helpUri: `${INFORMATION_URI}#readme`,
  defaultConfiguration: { level: 'warning' },
  properties: { tags: ['mlops', 'diagnostic'], precision: 'high' },
};

function missingPracticeResult(
  practice: PracticeResult,
  projectRoot: string,
  anchor: string,
  isNeededNext: boolean,
  ruleIndex: ReadonlyMap<string, number>,
  ruleSet: RuleSet,
  prefix: string,
): Result {
  const rule = ruleSet.rules.find((candidate) => candidate.id === practice.id);
  const where = projectRoot ? ` in ${projectRoot}` : '';
  const next = isNeededNext ? ` The next maturity phase needs it.` : '';
  const step = rule ? ` First step: ${rule.remediation.text}` : '';
  return {
    ruleId: practice.id,
    ruleIndex: ruleIndex.get(practice.id)!,
    level: isNeededNext ? 'warning' : 'note',
    message: { text: `${practice.id}${where}: ${practice.message}${next}${step}` },
    locations: [location(prefix, anchor, 1)],
    // The practice and the project identify the alert: it stays one alert while the manifest changes.
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint('practice', practice.id, projectRoot) },
  };
}

function diagnosticResult(diagnostic: ReportDiagnostic, index: number, prefix: string): Result {
  return {
    ruleId: DIAGNOSTIC_RULE_ID,
    ruleIndex: index,
    level: 'warning',
    message: { text: diagnostic.message },
    locations: [location(prefix, diagnostic.path, diagnostic.line ?? 1)],
    // Path and message, not the line: an edit above it does not open a new alert.
    partialFingerprints: {
      [FINGERPRINT_KEY]: fingerprint('diagnostic', diagnostic.path, diagnostic.message),
    },
  };
}

function location(prefix: string, path: string, line: number): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(`${prefix}${path}`), uriBaseId: '%SRCROOT%' },
      region: { startLine: line },
    },
  };
}

/** A relative URI reference: each path segment percent-encoded, so spaces or `#` cannot end it. */
function toUri(path: string): string {
  return path.split('/').map(percentEncodeSegment).join('/');
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
