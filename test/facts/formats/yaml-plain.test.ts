// The quick reader must give what the full parser gives, line tables included, or decline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq } from 'yaml';
import { linesOf, parseYaml, parseYamlFully } from '../../../src/facts/formats/yaml-lines.js';
import {
  lineOfNode,
  parseYamlTree,
  parseYamlTreeFully,
  resolveNode,
  scriptLinesOf,
  type YamlTree,
} from '../../../src/facts/formats/yaml-nodes.js';
import { readPlainYaml } from '../../../src/facts/formats/yaml-plain.js';

const REPO = join(import.meta.dirname, '..', '..', '..');

/** Every value with the line table of every map and sequence in it, in walking order. */
function withLines(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const table = linesOf(value);
  const children = Object.entries(value).map(([key, child]) => [key, withLines(child)]);
  return { lines: table && { start: table.start, keys: [...table.keys] }, children };
}

/** What the CI readers can see of a syntax tree: keys, values, scalar styles and every node's line. */
function nodeView(tree: YamlTree, node: unknown): unknown {
  const resolved = resolveNode(tree, node);
  if (resolved === undefined) return undefined;
  const line = lineOfNode(tree, resolved);
  if (isMap(resolved)) {
    return {
      line,
      entries: resolved.items.map((pair) => [
        isScalar(pair.key) ? pair.key.value : pair.key,
        isScalar(pair.key) ? lineOfNode(tree, pair.key) : undefined,
        nodeView(tree, pair.value),
      ]),
    };
  }
  if (isSeq(resolved)) return { line, items: resolved.items.map((item) => nodeView(tree, item)) };
  if (!isScalar(resolved)) return 'other';
  // A script's commands are placed on source lines, folded ones through the scalar's offsets.
  return { line, value: resolved.value, type: resolved.type, script: scriptLinesOf(tree, resolved) };
}

/** A tree's documents as the CI readers see them; an empty document is no map to read, as none at all. */
function treeView(text: string, parse: typeof parseYamlTree): unknown[] {
  const parsed = parse(text);
  if ('error' in parsed) throw new Error(parsed.error.reason);
  const { tree } = parsed;
  return tree.documents
    .map((document) => nodeView(tree, document.contents))
    .filter((view) => !(typeof view === 'object' && view !== null && 'value' in view && view.value === null));
}

function expectSameAsFullParser(text: string): void {
  const full = parseYamlFully(text);
  expect(full.error).toBeUndefined();
  const quick = parseYaml(text);
  expect(quick.documents).toEqual(full.documents);
  expect(quick.documents.map(withLines)).toEqual(full.documents.map(withLines));
  expect(treeView(text, parseYamlTree)).toEqual(treeView(text, parseYamlTreeFully));
}

