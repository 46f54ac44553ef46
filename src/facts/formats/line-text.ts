// Reading parts of one line of a scanned file in time linear in its length. A line can be a megabyte of
// blanks, and a regular expression such as `/\s+#.*$/` tries every blank of it as a start and runs to the
// end of the blanks from each: a 400 KB line of spaces in requirements.txt took minutes.

/**
 * `line` before its first `#` comment: a `#` after a blank (`isBlank`), or at the start when `atStart`.
 * The blanks before it stay; callers trim.
 */
export function beforeComment(line: string, isBlank: (code: number) => boolean, atStart: boolean): string {
  for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1)) {
    if (at === 0 ? atStart : isBlank(line.charCodeAt(at - 1))) return line.slice(0, at);
  }
  return line;
}

/** Space or tab. */
export const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09;

/** What `\s` matches. */
export const isWhitespace = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** `text` without the `/` characters it ends with. */
export function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether `text` holds a character that `.` does not match in a regular expression. */
export function hasLineTerminator(text: string): boolean {
  return /[\n\r\u2028\u2029]/.test(text);
}
