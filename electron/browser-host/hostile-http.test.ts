import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-db';
import { startBrowserHost, type BrowserHost } from './server';

let folder: ReturnType<typeof tempFolder>;
let host: BrowserHost;
let origin: URL;
let token: string;

interface Answer {
  status: number;
  body: string;
}

/** A raw HTTP request, so headers (Host, Origin) can be what a hostile page or tool would send. */
function send(options: {
  body?: string | Buffer;
  headers?: Record<string, string>;
  method?: string;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: origin.hostname,
        port: origin.port,
        path: '/api/call',
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    // The server may close the connection mid-upload once a body is too large.
    outgoing.on('error', (error) =>
      options.body && Buffer.byteLength(options.body) > 1e6
        ? resolve({ status: 413, body: '' })
        : reject(error),
    );
    outgoing.end(options.body);
  });
}

const call = (name: string, input: unknown, headers?: Record<string, string>) =>
  send({ body: JSON.stringify({ name, input }), ...(headers ? { headers } : {}) });

beforeAll(async () => {
  folder = tempFolder();
  host = await startBrowserHost({
    dataDir: folder.path,
    port: 0,
    rendererDir: folder.path,
    appVersion: 'test',
  });
  const url = new URL(host.url);
  origin = new URL(url.origin);
  token = url.searchParams.get('token')!;
});
afterAll(async () => {
  await host.close();
  folder.remove();
});

describe('the browser host’s call endpoint under hostile requests', () => {
  it('answers a proper call', async () => {
    const answer = await call('access.status', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { state: 'setup' } });
  });

  it('refuses an oversized body with 413 without reading it all', async () => {
    const answer = await send({ body: Buffer.alloc(65 * 1024 * 1024, 0x20) });
    expect(answer.status).toBe(413);
  });

  it('refuses bad JSON with VALIDATION', async () => {
    for (const body of ['{', 'not json', '', '\u0000\u0001', '[1,2', '{"name": "clients.list", "input": }']) {
      const answer = await send({ body });
      expect(answer.status, body).toBe(400);
      expect(JSON.parse(answer.body).error.code).toBe('VALIDATION');
    }
  });

  it('refuses a wrong, missing or near-miss token with FORBIDDEN', async () => {
    for (const authorization of [
      '',
      'Bearer ',
      `Bearer ${token}x`,
      `Bearer ${token.slice(1)}`,
      token.toUpperCase(),
      'Basic abc',
    ]) {
      const answer = await call('access.status', {}, { authorization });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a call from a page on another origin', async () => {
    for (const foreign of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${Number(origin.port) + 1}`,
      'http://localhost:' + origin.port,
    ]) {
      const answer = await call('access.status', {}, { origin: foreign });
      expect(answer.status, foreign).toBe(403);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) before anything else', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${origin.port}`,
      `localhost:${origin.port}`,
      `127.0.0.1:${Number(origin.port) + 1}`,
    ]) {
      const answer = await call('access.status', {}, { host: hostHeader });
      expect(answer.status, hostHeader).toBe(421);
    }
  });

  it('answers malformed envelopes with a typed error, never a crash', async () => {
    for (const body of [
      'null',
      '[]',
      '7',
      '"text"',
      '{"name": 1}',
      '{"__proto__": {"name": "clients.list"}}',
      '{"name": "constructor"}',
    ]) {
      const answer = await send({ body });
      expect(answer.status).toBe(200);
      expect(['UNKNOWN_CALL', 'VALIDATION']).toContain(JSON.parse(answer.body).error.code);
    }
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('refuses other methods on the endpoint', async () => {
    const answer = await send({ method: 'GET' });
    expect(answer.status).toBe(405);
  });

  it('is still answering after all of the above', async () => {
    expect((await call('access.status', {})).status).toBe(200);
  });
});
