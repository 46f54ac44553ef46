// A local stand-in for GitHub's REST API (issue comments and the authenticated user), on 127.0.0.1 and a
// free port. It records every request so tests assert what the action really sent. Like GitHub, it answers
// GET /user with 403 for the workflow's GITHUB_TOKEN (an installation token), and with the login for a
// personal token; a comment it creates is written by that identity.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

export interface Comment {
  id: number;
  body: string;
  /** Who wrote it. */
  login: string;
}

/** The login GitHub gives comments written with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** A fault to answer instead of the normal response, `times` times, for requests matching method and path. */
export interface Fault {
  method: string;
  pathIncludes: string;
  status: number;
  times: number;
  message?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readonly faults: Fault[] = [];
  /** The token's user for GET /user; undefined answers 403, as for an installation token. */
  userLogin: string | undefined;
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComment(body: string, login = ACTIONS_BOT): Comment {
    const comment = { id: this.nextId++, body, login };
    this.comments.push(comment);
    return comment;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: `${url.pathname}${url.search}`,
      body: text ? JSON.parse(text) : undefined,
      authorization: request.headers.authorization,
    });
    const fault = this.faults.find(
      (candidate) =>
        candidate.method === method && url.pathname.includes(candidate.pathIncludes) && candidate.times > 0,
    );
    if (fault) {
      fault.times -= 1;
      return send(response, fault.status, { message: fault.message ?? 'Fault injected by the test' });
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (this.userLogin === undefined)
        return send(response, 403, { message: 'Resource not accessible by integration' });
      return send(response, 200, { login: this.userLogin, id: 1, type: 'User' });
    }
    const list = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/);
    const single = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/);
    if (list && method === 'GET') return this.list(url, response);
    if (list && method === 'POST') {
      const comment = this.addComment(
        (JSON.parse(text) as { body: string }).body,
        this.userLogin ?? ACTIONS_BOT,
      );
      return send(response, 201, this.shape(comment));
    }
    if (single) {
      const index = this.comments.findIndex((comment) => comment.id === Number(single[1]));
      if (index === -1) return send(response, 404, { message: 'Not Found' });
      if (method === 'PATCH') {
        this.comments[index]!.body = (JSON.parse(text) as { body: string }).body;
        return send(response, 200, this.shape(this.comments[index]!));
      }
      if (method === 'DELETE') {
        this.comments.splice(index, 1);
        response.writeHead(204).end();
        return;
      }
    }
    send(response, 404, { message: 'Not Found' });
  }

  /** Pages like GitHub: `per_page` and `page` parameters, a Link header to the next page. */
  private list(url: URL, response: ServerResponse): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const items = this.comments
      .slice((page - 1) * perPage, page * perPage)
      .map((comment) => this.shape(comment));
    const headers: Record<string, string> = {};
    if (page * perPage < this.comments.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(response, 200, items, headers);
  }

  private shape(comment: Comment) {
    const type = comment.login.endsWith('[bot]') ? 'Bot' : 'User';
    return { id: comment.id, body: comment.body, user: { login: comment.login, type } };
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
