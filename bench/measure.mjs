// Measures the shape of a real repository, for bench/generate.mjs to reproduce: the extension mix, file
// sizes per extension, notebook sizes and outputs, how many Python files import ML libraries, folder depth.
// Usage: node bench/measure.mjs <git-dir or work tree> [commit]   (prints JSON)
import { execFileSync } from 'node:child_process';

const [gitDir, commit = 'HEAD'] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: node bench/measure.mjs <git-dir or work tree> [commit]');
  process.exit(2);
}
const git = (args, input) => execFileSync('git', ['-C', gitDir, ...args], { input, maxBuffer: 2 ** 31 });

const sha = git(['rev-parse', commit]).toString().trim();
// ls-tree -l: "<mode> blob <id> <size>\t<path>"
const entries = git(['ls-tree', '-r', '-l', sha])
  .toString()
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [meta, path] = line.split('\t');
    const [, type, id, size] = meta.trim().split(/\s+/);
    return { type, id, size: Number(size), path };
  })
  .filter((entry) => entry.type === 'blob');
// Blobs of 4 MiB and more may be absent from a mirror: ls-tree then prints no size for them.
const absent = entries.filter((entry) => !Number.isFinite(entry.size));
for (const entry of absent) entry.size = 4 * 1024 * 1024;

const extensionOf = (path) => {
  const name = path.split('/').at(-1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : name.startsWith('Dockerfile') ? 'Dockerfile' : '(none)';
};
const percentiles = (values, points = [10, 25, 50, 75, 90, 99]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return Object.fromEntries(points.map((p) => [`p${p}`, sorted.length ? at(p) : null]));
};

/** Reads blobs in one `git cat-file --batch` process. */
function readBlobs(ids) {
  const out = git(['cat-file', '--batch'], `${ids.join('\n')}\n`);
  const blobs = [];
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString().split(' ');
    const size = Number(header[2]);
    blobs.push(out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return blobs;
}

const byExtension = new Map();
for (const entry of entries) {
  const ext = extensionOf(entry.path);
  if (!byExtension.has(ext)) byExtension.set(ext, []);
  byExtension.get(ext).push(entry.size);
}
const extensions = [...byExtension.entries()]
  .sort((a, b) => b[1].length - a[1].length)
  .slice(0, 20)
  .map(([ext, sizes]) => ({
    ext,
    files: sizes.length,
    share: +(sizes.length / entries.length).toFixed(3),
    bytes: sizes.reduce((a, b) => a + b, 0),
    ...percentiles(sizes, [25, 50, 75, 90, 99]),
  }));

const ML =
  /^\s*(?:import|from)\s+(numpy|pandas|torch|sklearn|tensorflow|keras|scipy|jax|transformers|xgboost|lightgbm)\b/m;
const py = entries.filter((entry) => entry.path.endsWith('.py'));
const pyBlobs = readBlobs(py.filter((entry) => !absent.includes(entry)).map((entry) => entry.id));
const pyMl = pyBlobs.filter((blob) => ML.test(blob.toString('latin1'))).length;
const pyImportLines = pyBlobs.map(
  (blob) => blob.toString('latin1').match(/^\s*(?:import|from)\s+\w/gm)?.length ?? 0,
);

const notebooks = entries.filter((entry) => entry.path.endsWith('.ipynb'));
const presentNotebooks = notebooks.filter((entry) => !absent.includes(entry));
const nbBlobs = readBlobs(presentNotebooks.map((entry) => entry.id));
let withOutputs = 0;
let withImages = 0;
let withTables = 0;
let withStreams = 0;
let parsed = 0;
const cells = [];
const codeSources = [];
// Import statements per KiB of code, and the share of code cells holding one: what an import screen's
// cost follows.
const IMPORT_LINE = /^\s*(?:import|from)\s+[\w.]+/gm;
let codeImportLines = 0;
let codeBytes = 0;
let codeCellsWithImport = 0;
const markdownSources = [];
const outputBytesShare = [];
const sourceLength = (cell) =>
  (Array.isArray(cell.source) ? cell.source.join('') : String(cell.source ?? '')).length;
for (const blob of nbBlobs) {
  let notebook;
  try {
    notebook = JSON.parse(blob.toString('utf8'));
  } catch {
    continue;
  }
  parsed += 1;
  const all = notebook.cells ?? [];
  cells.push(all.length);
  for (const cell of all) {
    (cell.cell_type === 'code' ? codeSources : markdownSources).push(sourceLength(cell));
    if (cell.cell_type !== 'code') continue;
    const code = Array.isArray(cell.source) ? cell.source.join('') : String(cell.source ?? '');
    const found = code.match(IMPORT_LINE)?.length ?? 0;
    codeImportLines += found;
    codeBytes += code.length;
    if (found > 0) codeCellsWithImport += 1;
  }
  const outputs = all.flatMap((cell) => cell.outputs ?? []);
  if (outputs.length) withOutputs += 1;
  if (outputs.some((o) => o.data?.['image/png'] || o.data?.['image/jpeg'])) withImages += 1;
  if (outputs.some((o) => String(o.data?.['text/html'] ?? '').includes('<table'))) withTables += 1;
  if (outputs.some((o) => o.output_type === 'stream')) withStreams += 1;
  outputBytesShare.push(JSON.stringify(outputs).length / Math.max(1, blob.length));
}
const depths = entries.map((entry) => entry.path.split('/').length - 1);

console.log(
  JSON.stringify(
    {
      commit: sha,
      files: entries.length,
      absentOver4MiB: absent.length,
      bytes: entries.reduce((a, b) => a + b.size, 0),
      extensions,
      python: {
        files: py.length,
        importingMl: pyMl,
        shareImportingMl: +(pyMl / Math.max(1, py.length)).toFixed(3),
        importLines: percentiles(pyImportLines, [25, 50, 75, 90]),
        importLinesPerKiB: +(
          pyImportLines.reduce((a, b) => a + b, 0) /
          Math.max(1, pyBlobs.reduce((a, blob) => a + blob.length, 0) / 1024)
        ).toFixed(2),
      },
      notebooks: {
        files: notebooks.length,
        parsed,
        sizes: percentiles(notebooks.map((entry) => entry.size)),
        shareWithOutputs: +(withOutputs / Math.max(1, parsed)).toFixed(3),
        shareWithImages: +(withImages / Math.max(1, parsed)).toFixed(3),
        shareWithHtmlTables: +(withTables / Math.max(1, parsed)).toFixed(3),
        shareWithStreams: +(withStreams / Math.max(1, parsed)).toFixed(3),
        cells: percentiles(cells, [25, 50, 75, 90]),
        codeCellSourceBytes: percentiles(codeSources, [10, 25, 50, 75, 90, 99]),
        markdownCellSourceBytes: percentiles(markdownSources, [10, 25, 50, 75, 90, 99]),
        codeImportLinesPerKiB: +(codeImportLines / Math.max(1, codeBytes / 1024)).toFixed(2),
        shareOfCodeCellsImporting: +(codeCellsWithImport / Math.max(1, codeSources.length)).toFixed(3),
        shareOfCellsCode: +(
          codeSources.length / Math.max(1, codeSources.length + markdownSources.length)
        ).toFixed(3),
        outputShareOfBytes: percentiles(outputBytesShare, [25, 50, 75, 90]),
      },
      depth: percentiles(depths, [25, 50, 75, 90, 99]),
    },
    null,
    1,
  ),
);