const accepts = (text: string) => readPlainYaml(text) !== undefined;

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('readPlainYaml', () => {
  it.each([
    ['maps, sequences and comments', 'a: 1\n# note\nb:\n  c: two  # trailing\n  d:\n    - x\n    - y\n'],
    ['an indentless sequence under a key', 'steps:\n- run: a\n- uses: b\nafter: 1\n'],
    [
      'maps inside sequence items',
      'containers:\n  - name: app\n    image: "org/app:1.2"\n    ports:\n      - containerPort: 80\n',
    ],
    ['items on the lines after their dash', 'items:\n  -\n    a: 1\n  -\n  - x\n'],
    [
      'scalar types of the core schema',
      'n: ~\nm: null\nt: true\nf: FALSE\ni: -12\nh: 0x1F\no: 0o17\ne: 1e3\nd: 1.50\nv: .inf\nnan: .NaN\ns: 1.2.3\nq: "007"\nr: \'x\'\n',
    ],
    ['keys that resolve to other types', '1: a\n1.0: b\ntrue: c\n~: d\n"quoted key": e\n\'single\': f\n'],
    [
      'literal blocks and their chomping',
      'a: |\n  line 1\n    indented\n\n  line 3\n\nb: |-\n  stripped\n\nc: |\n  last',
    ],
    [
      'folded blocks',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template.
      'run: >-\n  python train.py\n  --epochs 3\n\n  echo done\nif: >\n  ${{\n    github.ref\n  }}\n',
    ],
    ['literal lines holding only spaces', 'run: |\n  echo a\n    \n  echo b\n   \nnext: 1\n'],
    ['a literal block as a sequence item', 'args:\n  - |\n    echo hi\n    # not a comment\n  - done\n'],
    [
      'one-line flow collections',
      'a: [x, "y", 1, [2, 3], {k: v}]\nb: {name: app, tags: [a, b], empty: {}}\nc: []\nd: [a, b, ]\n',
    ],
    [
      'plain scalars with colons and hashes inside',
      'url: http://host:8080/path#frag\nimage: org/app:1.2\ncmd: a#b\n',
    ],
    ['several documents, empty ones left out', '---\na: 1\n--- # second\nb: 2\n---\n---\n'],
    ['duplicate keys, the last winning', 'a: 1\nb: 2\na: 3\n'],
    ['a whole document indented', '  a: 1\n  b:\n    c: 2\n'],
    ['a map under a key at the end of the text', 'a:\n  b:\n'],
    [
      'JSON written over many lines',
      '{\n "kind": "ksonnet.io/parts",\n "n": [1, -2.5e3, 0, true, false, null],\n "e": {}, "l": [],\n' +
        ' "s": "tab\\t \\"q\\" \\u00e9 \\ud83d\\ude00 \\/",\n "nested": [\n  {"a":1},\n  [\n   "x"\n  ]\n ],\n "": "empty key"\n}\n',
    ],
    ['a JSON list', '[\n  {"image": "org/app:1"},\n  "b"\n]'],
    [
      'JSON after a comment header, with trailing commas',
      '# Licence\n#\n{\n "a": [1, 2,],\n "b": {"c": "",\n },\n}\n# end\n',
    ],
    [
      'plain scalars wrapped over several lines, as PyYAML writes long values',
      'command:\n- sh\n- (pip install --quiet\n    \'xgboost==1.6.1\' || pip install\n\n    --user) && "$0"\n' +
        'inputs:\n- {name: label, description: Optional. Name of the column\n    containing the label., optional: true}\nnext: a [b] {c}\n  &d *e !f\n',
    ],
    [
      'quoted scalars over several lines',
      'a: "one\n  two\n\n  three \\\n    four"\nb: \'it\'\'s\n\n  two  \n   three \'\nc: "\\t\\u00e9\\x41\\U0001F600\\N\\_\\/ \\""\n',
    ],
    [
      'flow collections over several lines, as compiled Kubeflow pipelines write them',
      'metadata:\n  annotations: {sdk: 1.4.0, spec: \'{"description": "test.",\n    "inputs": [{"name": "x"}]}\'}\n' +
        'spec:\n  args: [--start, \'{{inputs.parameters.start}}\',\n    --end, "a\n    b"]\n  command: [\n    python3, train.py,  # entry\n# a comment line\n\n    --epochs, {inputValue: epochs},\n  ]\nnext: 1\n',
    ],
  ])('reads %s as the full parser does', (_name, text) => {
    expect(accepts(text)).toBe(true);
    expectSameAsFullParser(text);
  });

  it.each([
    ['anchors and aliases', 'base: &b {a: 1}\nother: *b\n'],
    ['merge keys', 'a:\n  <<: {b: 1}\n'],
    ['tags', 'a: !!str 1\n'],
    ['folded blocks that keep trailing lines', 'a: >+\n  folded\n\n'],
    ['more-indented blank lines in folded blocks', 'a: >\n  x\n    \n  y\n'],
    ['indentation indicators', 'a: |2\n   text\n'],
    ['kept trailing lines', 'a: |+\n  kept\n\n'],
    ['tabs', 'a:\t1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['content after ---', '--- a\n'],
    ['a bare scalar document', 'just text\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ["a flow collection going on at its key's indentation", 'a:\n  b: [\n  1\n  ]\n'],
    ["a nested bracket closing at its key's indentation", 'a:\n  b: [[1,\n  ]]\n'],
    ["a quoted scalar going on at its key's indentation", 'a:\n  b: "x\n  y"\n'],
    ["a plain scalar going on at its key's indentation in a flow collection", 'b:\n  a: [x\n  y]\n'],
    ['a plain scalar going on with a key', 'a: one\n  two: x\n'],
    ['a plain scalar going on after a comment', 'a: one # c\n  two\n'],
    ["a plain scalar going on at its key's indentation", 'a:\n  b: one\n  two\n'],
    ['an unknown escape', 'a: "bad \\q"\n'],
    ['a flow collection going on past its document', 'x:\n  y: [1,\n---\n 2]\n'],
    ['content after a flow collection over several lines', 'a: [a,\n  b] x\n'],
    ['a value then a deeper line', 'a: 1\n  b: 2\n'],
    ['an unclosed quote', 'a: "open\n'],
    ['a nested mapping in a plain value', 'a: b: c\n'],
    ['a key with spaces before its colon', 'a : 1\n'],
    ['Helm templating', 'a: {{ .Values.x }}\n'],
    ['JSON with a key whose colon is on the next line', '{"a"\n: 1}'],
    ['JSON with a key longer than an implicit key may be', `{"${'k'.repeat(1100)}": 1}`],
    ['JSON followed by more', '{"a": 1}\n---\nb: 2\n'],
    ['JSON with a control character in a string', '{"a": "\u0001"}'],
  ])('declines %s, left to the full parser', (_name, text) => {
    expect(accepts(text)).toBe(false);
  });

  it('reads the fixtures and examples exactly as the full parser does, and most of them at all', () => {
    const files = [
      ...yamlFilesUnder(join(REPO, 'test', 'fixtures')),
      ...yamlFilesUnder(join(REPO, 'examples')),
    ];
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!accepts(text)) continue;
      accepted += 1;
      expectSameAsFullParser(text);
    }
    expect(files.length).toBeGreaterThan(40);
    expect(accepted / files.length).toBeGreaterThan(0.6);
  });
});
