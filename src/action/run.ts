// The GitHub Action: scan, compare with the PR base, comment once, write the job summary, set outputs, gate.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/config-schema.js';
import { loadConfig } from '../config/load-config.js';
import { withCustomRules } from '../engine/custom-rules.js';
import { loadRules } from '../engine/load-rules.js';
import { UsageError } from '../engine/usage-error.js';
import { whenValidated } from '../engine/validation.js';
import { compareWithBase, startBaseGit } from '../pipeline/base-scan.js';
import { renderComment } from '../report/comment-markdown.js';
import { neutralizeControls } from '../report/escape.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { FileOutcomes, scanLoadingWalk } from '../scan.js';
import { describeRegression } from '../score/delta.js';
import { annotate } from './annotations.js';
import { refreshComment, upsertComment } from './comment.js';
import { commentKey, markerFor } from './comment-key.js';
import { type RunContext, readRunContext } from './event.js';
import { historySummary } from './history-summary.js';
import { type Inputs, readInputs } from './inputs.js';
import { postReport } from './post-report.js';
import { writeReportFile } from './report-file.js';
import { writeReportFiles } from './report-files.js';
import { workspacePrefix } from './workspace-path.js';

export async function run(): Promise<void> {
  let summary: string | undefined;
  try {
    const inputs = readInputs();
    const context = readRunContext();
    if (inputs['post-report']) {
      await postReport(inputs['post-report'], inputs['github-token'], context);
      return;
    }
    const marker = markerFor(commentKey(inputs['comment-key'], inputs.path));
    const report = await assess(inputs, context);
    const failures = [...report.thresholds.reasons];
    const regression = report.delta && describeRegression(report.delta);
    if (inputs['fail-on-regression'] && regression) failures.push(regression);
    const markdown = renderComment(report, {
      linkBase: linkBase(context, inputs.path),
      marker,
      summaryUrl: context.runUrl,
    });
    if (inputs['report-file'] && context.pullRequest) {
      const file = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs['report-file']);
      writeReportFile(file, {
        pullRequest: context.pullRequest.number,
        headSha: context.headSha,
        marker,
        body: markdown,
      });
      core.setOutput('report-file', file);
    }
    summary = renderMarkdown(report, { linkBase: linkBase(context, inputs.path) });
    if (inputs.history > 0) summary += historySummary(inputs.path, inputs.history, inputs.config);
    setOutputs(report, failures.length === 0);
    writeReportFiles(report, workspacePrefix(inputs.path));
    annotate(report, workspacePrefix(inputs.path));
    if (context.pullRequest && inputs.comment !== 'never') {
      const isNew = shouldComment(inputs.comment, context, report, failures.length > 0);
      await comment(inputs, context, markdown, marker, isNew);
    }
    // Log lines may quote the repository's paths and values (project folders, config fields): controls shown.
    if (failures.length > 0) core.setFailed(neutralizeControls(`mlops-maturity: ${failures.join('; ')}.`));
  } catch (error) {
    if (error instanceof UsageError) core.setFailed(neutralizeControls(error.message));
    else {
      core.debug(neutralizeControls((error as Error).stack ?? String(error)));
      core.setFailed(
        neutralizeControls(`mlops-maturity: internal error: ${(error as Error).message}. Please report it.`),
      );
    }
  } finally {
    if (summary !== undefined) await writeSummary(summary);
  }
}

async function assess(inputs: Inputs, context: RunContext): Promise<Report> {
  const { config, ruleSet } = await whenValidated(() => {
    const loaded = loadConfig(inputs.path, inputs.config);
    const config = withInputs(loaded.config, inputs);
    return { config, ruleSet: withCustomRules(loadRules(), inputs.path, config, loaded.path) };
  });
  // The commit's files only: files earlier steps left in the workspace have no page to link evidence to.
  if (!context.pullRequest) return scanLoadingWalk(inputs.path, { ruleSet, config, trackedOnly: true });
  // The base is scored too; files unchanged since it are read and parsed once, for both, and git's part
  // of it runs beside the head scan.
  const root = resolve(inputs.path);
  const { baseSha } = context.pullRequest;
  const baseGit = startBaseGit(root, baseSha);
  const keep = new FileOutcomes();
  const head = await scanLoadingWalk(inputs.path, { ruleSet, config, keep, trackedOnly: true });
  return { ...head, delta: await compareWithBase(root, baseSha, ruleSet, config, head, keep, baseGit) };
}

