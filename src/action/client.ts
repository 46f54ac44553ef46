// The GitHub client: retries 5xx answers and waits out rate limits, with octokit's own plugins.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from './comment.js';

const MAX_RATE_LIMIT_RETRIES = 2;

export function createClient(token: string, baseUrl: string): Octokit {
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { doNotRetry: [400, 401, 403, 404, 422, 429] },
      throttle: {
        onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub API rate limit reached; retrying in ${retryAfter} s.`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => {
          core.warning(`GitHub API secondary rate limit reached; retrying in ${retryAfter} s.`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}
