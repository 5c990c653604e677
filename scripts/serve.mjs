// Serves a built site the way a static host does, with exactly the headers of its _headers file
// and gzip for text:   node scripts/serve.mjs [dir=dist] [port=4330] [base=/]
// The browser tests use nginx (scripts/static-host.mjs) where it can be had, and this where it
// cannot; it is not for production.
import { createReadStream, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './lib/headers-file.ts';
import { staticFile } from './lib/static-files.ts';

const [dir = 'dist', port = '4330', base = '/'] = process.argv.slice(2);
const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.wasm']);

createServer((request, response) => {
  const served = staticFile(dir, base, new URL(request.url ?? '/', 'http://localhost').pathname);
  const gzip = compressible.has(extname(served.file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(served.status, {
    ...headersFor(served.path, rules),
    'Content-Type': types[extname(served.file)] ?? 'application/octet-stream',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  const file = createReadStream(served.file);
  (gzip ? file.pipe(createGzip()) : file).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${dir} at http://localhost:${port}${base}`));
