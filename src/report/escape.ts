// The one helper that makes text from a scanned repository safe inside Markdown (and GitHub's HTML).

// Characters that start inline markup anywhere in a line: code, emphasis, links and images, tables,
// strikethrough. `(`, `!`, `-`... only matter next to these or at a line start, handled below.
const INLINE_SPECIAL = /[\\`*_[\]|~]/g;
const LINE_START_SPECIAL = /^(\s*)([#>+=-]|\d+[.)])/;

/**
 * Escapes Markdown and HTML syntax so a path, a requirement or a message renders as the literal text it is,
 * on one line: `a|b` does not split a table cell, `<script>` is not HTML, `[x](y)` is not a link,
 * `@user` and `#12` stay plain text even though GitHub would link them.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(INLINE_SPECIAL, (char) => `\\${char}`)
      .replace(/([@#])(?=\w)/g, '$1&#8203;')
      // Only punctuation can be backslash-escaped, so `1.` becomes `1\.`, not `\1.`.
      .replace(LINE_START_SPECIAL, (_match, space: string, marker: string) =>
        /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
      )
  );
}

/** Text inside a code span: backticks would end it, so the span picks a fence longer than any run inside. */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${oneLine}${padding}${fence}`;
}
