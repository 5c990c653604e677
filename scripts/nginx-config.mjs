// `npm run deploy:nginx`: writes deploy/nginx.conf from the last build's dist/_headers, so nginx
// sends the same CSP (with the same inline script hashes) as Netlify and Cloudflare Pages would.
import { readFileSync, writeFileSync } from 'node:fs';
import { nginxConfig, parseHeadersFile } from '../src/lib/security-headers.ts';

const base = process.env.BASE_PATH ?? '/';
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const csp = rules.find((rule) => rule.headers['Content-Security-Policy'])?.headers['Content-Security-Policy'];
if (!csp) throw new Error('dist/_headers has no Content-Security-Policy: run npm run build first');
writeFileSync('deploy/nginx.conf', nginxConfig(base, csp));
console.log('Wrote deploy/nginx.conf');
