// The maturity timeline for the job summary (input `history`): never fails the step.
import * as core from '@actions/core';
import { buildHistoryTimeline } from '../history/history-command.js';
import { renderHistoryMarkdown } from '../history/render-history.js';

/**
 * The timeline of the last `commits` commits as Markdown, led by a blank line. A shallow checkout has
 * only its own commit: the timeline says so and how to fetch the history. Any failure becomes a warning
 * and a line saying the timeline is missing.
 */
export function historySummary(path: string, commits: number, configPath?: string): string {
  try {
    return `\n${renderHistoryMarkdown(buildHistoryTimeline(path, { maxCommits: commits, configPath }))}`;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    core.warning(`The maturity timeline could not be made (${reason}).`);
    return '\n_The maturity timeline could not be made; see the warning in the log._\n';
  }
}
