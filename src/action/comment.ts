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

async function listMarkedComments(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
): Promise<MarkedComment[]> {
  // Paginated: a busy thread has far more than the first page of comments.
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((comment) => typeof comment.body === 'string' && isMarkedWith(comment.body, marker))
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
  marker = MARKER,
): Promise<CommentOutcome> {
  const { owner, repo } = target;
  const existing = await listMarkedComments(octokit, target, marker);
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
    const [first, ...raced] = await listMarkedComments(octokit, target, marker);
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

/**
 * Keeps an earlier comment current when this run would not post one (`on-failure` once the pull request
 * passes, `auto` once it has no ML to report): a stale failing comment would mislead. Posts nothing new.
 */
export async function refreshComment(
  octokit: Octokit,
  target: CommentTarget,
  body: string,
  marker = MARKER,
): Promise<CommentOutcome | undefined> {
  const [oldest] = await listMarkedComments(octokit, target, marker);
  if (oldest === undefined) return undefined;
  if (oldest.body === body) return { action: 'unchanged', id: oldest.id };
  await octokit.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: oldest.id,
    body,
  });
  return { action: 'updated', id: oldest.id };
}

/** The marker line exactly: `<!-- mlops-maturity -->` does not claim `<!-- mlops-maturity:api -->`. */
function isMarkedWith(body: string, marker: string): boolean {
  return body === marker || body.startsWith(`${marker}\n`);
}
