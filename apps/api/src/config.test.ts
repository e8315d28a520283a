import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to port 3000, ./data and demo data outside production', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demoData: 'full', cookieSecure: false, databaseUrl: undefined });
    expect(c.dataDir).toMatch(/\/data$/);
  });
  it('refuses to start in production without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });
  it('never creates demo accounts in production', () => {
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(c).toMatchObject({ demoData: 'off', cookieSecure: true });
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
  });
  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
  });
  it('takes a read replica only beside a PostgreSQL primary, and names DATABASE_READ_URL otherwise', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://db1/ntag', DATABASE_READ_URL: 'postgres://db2/ntag', READ_YOUR_WRITES_SECONDS: '5' });
    expect(c).toMatchObject({ databaseReadUrl: 'postgres://db2/ntag', readYourWritesMs: 5000 });
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://db2/ntag' })).toThrow(/DATABASE_READ_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db1/ntag', DATABASE_READ_URL: 'replica' })).toThrow(/DATABASE_READ_URL/);
    expect(() => loadConfig({ READ_YOUR_WRITES_SECONDS: '-1' })).toThrow(/READ_YOUR_WRITES_SECONDS/);
  });
});
