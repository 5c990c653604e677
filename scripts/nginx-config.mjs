// `npm run deploy:nginx`: writes deploy/nginx.conf from the last build's dist/_headers, so nginx
// sends the same CSP (with the same inline script hashes) as Netlify and Cloudflare Pages would.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHeadersFile, policyOf } from './lib/headers-file.ts';
import { nginxConfig } from './lib/nginx.ts';

const csp = policyOf(parseHeadersFile(readFileSync('dist/_headers', 'utf8')));
if (!csp) throw new Error('dist/_headers has no Content-Security-Policy: run npm run build first');
writeFileSync('deploy/nginx.conf', nginxConfig(process.env.BASE_PATH ?? '/', csp));
console.log('Wrote deploy/nginx.conf');
