// `npm run build`: astro build, and on failure no half-built dist/ left looking like a good build.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = process.env.OUT_DIR ?? 'dist';
const { status, error } = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (error) throw error;
if (status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${outDir}/ was removed so that nothing half-built is served or tested.`);
  process.exit(status ?? 1);
}
