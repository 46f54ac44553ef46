// One pull-request comment, found by a hidden marker and updated in place; concurrent runs end with one.
import type { getOctokit } from '@actions/github';

export const MARKER = '<!-- mlops-maturity -->';
export type Octokit = ReturnType<typeof getOctokit>;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentOutcome = { action: 'created' | 'updated' | 'unchanged'; id: number };

interface MarkedComment {
  id: number;
  body: string;
}

async function listMarkedComments(octokit: Octokit, target: CommentTarget): Promise<MarkedComment[]> {
  // Paginated: a busy thread has far more than the first page of comments.
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((comment) => typeof comment.body === 'string' && comment.body.startsWith(MARKER))
    .map((comment) => ({ id: comment.id, body: comment.body as string }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Creates the comment when absent, updates it when its body changed, and leaves it alone otherwise. After a
 * create, the oldest marked comment is kept and newer ones (a concurrent run's) are deleted.
 */
export async function upsertComment(
  octokit: Octokit,
  target: CommentTarget,
  body: string,
): Promise<CommentOutcome> {
  const { owner, repo } = target;
  const existing = await listMarkedComments(octokit, target);
  const [oldest, ...duplicates] = existing;
  let outcome: CommentOutcome;
  if (oldest === undefined) {
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body,
    });
    outcome = { action: 'created', id: created.data.id };
    const [first, ...raced] = await listMarkedComments(octokit, target);
    if (first && first.id !== outcome.id) {
      // Another run created one first: keep the oldest, carry this run's body to it, drop the rest.
      if (first.body !== body)
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: first.id, body });
      outcome = { action: 'updated', id: first.id };
    }
    for (const extra of raced) await octokit.rest.issues.deleteComment({ owner, repo, comment_id: extra.id });
    return outcome;
  }
  if (oldest.body === body) outcome = { action: 'unchanged', id: oldest.id };
  else {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
    outcome = { action: 'updated', id: oldest.id };
  }
  for (const extra of duplicates)
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: extra.id });
  return outcome;
}
