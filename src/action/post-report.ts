// The workflow_run half of the fork recipe: posts a report file the pull_request run uploaded, after checking
// that it belongs to the pull request the finished run was for. Checks out and runs none of the fork's code.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { upsertComment } from './comment.js';
import type { RunContext } from './event.js';
import { readReportFile } from './report-file.js';

/** Posts the file's comment; every problem is a warning, so a fork cannot fail the base repository's run. */
export async function postReport(path: string, token: string, context: RunContext): Promise<void> {
  if (!context.workflowRun) {
    core.warning(
      'post-report needs the workflow_run event (the finished pull_request run); nothing was posted.',
    );
    return;
  }
  if (!token) {
    core.warning('No github-token: the report file is not posted.');
    return;
  }
  const file = readReportFile(resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), path));
  if ('problem' in file) {
    core.warning(`${file.problem} Nothing was posted.`);
    return;
  }
  const { headSha } = context.workflowRun;
  if (file.headSha !== headSha) {
    core.warning(
      `The report file is for commit ${file.headSha.slice(0, 7)}, the run was for ${headSha.slice(0, 7)}; nothing was posted.`,
    );
    return;
  }
  try {
    const { createClient } = await import('./client.js');
    const octokit = createClient(token, context.apiUrl);
    const target = { owner: context.owner, repo: context.repo, issueNumber: file.pullRequest };
    // The number comes from the fork's run: post only if that pull request's head is the run's commit.
    const pull = await octokit.rest.pulls.get({
      owner: context.owner,
      repo: context.repo,
      pull_number: file.pullRequest,
    });
    if (pull.data.head.sha !== headSha) {
      core.warning(
        `Pull request #${file.pullRequest} is not at commit ${headSha.slice(0, 7)}; nothing was posted.`,
      );
      return;
    }
    const outcome = await upsertComment(octokit, target, file.body, file.marker);
    core.info(`Pull request comment ${outcome.action} (id ${outcome.id}).`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const what = status ? `HTTP ${status}` : (error as Error).message;
    core.warning(
      `Could not post the report file (${what}). Grant the workflow "pull-requests: write" and "actions: read".`,
    );
  }
}
