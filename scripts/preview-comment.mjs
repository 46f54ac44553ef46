#!/usr/bin/env node
// Shows the pull-request comment as a person sees it: runs the built action (dist/index.js) on a git
// repository the way a runner would, against a local stand-in for GitHub's comment API, then renders the
// posted body as GitHub does (GFM, GitHub's stylesheet) and screenshots it in headless Chromium.
//
//   node scripts/preview-comment.mjs <repo> [--base SHA] [--out DIR] [--open] [--input name=value ...]
//
// <repo> is a git work tree; its HEAD is the pull request's head, --base (default HEAD~1) its base.
// Writes DIR/comment.md, comment.html, summary.md and, when chromium is on PATH, comment-1000.png and
// comment-700.png. Prints the comment's size outside and inside <details>. Needs the devDependencies
// marked and github-markdown-css.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { base: undefined, out: 'comment-preview', open: false, inputs: {} };
  const positional = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--base') options.base = argv[++index];
    else if (arg === '--out') options.out = argv[++index];
    else if (arg === '--open') options.open = true;
    else if (arg === '--input') {
      const [name, ...value] = argv[++index].split('=');
      options.inputs[name] = value.join('=');
    } else positional.push(arg);
  }
  if (positional.length !== 1) {
    console.error(
      'Usage: node scripts/preview-comment.mjs <repo> [--base SHA] [--out DIR] [--open] [--input name=value]',
    );
    process.exit(2);
  }
  return { ...options, workspace: resolve(positional[0]) };
}

/** A stand-in for the issue-comment endpoints: enough for the action to list, create and update. */
async function startFakeGitHub() {
  const comments = [];
  let nextId = 1;
  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const url = new URL(request.url, 'http://127.0.0.1');
    const send = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const shape = (comment) => ({ ...comment, user: { login: 'github-actions[bot]', type: 'Bot' } });
    // The workflow's token is an installation token: GitHub answers GET /user with 403 for it.
    if (url.pathname === '/user') return send(403, { message: 'Resource not accessible by integration' });
    if (/\/issues\/\d+\/comments$/.test(url.pathname)) {
      if (request.method === 'GET') return send(200, comments.map(shape));
      const comment = { id: nextId++, body: JSON.parse(text).body };
      comments.push(comment);
      return send(201, shape(comment));
    }
    const single = url.pathname.match(/\/issues\/comments\/(\d+)$/);
    const found = single && comments.find((comment) => comment.id === Number(single[1]));
    if (found && request.method === 'PATCH') {
      found.body = JSON.parse(text).body;
      return send(200, shape(found));
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { comments, server, url: `http://127.0.0.1:${server.address().port}` };
}

function runAction(options, apiUrl, scratch) {
  const git = (...args) => execFileSync('git', args, { cwd: options.workspace, encoding: 'utf8' }).trim();
  const head = git('rev-parse', 'HEAD');
  const base = options.base ?? git('rev-parse', 'HEAD~1');
  const event = join(scratch, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({ number: 1, pull_request: { number: 1, base: { sha: base }, head: { sha: head } } }),
  );
  const summary = join(scratch, 'summary.md');
  writeFileSync(summary, '');
  writeFileSync(join(scratch, 'output'), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/preview',
    GITHUB_SHA: head,
    GITHUB_RUN_ID: '1234567890',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: scratch,
  };
  for (const [name, value] of Object.entries({ 'github-token': 'preview', path: '.', ...options.inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(REPO, 'dist', 'index.js')], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('close', (code) => done({ code, log, summary: readFileSync(summary, 'utf8') }));
  });
}

/** The body with every <details> block (nested ones included) taken out: what shows before a click. */
export function outsideDetails(body) {
  let outside = '';
  let depth = 0;
  for (const piece of body.split(/(<details>|<\/details>)/)) {
    if (piece === '<details>') depth += 1;
    else if (piece === '</details>') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += piece;
  }
  return outside;
}

function toHtml(markdown, open) {
  const css = readFileSync(
    join(REPO, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'),
    'utf8',
  );
  let html = marked.parse(markdown, { gfm: true });
  if (open) html = html.replaceAll('<details>', '<details open>');
  // GitHub's comment box: the stylesheet's own padding, the column width set by the window.
  return `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; padding: 16px; }</style>
<article class="markdown-body">${html}</article>`;
}

function screenshot(htmlPath, pngPath, width) {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      `--window-size=${width},1400`,
      `--screenshot=${pngPath}`,
      htmlPath,
    ],
    { stdio: 'ignore' },
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'preview-'));
  const github = await startFakeGitHub();
  const result = await runAction(options, github.url, scratch);
  github.server.close();
  const body = github.comments[0]?.body;
  if (body === undefined) {
    console.error(`No comment was posted (exit ${result.code}).\n${result.log}`);
    process.exit(1);
  }
  writeFileSync(join(out, 'comment.md'), body);
  writeFileSync(join(out, 'summary.md'), result.summary);
  const htmlPath = join(out, 'comment.html');
  writeFileSync(htmlPath, toHtml(body, options.open));
  const outside = outsideDetails(body).length;
  console.log(
    `comment: ${body.length} characters, ${outside} outside <details>, ${body.length - outside} inside`,
  );
  try {
    for (const width of [1000, 700]) screenshot(htmlPath, join(out, `comment-${width}.png`), width);
    console.log(`screenshots: ${join(out, 'comment-1000.png')}, ${join(out, 'comment-700.png')}`);
  } catch (error) {
    console.log(`no screenshots (${error.message.split('\n')[0]}); install chromium to get them`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
