// One pull-request comment, found by a hidden marker and updated in place; concurrent runs end with one.
// Only comments the token's own identity wrote count as ours: anyone can post a comment that starts with
// the marker, and the action must neither overwrite nor delete it.
import type { getOctokit } from '@actions/github';
import { z } from 'zod';

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

/** The login of comments written with the workflow's GITHUB_TOKEN (or a GitHub App installation token). */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

// API answers are parsed, never cast: a comment with no readable id, body or author is nobody's.
const CommentSchema = z.object({
  id: z.number().int().positive(),
  body: z.string().nullish(),
  user: z.object({ login: z.string() }).nullish(),
});
const CreatedSchema = z.object({ id: z.number().int().positive() });
const UserSchema = z.object({ login: z.string().min(1) });

/**
 * Who the token writes comments as: the authenticated user for a personal token, else (GET /user answers
 * 403 to an installation token, such as GITHUB_TOKEN) github-actions[bot].
 */
export async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    const answer = await octokit.rest.users.getAuthenticated();
    const parsed = UserSchema.safeParse(answer.data);
    if (parsed.success) return parsed.data.login;
    throw new Error('GET /user gave no login');
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401) return ACTIONS_BOT_LOGIN;
    throw error;
  }
}

async function listMarkedComments(
  octokit: Octokit,
  target: CommentTarget,
  login: string,
): Promise<MarkedComment[]> {
  // Paginated: a busy thread has far more than the first page of comments.
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const marked: MarkedComment[] = [];
  for (const comment of comments) {
    const parsed = CommentSchema.safeParse(comment);
    if (!parsed.success) continue;
    const { id, body, user } = parsed.data;
    if (user?.login === login && typeof body === 'string' && body.startsWith(MARKER))
      marked.push({ id, body });
  }
  return marked.sort((a, b) => a.id - b.id);
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
  const login = await ownLogin(octokit);
  const existing = await listMarkedComments(octokit, target, login);
  const [oldest, ...duplicates] = existing;
  let outcome: CommentOutcome;
  if (oldest === undefined) {
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body,
    });
    const createdId = CreatedSchema.safeParse(created.data);
    if (!createdId.success) throw new Error('the API answered the new comment without an id');
    outcome = { action: 'created', id: createdId.data.id };
    const [first, ...raced] = await listMarkedComments(octokit, target, login);
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
