// A local stand-in for GitHub's REST API (issue comments and pull requests' head commits), on 127.0.0.1 and a free port.
// It records every request so tests assert what the action really sent.
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
}

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
  /** Pull requests by number, with their head commit, for `GET /repos/o/r/pulls/:number`. */
  readonly pulls = new Map<number, string>();
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

  addComment(body: string): Comment {
    const comment = { id: this.nextId++, body };
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
    const pull = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/);
    if (pull && method === 'GET') {
      const headSha = this.pulls.get(Number(pull[1]));
      if (headSha === undefined) return send(response, 404, { message: 'Not Found' });
      return send(response, 200, { number: Number(pull[1]), head: { sha: headSha } });
    }
    const list = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/);
    const single = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/);
    if (list && method === 'GET') return this.list(url, response);
    if (list && method === 'POST') {
      const comment = this.addComment((JSON.parse(text) as { body: string }).body);
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
    return { id: comment.id, body: comment.body, user: { login: 'github-actions[bot]', type: 'Bot' } };
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
