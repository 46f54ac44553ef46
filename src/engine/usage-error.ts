// A problem in how the tool is used (bad rule file, bad option, bad config): reported in one line, exit code 2.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
