// `mlops-maturity history` on generated repositories whose adoption commits are known.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHistoryTimeline } from '../../src/history/history-command.js';
import { mermaidChart, renderHistoryMarkdown } from '../../src/history/render-history.js';
import { chartOf, MAX_CHART_POINTS } from '../../src/history/timeline.js';
import { GitCommitSource } from '../../src/repo/git-commit.js';
import { scan } from '../../src/scan.js';
import { runCli as run } from '../helpers/run-cli.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function newRepository() {
  const root = mkdtempSync(join(tmpdir(), 'history-'));
  folders.push(root);
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    }).trim();
  git(['init', '-q', '-b', 'main']);
  const commit = (day: string, message: string, files: Record<string, string | null>) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) unlinkSync(join(root, path));
      else {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    }
    git(['add', '-A']);
    git(['commit', '-q', '--allow-empty', '-m', message], `${day}T12:00:00+00:00`);
    return git(['rev-parse', 'HEAD']);
  };
  return { root, git, commit };
}

/** Five commits: mlflow arrives in the second, a Dockerfile in the fourth, mlflow goes in the fifth. */
function adoptionRepository() {
  const repository = newRepository();
  const { commit } = repository;
  const shas = [
    commit('2026-03-01', 'Train a churn model', {
      'requirements.txt': 'scikit-learn==1.5.0\npandas==2.2.2\n',
      'src/train.py': 'import sklearn\n\n\ndef train():\n    return sklearn.__version__\n',
    }),
    commit('2026-03-02', 'Track experiments', {
      'requirements.txt': 'scikit-learn==1.5.0\npandas==2.2.2\nmlflow==2.14.0\n',
      'src/track.py': 'import mlflow\n\nmlflow.autolog()\n',
    }),
    commit('2026-03-03', 'Move the training code down', {
      'src/train.py': '# Training.\n\n\nimport sklearn\n\n\ndef train():\n    return sklearn.__version__\n',
      'notes/ideas.txt': 'try mlflow and docker\n',
      'tests/test_train.py': 'import wandb\n',
    }),
    commit('2026-03-04', 'Ship it in a container', {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "src/train.py"]\n',
    }),
    commit('2026-03-05', 'Drop the tracking server', {
      'requirements.txt': 'scikit-learn==1.5.0\npandas==2.2.2\n',
      'src/track.py': null,
    }),
  ];
  return { ...repository, shas };
}

