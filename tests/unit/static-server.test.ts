/**
 * The static server's gzip option, which the bench's Lighthouse runs use so that transfer sizes are what a
 * static host would send: text is gzipped only when asked for and accepted; other files and the default are as is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const page = `<!doctype html><title>t</title><p>${'words of a page '.repeat(200)}</p>`;
const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
let dir: string;
let plain: StaticServer;
let gzipped: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wsw-static-'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'logo.png'), image);
  plain = await serveStatic(dir);
  gzipped = await serveStatic(dir, { gzip: true });
});

afterAll(async () => {
  await plain.close();
  await gzipped.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (no automatic decompression): status, content-encoding and the body bytes as sent. */
function get(url: string, acceptEncoding?: string): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic gzip', () => {
  it('sends HTML gzipped when the option is on and the client accepts gzip', async () => {
    const response = await get(`${gzipped.url}/`, 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.encoding).toBe('gzip');
    expect(response.body.length).toBeLessThan(Buffer.byteLength(page));
    expect(gunzipSync(response.body).toString('utf8')).toBe(page);
  });

  it('sends the file as it is to a client that does not accept gzip', async () => {
    const response = await get(`${gzipped.url}/`);
    expect(response.encoding).toBeUndefined();
    expect(response.body.toString('utf8')).toBe(page);
  });

  it('does not gzip binary files', async () => {
    const response = await get(`${gzipped.url}/logo.png`, 'gzip');
    expect(response.encoding).toBeUndefined();
    expect(response.body.equals(image)).toBe(true);
  });

  it('does not gzip without the option', async () => {
    const response = await get(`${plain.url}/`, 'gzip');
    expect(response.encoding).toBeUndefined();
    expect(response.body.toString('utf8')).toBe(page);
  });
});
