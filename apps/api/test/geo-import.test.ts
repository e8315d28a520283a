import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, geoUnit } from '../src/db/schema';
import { applyGeoDiff, diffGeography, loadExisting } from '../src/modules/geo/geo.import';
import type { GeoRecord } from '../src/db/seed/geography/types';
import { startTestApp, type TestContext } from './support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('applying an official list', () => {
  it('adds, renames and retires (never deletes) the tambons of the list, with an audit row each', async () => {
    const existing = await loadExisting(ctx.database.db);
    const list: GeoRecord[] = existing
      .filter((u) => u.level === 'tambon' && u.code !== '400118')
      .map((u) => ({ code: u.code, level: 'tambon', parentCode: u.code.slice(0, 4), nameTh: u.code === '400102' ? 'สำราญใหม่' : u.nameTh, nameEn: u.nameEn }));
    list.push({ code: '400119', level: 'tambon', parentCode: '4001', nameTh: 'ตำบลใหม่', nameEn: 'New Tambon' });
    const diff = diffGeography(existing, list);
    expect([diff.added.length, diff.renamed.length, diff.retired.length]).toEqual([1, 1, 1]);
    await applyGeoDiff(ctx.database.db, diff, 'test-import');
    const row = async (code: string) => (await ctx.database.db.select().from(geoUnit).where(eq(geoUnit.code, code)))[0];
    expect(await row('400102')).toMatchObject({ nameTh: 'สำราญใหม่', version: 2 });
    expect(await row('400119')).toMatchObject({ nameTh: 'ตำบลใหม่', parentCode: '4001', active: true });
    expect(await row('400118')).toMatchObject({ active: false });
    expect((await row('400118'))!.retiredAt).toBeInstanceOf(Date);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.requestId, 'test-import'));
    expect(audits.map((a) => a.verb).sort()).toEqual(['geo.import.add', 'geo.import.rename', 'geo.import.retire']);
  });

  it('refuses a unit whose parent exists neither in the database nor the list, writing nothing', async () => {
    const existing = await loadExisting(ctx.database.db);
    const diff = diffGeography(existing, [{ code: '9999', level: 'district', parentCode: '99', nameTh: 'ไม่มี', nameEn: null }]);
    diff.retired = [];
    await expect(applyGeoDiff(ctx.database.db, diff, 'bad-import')).rejects.toThrow(/no parent 99/);
    expect(await ctx.database.db.select().from(geoUnit).where(eq(geoUnit.code, '9999'))).toEqual([]);
  });
});

describe('npm run geo:import', () => {
  it('reports what a list would change and writes nothing on --dry-run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-geo-'));
    try {
      const provinces = (await ctx.database.db.select().from(geoUnit).where(eq(geoUnit.level, 'province')))
        .map((p) => `${p.code},${p.code === '40' ? 'ขอนแก่น (ใหม่)' : p.nameTh},${p.nameEn ?? ''},`);
      const file = path.join(dir, 'provinces.csv');
      fs.writeFileSync(file, `code,name_th,name_en,parent_code\n${provinces.join('\n')}\n`);
      const cli = path.resolve(__dirname, '../src/cli/geo-import.ts');
      const tsx = path.resolve(__dirname, '../../../node_modules/.bin/tsx');
      const { DATABASE_URL: _pg, ...env } = process.env; // always on a fresh embedded database
      const { stdout } = await promisify(execFile)(tsx, [cli, file, '--dry-run'], {
        env: { ...env, DATA_DIR: path.join(dir, 'data') },
        timeout: 90_000,
      });
      expect(stdout).toContain('added: 0');
      expect(stdout).toMatch(/renamed: 1\n\s+40 ขอนแก่น \/ Khon Kaen → ขอนแก่น \(ใหม่\)/);
      expect(stdout).toContain('retired: 0');
      expect(stdout).toContain('dry run: nothing written');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