describe('mlops-maturity history', () => {
  it('reports each adoption and loss with its commit, date and file', () => {
    const { root, shas } = adoptionRepository();
    const timeline = buildHistoryTimeline(root, { maxCommits: 100 });
    expect(timeline.commits).toBe(5);
    expect(timeline.startsAtRoot).toBe(true);
    const events = timeline.events.map(({ sha, date, practice, change, path }) => ({
      sha,
      day: date.slice(0, 10),
      practice,
      change,
      path,
    }));
    expect(events).toEqual([
      {
        sha: shas[0],
        day: '2026-03-01',
        practice: 'reproducible-environment',
        change: 'adopted',
        path: 'requirements.txt',
      },
      {
        sha: shas[1],
        day: '2026-03-02',
        practice: 'experiment-tracking',
        change: 'adopted',
        path: 'src/track.py',
      },
      {
        sha: shas[3],
        day: '2026-03-04',
        practice: 'containerization',
        change: 'adopted',
        path: 'Dockerfile',
      },
      {
        sha: shas[4],
        day: '2026-03-05',
        practice: 'experiment-tracking',
        change: 'lost',
        path: 'src/track.py',
      },
    ]);
    expect(timeline.events[1]).toMatchObject({ subject: 'Track experiments', toolNames: ['MLflow'] });
  });

  it('charts one point per day, each the score a scan of that commit gives', () => {
    const { root, shas } = adoptionRepository();
    const timeline = buildHistoryTimeline(root, { maxCommits: 100 });
    const scores = shas.map((sha) => scan(root, { source: new GitCommitSource(root, sha) }).score);
    expect(timeline.chart).toEqual(
      ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((day, index) => ({
        day,
        score: scores[index],
      })),
    );
    // The scores move where the practices do: up with mlflow and the Dockerfile, down when mlflow goes.
    const [first, second, third, fourth, fifth] = scores as number[];
    expect([second! > first!, third === second, fourth! > third!, fifth! < fourth!]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const markdown = renderHistoryMarkdown(timeline);
    expect(markdown).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Maturity score"',
        '  x-axis ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]',
        '  y-axis "Score" 0 --> 100',
        `  line [${scores.join(', ')}]`,
        '```',
      ].join('\n'),
    );
    expect(markdown).toContain(
      `| 2026-03-04 | \`${shas[3]!.slice(0, 7)}\` | Training or serving runs in a container (Docker) \`containerization\` | ✅ adopted | \`Dockerfile\` | Ship it in a container |`,
    );
  });

  it('gives every commit the result a scan of that commit alone gives', () => {
    const { root, shas, commit } = adoptionRepository();
    shas.push(
      commit('2026-03-06', 'A package and a pipeline', {
        'churn/__init__.py': '',
        'churn/serve.py':
          'import mlflow\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {}\n',
        '.github/workflows/ci.yml':
          'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
        'dvc.yaml': 'stages:\n  train:\n    cmd: python src/train.py\n',
      }),
      commit('2026-03-07', 'Serve from a folder of its own', {
        'churn/serve.py': null,
        'service/serve.py':
          'import mlflow\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {}\n',
        'src/train.py': 'import sklearn\nimport json\n\n\ndef train():\n    return sklearn.__version__\n',
      }),
    );
    const timeline = buildHistoryTimeline(root, { maxCommits: 100 });
    const expected = shas.map((sha) => {
      const report = scan(root, { source: new GitCommitSource(root, sha) });
      return {
        score: report.score,
        phase: report.phase.current,
        statuses: report.practices.map((p) => p.status),
      };
    });
    expect(timeline.commitsAssessed).toBeLessThan(shas.length);
    const points = timeline.chart.map(({ score }) => score);
    expect(points).toEqual(expected.map(({ score }) => score ?? 0));
    expect(timeline.last?.practices.map(({ status }) => status)).toEqual(expected.at(-1)!.statuses);
  });

  it('says a shallow clone has no history and suggests fetch-depth: 0', () => {
    const { root } = adoptionRepository();
    const clone = mkdtempSync(join(tmpdir(), 'history-shallow-'));
    folders.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${root}`, clone]);
    const timeline = buildHistoryTimeline(clone, { maxCommits: 100 });
    expect(timeline.commits).toBe(2);
    expect(timeline.note).toBe(
      'The clone is shallow: git has only 2 commits of this history. Fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) to see how the maturity evolved.',
    );
    // The oldest commit it has is not the first: what passes there was in place, not adopted there.
    expect(timeline.inPlaceAtStart.map(({ id }) => id)).toContain('experiment-tracking');
    expect(timeline.events.map(({ practice, change }) => `${change} ${practice}`)).toEqual([
      'lost experiment-tracking',
    ]);
    expect(renderHistoryMarkdown(timeline)).toContain('> The clone is shallow: git has only 2 commits');
  });

  it('takes only the last --max-commits commits, or those since --since', () => {
    const { root } = adoptionRepository();
    expect(buildHistoryTimeline(root, { maxCommits: 2 }).chart.map(({ day }) => day)).toEqual([
      '2026-03-04',
      '2026-03-05',
    ]);
    expect(
      buildHistoryTimeline(root, { maxCommits: 100, since: '2026-03-03' }).chart.map(({ day }) => day),
    ).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
  });

  it('neutralises a hostile commit subject in the Markdown', async () => {
    const { root, commit } = newRepository();
    commit('2026-03-01', 'Start', {
      'requirements.txt': 'scikit-learn==1.5.0\n',
      'train.py': 'import sklearn\n',
    });
    commit(
      '2026-03-02',
      'Add mlflow\r::error::pwned `rm -rf` | **bold** [x](https://example.com) <img src=x> @team #1',
      {
        'requirements.txt': 'scikit-learn==1.5.0\nmlflow==2.14.0\n',
        'track.py': 'import mlflow\n',
      },
    );
    const { code, stdout } = await run(['history', root]);
    expect(code).toBe(0);
    const row = stdout.split('\n').find((line) => line.includes('pwned'))!;
    expect(
      row.endsWith(
        '| Add mlflow ::error::pwned \\`rm -rf\\` \\| \\*\\*bold\\*\\* \\[x\\](https://example.com) &lt;img src=x&gt; @&#8203;team #&#8203;1 |',
      ),
    ).toBe(true);
    expect(stdout).not.toMatch(/\r/);
    expect(stdout.split('\n').some((line) => line.trimStart().startsWith('::'))).toBe(false);
  });

  it('writes JSON with the events and the chart', async () => {
    const { root, shas } = adoptionRepository();
    const { code, stdout } = await run(['history', root, '--format', 'json', '--max-commits', '3']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      schemaVersion: 1,
      commits: 3,
      first: { sha: shas[2] },
      last: { sha: shas[4] },
    });
    expect(
      json.events.map((event: { change: string; practice: string; path: string }) => [
        event.change,
        event.practice,
        event.path,
      ]),
    ).toEqual([
      ['adopted', 'containerization', 'Dockerfile'],
      ['lost', 'experiment-tracking', 'src/track.py'],
    ]);
    expect(json.chart.map(({ day }: { day: string }) => day)).toEqual([
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
  });

  it.each([
    [['--max-commits', '0'], '--max-commits must be a whole number from 1 to 10000, got "0".'],
    [['--max-commits', 'ten'], '--max-commits must be a whole number from 1 to 10000, got "ten".'],
    [
      ['--since', 'yesterday'],
      '--since must be a date such as 2025-01-31 or 2025-01-31T12:00:00Z, got "yesterday".',
    ],
    [
      ['--since', '2025-02-31x'],
      '--since must be a date such as 2025-01-31 or 2025-01-31T12:00:00Z, got "2025-02-31x".',
    ],
    [['--format', 'text'], '--format must be one of markdown, json for history, got "text".'],
    [['--rev', 'HEAD'], 'unknown option "--rev" for history. Run mlops-maturity history --help.'],
    [['--since'], '--since needs a value. Run mlops-maturity history --help.'],
    [['.', 'extra'], 'history takes one path, got also "extra". Quote paths with spaces.'],
  ])('rejects %j in one line with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await run(['history', ...args]);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `mlops-maturity: ${message}\n` });
  });

  it('says a folder that is not a git repository has no history', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'history-plain-'));
    folders.push(folder);
    const { code, stderr } = await run(['history', folder]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `mlops-maturity: ${folder}: not a git repository with a commit (git rev-parse HEAD failed). Pass the folder of a git clone.\n`,
    );
  });

  it('puts only dates and whole scores into the Mermaid chart', () => {
    expect(
      mermaidChart([
        { day: '2026-03-01', score: 40 },
        { day: '2026-03-02"]\nclick A call alert()', score: 50 },
        { day: '2026-03-03', score: 55.5 },
        { day: '2026-03-04', score: 60 },
      ]),
    ).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "Maturity score"',
      '  x-axis ["2026-03-01", "2026-03-04"]',
      '  y-axis "Score" 0 --> 100',
      '  line [40, 60]',
      '```',
    ]);
  });
});

describe('the score chart', () => {
  const point = (date: string, score: number | null) => ({
    sha: 'a'.repeat(40),
    date,
    subject: '',
    changedPaths: [],
    isMlProject: score !== null,
    mlSignalPaths: [],
    score,
    phase: 0,
    phaseName: '',
    practices: [],
  });

  it('draws a day per point, by month past MAX_CHART_POINTS days, and groups days in UTC', () => {
    expect(
      chartOf([
        point('2026-03-01T23:00:00+00:00', null),
        point('2026-03-02T01:00:00+02:00', 40),
        point('2026-03-02T12:00:00Z', 45),
      ]),
    ).toEqual([
      { day: '2026-03-01', score: 40 },
      { day: '2026-03-02', score: 45 },
    ]);
    const days = Array.from({ length: MAX_CHART_POINTS + 1 }, (_, index) =>
      point(new Date(Date.UTC(2026, 0, 1 + index)).toISOString(), index),
    );
    expect(chartOf(days)).toEqual([
      { day: '2026-01', score: 30 },
      { day: '2026-02', score: 58 },
      { day: '2026-03', score: 89 },
      { day: '2026-04', score: 90 },
    ]);
  });
});
