// Bundles the API into dist/main.js (and the CLIs) with esbuild; npm packages stay external,
// the workspace package @ntag/shared (TypeScript source) is bundled in. Migrations are copied
// next to the bundle, where db/migrate.ts looks for them.
import { build } from 'esbuild';
import fs from 'node:fs';

fs.rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', 'geo-import': 'src/cli/geo-import.ts', 'admin-create': 'src/cli/admin-create.ts', backup: 'src/cli/backup.ts', restore: 'src/cli/restore.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  alias: { '@ntag/shared': '../../packages/shared/src/index.ts' },
  logLevel: 'warning',
});
fs.cpSync('src/db/migrations', 'dist/migrations', { recursive: true });