/** Inputs override the configuration file, one field each. */
function withInputs(config: Config, inputs: Inputs): Config {
  return {
    ...config,
    ...(inputs['team-size'] ? { 'team-size': inputs['team-size'] } : {}),
    ...(inputs.budget ? { budget: inputs.budget } : {}),
    ...(inputs['fail-below'] !== undefined ? { 'fail-below': inputs['fail-below'] } : {}),
    ...(inputs['min-phase'] !== undefined ? { 'min-phase': inputs['min-phase'] } : {}),
  };
}

function setOutputs(report: Report, passed: boolean): void {
  core.setOutput('score', report.score === null ? '' : String(report.score));
  core.setOutput('phase', String(report.phase.current));
  core.setOutput('phase-name', report.phase.name);
  core.setOutput('passed', String(passed));
  const change = report.delta?.available ? report.delta.scoreChange : null;
  core.setOutput('delta', change === null || change === undefined ? '' : String(change));
  const path = join(process.env.RUNNER_TEMP || tmpdir(), 'mlops-maturity-report.json');
  writeFileSync(path, renderJson(report));
  core.setOutput('report-json', path);
}

/** Evidence links point at the commit that was scanned, under the scanned folder. */
function linkBase(context: RunContext, path: string): string | undefined {
  if (!context.owner || !context.headSha) return undefined;
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const folder = relative(workspace, resolve(path)).split('\\').join('/');
  const prefix = folder === '' || folder.startsWith('..') ? '' : `${folder}/`;
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}/${prefix}`;
}

function shouldComment(
  mode: Inputs['comment'],
  context: RunContext,
  report: Report,
  isFailing: boolean,
): boolean {
  if (!context.pullRequest || mode === 'never') return false;
  if (mode === 'always') return true;
  if (mode === 'on-failure') return isFailing;
  return report.isMlProject || report.projects.some((project) => project.isMlProject);
}

/** Posts or updates the comment; with `isNew` false, only an earlier comment is brought up to date. */
async function comment(
  inputs: Inputs,
  context: RunContext,
  body: string,
  marker: string,
  isNew: boolean,
): Promise<void> {
  if (!inputs['github-token']) {
    if (!isNew) return;
    core.warning('No github-token: the pull request comment is skipped. The report is in the job summary.');
    return;
  }
  try {
    // The GitHub client (Octokit and its plugins) is loaded only to comment: a push run never needs it.
    const { createClient } = await import('./client.js');
    const octokit = createClient(inputs['github-token'], context.apiUrl);
    const target = { owner: context.owner, repo: context.repo, issueNumber: context.pullRequest!.number };
    const outcome = isNew
      ? await upsertComment(octokit, target, body, marker)
      : await refreshComment(octokit, target, body, marker);
    if (outcome) core.info(`Pull request comment ${outcome.action} (id ${outcome.id}).`);
  } catch (error) {
    core.warning(neutralizeControls(describeCommentFailure(error)));
  }
}

function describeCommentFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 403) {
    return 'Could not update the pull request comment (HTTP 403). Grant the workflow "pull-requests: write"; on pull requests from forks the token is read-only, so use the workflow_run pattern in the README. The report is in the job summary.';
  }
  const what = status ? `HTTP ${status}` : (error as Error).message;
  return `Could not update the pull request comment (${what}). The report is in the job summary.`;
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(neutralizeControls(`Could not write the job summary (${(error as Error).message}).`));
  }
}
