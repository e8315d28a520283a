import { buildApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config';
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/none' } as any);
const app = await buildApp({ config, database: { db: {} } as any, sessionSecret: 'x'.repeat(32), logger: false });
await app.ready();
const doc = app.swagger();
console.log(JSON.stringify(doc).length, Object.keys((doc as any).paths).length);
await app.close();
