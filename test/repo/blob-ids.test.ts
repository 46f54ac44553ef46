import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitBlobId } from '../../src/repo/blob-ids.js';

describe('gitBlobId', () => {
  it('gives the id git itself computes', () => {
    const content = 'import mlflow\nmlflow.log_metric("auc", 0.91)\n';
    const fromGit = execFileSync('git', ['hash-object', '--stdin'], {
      input: content,
      encoding: 'utf8',
    }).trim();
    expect(gitBlobId(Buffer.from(content))).toBe(fromGit);
  });
});
