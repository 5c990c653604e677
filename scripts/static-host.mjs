// Serves a built site as a static host does, for the browser tests of headers, the CSP and the
// sub-path build:   node scripts/static-host.mjs <dir> <port> <base>
// With nginx (NGINX_PATH, set by scripts/test.mjs), the real server runs the configuration that
// `npm run deploy:nginx` generates, started on a loopback port and stopped with this process.
// Without it, scripts/serve.mjs applies dist/_headers the way Netlify and Cloudflare Pages do.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHeadersFile, policyOf } from './lib/headers-file.ts';
import { nginxConfig } from './lib/nginx.ts';

const [dir = 'dist', port = '4330', base = '/'] = process.argv.slice(2);
const nginx = process.env.NGINX_PATH;

if (!nginx) {
  console.log('nginx is not available: serving with scripts/serve.mjs');
  await import('./serve.mjs');
} else {
  const work = mkdtempSync(join(tmpdir(), 'csto-nginx-'));
  // nginx maps /csto/x to <root>/csto/x: the root holds the site under its base's name.
  const root = join(work, 'root');
  const site = join(root, ...base.split('/').filter(Boolean));
  mkdirSync(join(site, '..'), { recursive: true });
  symlinkSync(resolve(dir), site, 'dir');
  const csp = policyOf(parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')));
  const server = nginxConfig(base, csp, { root, listen: `127.0.0.1:${port}` });
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off;
${process.getuid?.() === 0 ? '# Started as root (CI): the workers read the build as root too.\nuser root;\n' : ''}pid ${work}/nginx.pid;
error_log stderr warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
${server.replace(/^/gm, '    ')}
}
`,
  );
  const child = spawn(nginx, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
  const stop = () => {
    child.kill('SIGQUIT');
    rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(0)));
  child.on('exit', (code) => {
    rmSync(work, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
  console.log(`Serving ${dir} with nginx at http://localhost:${port}${base}`);
}
