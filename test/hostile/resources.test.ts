// Class 6 of #12 and the parsers' limits: files built to exhaust a parser or memory give a diagnostic,
// and the scan stays within a capped heap (HEAP_MB) and a time limit.
import { describe, expect, it } from 'vitest';
import { runCli, useHostileTrees } from './hostile-tree.js';

const hostile = useHostileTrees();
const deep = (open: string, close: string, depth: number) => `${open.repeat(depth)}${close.repeat(depth)}`;

describe('files built to exhaust the scan', () => {
  it('gives a diagnostic for YAML nested past what its readers accept', () => {
    const tree = hostile({
      'k8s/serve.yaml': `apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nspec: ${deep('[', ']', 20_000)}\n`,
      'docker-compose.yml': `services:\n  web:\n    image: ${deep('{a: ', '}', 5_000)}\n`,
      '.github/workflows/ci.yml': `on: push\njobs: ${deep('{a: ', '}', 5_000)}\n`,
    });
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const diagnostics = (JSON.parse(run.stdout).diagnostics as { path: string; message: string }[]).map(
      ({ path, message }) => `${path}: ${message}`,
    );
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        'k8s/serve.yaml: nested more than 256 levels deep to read; not read. Its contents are not counted.',
        'docker-compose.yml: nested more than 256 levels deep to read; not read. Its contents are not counted.',
        // A reader without the depth check overflows the stack: worded the same way, the scan goes on.
        '.github/workflows/ci.yml: nested too deep to read; not read. Its contents are not counted.',
      ]),
    );
  });

  it('reads a module of 120,000 unclosed function signatures in one pass, and still reads its imports', () => {
    // Each `def` reads its own parameter list; an unclosed one read to the end of the file each time took
    // minutes here.
    const tree = hostile({ 'src/evil.py': `import mlflow\n${'def a(\n'.repeat(120_000)}` });
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const tracking = (JSON.parse(run.stdout).practices as { id: string; status: string }[]).find(
      (practice) => practice.id === 'experiment-tracking',
    );
    expect(tracking?.status).toBe('pass');
  });

  it('reads YAML scalars holding runs of 150,000 spaces in linear time', () => {
    // Trimming a folded line with / +$/ is tried at every space of a run: quadratic, minutes here.
    const spaces = ' '.repeat(150_000);
    const tree = hostile({
      'k8s/deploy.yaml':
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: 'a${spaces}b\n    c${spaces}'\n` +
        `  labels: {app: "${spaces}x\n    ${spaces}y"}\nspec:\n  note: x\n    y${spaces}z\n`,
    });
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const kubernetes = (JSON.parse(run.stdout).practices as { id: string; status: string }[]).find(
      (practice) => practice.id === 'kubernetes',
    );
    expect(kubernetes?.status).toBe('pass');
  });

  it('reads deep JSON and TOML without overflowing', () => {
    const tree = hostile({
      // It imports a tool, so it is parsed: a notebook with nothing of interest is passed over unparsed.
      'notebooks/explore.ipynb': `${'['.repeat(200_000)}"import mlflow\\n"${']'.repeat(200_000)}`,
      'pyproject.toml': `[project]\nname = "churn"\ndependencies = ${deep('[', ']', 100_000)}\n`,
    });
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const paths = (JSON.parse(run.stdout).diagnostics as { path: string }[]).map(
      (diagnostic) => diagnostic.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['notebooks/explore.ipynb', 'pyproject.toml']));
  });

  it('scans a YAML stream of 10,000 documents, an alias bomb and a million-line file within the heap', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\n${'bcdefgh'
      .split('')
      .map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`)
      .join('\n')}\n`;
    const tree = hostile({
      'k8s/all.yaml': '---\napiVersion: v1\nkind: Service\nmetadata: {name: churn}\n'.repeat(10_000),
      'k8s/bomb.yaml': `apiVersion: v1\nkind: ConfigMap\n${bomb}`,
      'requirements-dev.txt': '\n'.repeat(1_000_000),
      'notebooks/train.ipynb': JSON.stringify({
        cells: [
          {
            cell_type: 'code',
            source: ['import mlflow\n'],
            outputs: [{ output_type: 'stream', text: Array(900).fill('x'.repeat(1000)) }],
          },
        ],
      }),
    });
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).isMlProject).toBe(true);
  });

  it('scores 3,000 monorepo projects within the heap and the time limit', () => {
    const files: Record<string, string> = { '.mlops-maturity.yml': 'projects: ["services/*"]\n' };
    for (let index = 0; index < 3_000; index += 1) {
      files[`services/s${index}/requirements.txt`] = 'scikit-learn\nmlflow\n';
      files[`services/s${index}/train.py`] = 'import mlflow\n';
    }
    const tree = hostile(files);
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 60_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).projects).toHaveLength(3_000);
  });

  it('reads a setup.py of brackets 400,000 deep within the heap, and quotes only the start of it', () => {
    const tree = hostile({ 'setup.py': `setup(install_requires=${deep('(', ')', 400_000)})\n` });
    const run = runCli(['scan', tree.root, '--format', 'json']);
    expect(run.code, run.stderr.slice(0, 300)).toBe(0);
    const [diagnostic] = JSON.parse(run.stdout).diagnostics;
    expect(diagnostic.path).toBe('setup.py');
    expect(diagnostic.message.length).toBeLessThan(200);
  });

  it('measures pins over 45,000 declared requirements in linear time', () => {
    // Each requirement was added by copying the list so far: 20,000 took 3.5 s, 60,000 more than 15 s.
    const names = Array.from({ length: 45_000 }, (_, index) => `  "pkg${index}==1.0",\n`);
    const tree = hostile({ 'pyproject.toml': `[project]\ndependencies = [\n${names.join('')}]\n` });
    const run = runCli(['scan', tree.root, '--format', 'json'], { timeoutMs: 10_000 });
    expect(run.code, run.stderr.slice(0, 300)).toBe(0);
    const practice = JSON.parse(run.stdout).practices.find(
      (p: { id: string }) => p.id === 'reproducible-environment',
    );
    expect(practice.status).toBe('pass');
    expect(practice.message).toMatch(/\b4500\d of 4500\d main requirements pinned\b/);
  });
});
