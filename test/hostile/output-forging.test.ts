// Class 4 of #12: nothing from the scanned repository can forge output. File names and scanned strings
// holding CR, LF, ESC, BEL, C1 controls, bidirectional overrides, `::` workflow commands, Markdown or HTML
// show as the literal text they are, in every renderer, on one line.
import { describe, expect, it } from 'vitest';
import { commitAll, evilFiles, outputProblems, scanAllFormats, useHostileTrees } from './hostile-tree.js';

const hostile = useHostileTrees();

describe('output from a repository with hostile names and strings', () => {
  it.each([
    ['a tree without git', false],
    ['a git work tree', true],
  ])('prints every name escaped, on its line, in every format (%s)', (_name, isGit) => {
    const tree = hostile(evilFiles());
    if (isGit) commitAll(tree.root);
    for (const run of scanAllFormats(tree.root)) {
      expect({ format: run.format, code: run.code }).toEqual({ format: run.format, code: 0 });
      expect({ format: run.format, problems: outputProblems(run.stdout + run.stderr) }).toEqual({
        format: run.format,
        problems: [],
      });
    }
    const [text, json, markdown] = scanAllFormats(tree.root).map((run) => run.stdout);
    // The names are there, shown: not dropped.
    expect(text).toContain('row\\r# score 100 of 100/model.py: binary file; not read.');
    expect(text).toContain('esc\\x1b[2J\\x1b[31mred/model.py');
    expect(text).toContain('csi\\x9b31m/model.py');
    expect(text).toContain('rtl\\u202egnp.py/model.py');
    // JSON keeps the exact names, escaped so a terminal obeys none of them.
    const parsed = JSON.parse(json!) as { diagnostics: { path: string }[] };
    expect(parsed.diagnostics.map((diagnostic) => diagnostic.path)).toContain('csi\u009b31m/model.py');
    expect(json).toContain('csi\\u009b31m');
    // Markdown: our own headings only, no HTML, the table rows whole.
    expect(markdown).not.toMatch(/^\s{0,3}# score/m);
    expect(markdown).not.toMatch(/<img|\]\(https:\/\/evil/);
    expect(markdown).toContain('row\\\\r# score 100 of 100/model.py');
    const rows = markdown!.split('\n').filter((line) => line.startsWith('| '));
    for (const row of rows) expect(row.endsWith(' |')).toBe(true);
  });
});
