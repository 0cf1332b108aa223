import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { databasePath } from '../core/data-dir';
import { openHostedClinic } from '../core/runtime/hosted-clinic';
import { HEADER_POLICY } from './content-security-policy';
import { readStaticFile } from './static-files';

export interface BrowserHostOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  appVersion: string;
  /** The clinic's clock; the machine's own unless the tests pin it (`--test-clock`). */
  now?: () => Date;
}

export interface BrowserHost {
  url: string;
  close: () => Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** Room for an import file (the contract allows 60 million characters) and no more. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The page's own policy, sent as a header too so it holds for every response. */
const SECURITY_HEADERS = {
  'content-security-policy': HEADER_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * Serves the built renderer and answers contract calls over HTTP on loopback only, through the
 * same dispatch and services as the Electron app. A per-launch token keeps other local pages out.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const clinic = openHostedClinic({
    file: databasePath(options.dataDir),
    appVersion: options.appVersion,
    now: options.now,
  });
  const { dispatch } = clinic.runtime;
  const token = randomBytes(24).toString('base64url');
  let origin = '';

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'text/plain', 'Internal error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another origin that resolves to loopback (DNS rebinding) sends a foreign Host.
    if (request.headers.host !== new URL(origin).host) return send(response, 421, 'text/plain', 'Wrong host');
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path === '/api/call') return answerCall(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) return send(response, 404, 'text/plain', 'Not found');
    send(response, 200, file.contentType, file.body);
  }

  async function answerCall(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (request.headers.origin !== undefined && request.headers.origin !== origin) {
      return sendJson(response, 403, forbidden('Calls are only accepted from the FasciaMap page'));
    }
    if (!hasToken(request.headers.authorization, token)) {
      return sendJson(
        response,
        403,
        forbidden('Missing or wrong FasciaMap token: open the address the host printed'),
      );
    }
    const body = await readBody(request);
    if (body === undefined) return sendJson(response, 413, validation('The request is too large'));
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return sendJson(response, 400, validation('The request is not valid JSON'));
    }
    const { name, input } = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
      string,
      unknown
    >;
    sendJson(response, 200, await dispatch(name, input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await clinic.quit();
    },
  };
}

function hasToken(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const forbidden = (message: string) => ({ ok: false, error: { code: 'FORBIDDEN', message } });
const validation = (message: string) => ({ ok: false, error: { code: 'VALIDATION', message } });

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}
