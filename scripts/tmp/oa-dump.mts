import { writeFileSync } from 'node:fs';
import { buildApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config';
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/none' } as any);
const app = await buildApp({ config, database: { db: {} } as any, sessionSecret: 'x'.repeat(32), logger: false });
await app.ready();
writeFileSync('/tmp/i10-openapi.json', JSON.stringify(app.swagger(), null, 1));
await app.close();
