// `npm run build`: astro build, and on failure no half-built dist/ left looking like a good build.
// `--local` builds for browsing on this machine (SITE_URL is then ./lib/local-site.ts): npm start
// and npm test use it; a real deployment sets SITE_URL instead (README, "Deploying").
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { localSite } from './lib/local-site.ts';

const local = process.argv.includes('--local');
const env = { ...process.env, ...(local && !process.env.SITE_URL ? { SITE_URL: localSite } : {}) };
const outDir = env.OUT_DIR ?? 'dist';
const args = process.argv.slice(2).filter((arg) => arg !== '--local');
const { status, error } = spawnSync('astro', ['build', ...args], { stdio: 'inherit', env });
if (error) throw error;
if (status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${outDir}/ was removed so that nothing half-built is served or tested.`);
  process.exit(status ?? 1);
}
