// The workflow run's context from the runner's environment and event payload, parsed, never cast.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const PullRequestPayloadSchema = z.object({
  pull_request: z.object({
    number: z.number().int(),
    base: z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/) }),
    head: z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/) }),
  }),
});

const WorkflowRunPayloadSchema = z.object({
  workflow_run: z.object({ head_sha: z.string().regex(/^[0-9a-f]{40}$/) }),
});

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit evidence links point at: the PR head, else GITHUB_SHA. */
  headSha: string;
  serverUrl: string;
  apiUrl: string;
  /** The run's page, whose job summary keeps the full report; undefined outside a run. */
  runUrl?: string;
  pullRequest?: { number: number; baseSha: string };
  /** On workflow_run: the commit the finished run was for, from the trusted event, never from its files. */
  workflowRun?: { headSha: string };
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Reads GITHUB_* variables and, on pull requests, the event payload. Never throws on a bad payload: no PR. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const context: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    headSha: env.GITHUB_SHA ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
  if (owner && /^\d+$/.test(env.GITHUB_RUN_ID ?? ''))
    context.runUrl = `${context.serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (context.eventName === 'workflow_run' && env.GITHUB_EVENT_PATH) {
    try {
      const payload = WorkflowRunPayloadSchema.parse(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')));
      context.workflowRun = { headSha: payload.workflow_run.head_sha };
    } catch {
      // Without a usable workflow_run there is no commit to check a report file against: nothing is posted.
    }
    return context;
  }
  if (!PULL_REQUEST_EVENTS.has(context.eventName) || !env.GITHUB_EVENT_PATH) return context;
  try {
    const payload = PullRequestPayloadSchema.parse(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')));
    context.pullRequest = { number: payload.pull_request.number, baseSha: payload.pull_request.base.sha };
    context.headSha = payload.pull_request.head.sha;
  } catch {
    // A payload without a usable pull_request is treated like any other event: no comment, no delta.
  }
  return context;
}
