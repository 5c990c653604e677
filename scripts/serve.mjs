// Serves a built site the way a static host does, with exactly the headers of its _headers file:
//   node scripts/serve.mjs [dir=dist] [port=4330] [base=/]
// The browser tests use it to check the CSP and the sub-path build; it is not for production.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';
import { notFoundFile } from '../src/lib/i18n.ts';

const [dir = 'dist', port = '4330', base = '/'] = process.argv.slice(2);
const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = path.startsWith(base) ? normalize(join(dir, path.slice(base.length))) : undefined;
  if (file && !file.startsWith(normalize(dir))) file = undefined;
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = file !== undefined && existsSync(file);
  // Each language has its own 404 page: /ru/… gets ru/404.html.
  const notFound = notFoundFile(path.startsWith(base) ? path.slice(base.length - 1) : path);
  const served = found ? file : join(dir, notFound);
  response.writeHead(found ? 200 : 404, {
    ...headersFor(found ? path : `${base}${notFound}`, rules),
    'Content-Type': types[extname(served)] ?? 'application/octet-stream',
  });
  createReadStream(served).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${dir} at http://localhost:${port}${base}`));
