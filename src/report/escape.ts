// The one helper that makes text from a scanned repository safe to print: on a terminal, in a workflow log
// and inside Markdown (and GitHub's HTML).

// C0 controls and DEL, C1 controls (U+009B is a one-character CSI on some terminals), the Unicode line and
// paragraph separators, and the bidirectional overrides that reorder what a reader sees (CVE-2021-42574).
// Also the characters that print as nothing, which make one name look like another or hide text in it:
// the soft hyphen, zero-width spaces and joiners, word joiner and invisible operators, the BOM, the
// interlinear annotation marks and the Unicode tag characters (U+E0000-U+E007F, as surrogate pairs).
// Also lone surrogates: a file name's byte that is not UTF-8 (path-bytes.ts), or a `\ud800` escape in
// JSON, which would be printed as U+FFFD and hide what is there.

/** All of these but the C0 controls and lone surrogates, which JSON.stringify escapes itself (json.ts). */
export const HIDDEN_CHARACTERS =
  '[\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb]|\\udb40[\\udc00-\\udc7f]';
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const CONTROL = new RegExp(`[\\u0000-\\u001f]|${HIDDEN_CHARACTERS}|${LONE_SURROGATE}`, 'g');
const NAMED_CONTROLS: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Shows every control character of `text` visibly (`\x1b`, `\r`, `\u202e`), so a file name or a string
 * from a scanned file cannot move the cursor, recolour a terminal, start a line of its own (a forged report
 * line or a `::error::` workflow command) or split a Markdown table row (GFM ends a line at a lone CR).
 */
export function neutralizeControls(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (char) => {
    const named = NAMED_CONTROLS[char];
    if (named) return named;
    // A tag character is a surrogate pair: shown as its code point.
    if (char.length === 2) return `\\u{${char.codePointAt(0)!.toString(16)}}`;
    const code = char.charCodeAt(0);
    // A file name's escaped byte shows as that byte, as git quotes it: `train\xff.py`.
    if (code >= 0xdc80 && code <= 0xdcff) return `\\x${(code - 0xdc00).toString(16)}`;
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

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
    neutralizeControls(text)
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
  const oneLine = neutralizeControls(text);
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${oneLine}${padding}${fence}`;
}
