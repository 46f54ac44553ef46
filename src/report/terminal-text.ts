// Makes text from a scanned repository safe to print on a terminal: a file name or a requirement holding
// escape sequences could otherwise move the cursor, recolour or retitle the terminal.

// C0 controls (but tab), DEL and C1 controls, and the line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Shows each control character as a visible `\xNN` (or `\uNNNN`) escape; everything else is kept. */
export function escapeTerminal(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
