import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { geoUnit } from '../../db/schema';
import { levelOfCode, parentOfCode, type GeoRecord } from '../../db/seed/geography/types';
import { audit } from '../../lib/audit';
import { parseCsv } from '../../lib/csv';

/**
 * Loading an official list of administrative units: parse (JSON as published by DOPA-based
 * datasets, or CSV `code,name_th,name_en,parent_code`), compare with the database, apply.
 * Units missing from the list are retired (hidden from pickers), never deleted: farmers,
 * groups and users may point to them.
 */

type JsonRow = Record<string, unknown>;

/** Reads one JSON array of provinces, districts or subdistricts (the level is read from its keys). */
export function recordsFromJson(rows: JsonRow[]): GeoRecord[] {
  return rows.map((r, i) => {
    const pick = (...keys: string[]) => keys.map((k) => r[k]).find((v) => v !== undefined && v !== null && v !== '');
    const code = String(pick('subdistrictCode', 'districtCode', 'provinceCode') ?? '');
    const level = r.subdistrictCode !== undefined ? 'tambon' : r.districtCode !== undefined ? 'district' : 'province';
    const prefix = level === 'tambon' ? 'subdistrict' : level;
    const nameTh = String(r[`${prefix}NameTh`] ?? '').trim();
    if (levelOfCode(code) !== level || !nameTh) throw new Error(`row ${i + 1}: expected a ${level} code and ${prefix}NameTh, got ${JSON.stringify(r).slice(0, 120)}`);
    const nameEn = r[`${prefix}NameEn`];
    const postal = r.postalCode;
    return {
      code, level, parentCode: parentOfCode(code), nameTh,
      nameEn: typeof nameEn === 'string' && nameEn.trim() ? nameEn.trim() : null,
      postalCode: postal !== undefined && postal !== null ? String(postal) : null,
    };
  });
}

/** Reads CSV rows `code,name_th,name_en,parent_code` (a header row is recognised and skipped). */
export function recordsFromCsv(text: string): GeoRecord[] {
  const rows = parseCsv(text);
  const start = rows[0]?.[0]?.trim().toLowerCase() === 'code' ? 1 : 0;
  return rows.slice(start).map((cols, i) => {
    const [code = '', nameTh = '', nameEn = '', parent = ''] = cols.map((c) => c.trim());
    const level = levelOfCode(code);
    const line = i + start + 1;
    if (!level) throw new Error(`line ${line}: code "${code}" is not a 2-, 4- or 6-digit DOPA code`);
    if (!nameTh) throw new Error(`line ${line}: name_th is empty`);
    if (parent && parent !== parentOfCode(code)) throw new Error(`line ${line}: parent_code ${parent} does not match code ${code}`);
    return { code, level, parentCode: parentOfCode(code), nameTh, nameEn: nameEn || null };
  });
}

/** Reads files or a directory (provinces.json, districts.json, subdistricts.json, *.csv). */
export function readImportFiles(paths: string[]): GeoRecord[] {
  const files = paths.flatMap((p) =>
    fs.statSync(p).isDirectory()
      ? fs.readdirSync(p).filter((f) => /\.(json|csv)$/i.test(f)).map((f) => path.join(p, f))
      : [p],
  );
  if (!files.length) throw new Error('no .json or .csv file given');
  const all = files.flatMap((f) => {
    const text = fs.readFileSync(f, 'utf8');
    if (/\.csv$/i.test(f)) return recordsFromCsv(text);
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed)) throw new Error(`${f}: expected a JSON array`);
    return recordsFromJson(parsed as JsonRow[]);
  });
  const seen = new Set<string>();
  for (const r of all) {
    if (seen.has(r.code)) throw new Error(`code ${r.code} appears twice`);
    seen.add(r.code);
  }
  return all;
}

export interface ExistingUnit {
  code: string;
  level: GeoRecord['level'];
  nameTh: string;
  nameEn: string | null;
  active: boolean;
}

export interface GeoDiff {
  added: GeoRecord[];
  renamed: { code: string; from: { nameTh: string; nameEn: string | null }; to: { nameTh: string; nameEn: string | null } }[];
  retired: ExistingUnit[];
  restored: GeoRecord[];
  unchanged: number;
}

/**
 * What an import would change. Only levels present in the list are retired from: a file of
 * provinces alone never retires districts. An English name missing from the list keeps ours.
 */
export function diffGeography(existing: ExistingUnit[], incoming: GeoRecord[]): GeoDiff {
  const have = new Map(existing.map((u) => [u.code, u]));
  const codes = new Set(incoming.map((r) => r.code));
  const levels = new Set(incoming.map((r) => r.level));
  const diff: GeoDiff = { added: [], renamed: [], retired: [], restored: [], unchanged: 0 };
  for (const r of incoming) {
    const u = have.get(r.code);
    if (!u) {
      diff.added.push(r);
      continue;
    }
    const nameEn = r.nameEn ?? u.nameEn;
    const changed = u.nameTh !== r.nameTh || u.nameEn !== nameEn;
    if (changed) diff.renamed.push({ code: r.code, from: { nameTh: u.nameTh, nameEn: u.nameEn }, to: { nameTh: r.nameTh, nameEn } });
    if (!u.active) diff.restored.push(r);
    if (!changed && u.active) diff.unchanged++;
  }
  for (const u of existing) if (u.active && levels.has(u.level) && !codes.has(u.code)) diff.retired.push(u);
  return diff;
}

export async function loadExisting(db: Db): Promise<ExistingUnit[]> {
  return db.select({ code: geoUnit.code, level: geoUnit.level, nameTh: geoUnit.nameTh, nameEn: geoUnit.nameEn, active: geoUnit.active }).from(geoUnit);
}

/** Applies a diff in one transaction, parents before children, with one audit row per change. */
export async function applyGeoDiff(db: Db, diff: GeoDiff, requestId: string): Promise<void> {
  const order = { province: 0, district: 1, tambon: 2 } as const;
  await db.transaction(async (tx) => {
    const ctx = { actor: null, requestId };
    const added = [...diff.added].sort((a, b) => order[a.level] - order[b.level]);
    const known = new Set((await tx.select({ code: geoUnit.code }).from(geoUnit)).map((r) => r.code));
    for (const r of added) {
      if (r.parentCode && !known.has(r.parentCode)) throw new Error(`unit ${r.code} has no parent ${r.parentCode} in the database or the list`);
      known.add(r.code);
      await tx.insert(geoUnit).values({ code: r.code, level: r.level, parentCode: r.parentCode, nameTh: r.nameTh, nameEn: r.nameEn, postalCode: r.postalCode ?? null });
      await audit(tx, ctx, { verb: 'geo.import.add', targetType: 'geo_unit', targetId: r.code, after: r });
    }
    for (const r of diff.renamed) {
      await tx.update(geoUnit).set({ nameTh: r.to.nameTh, nameEn: r.to.nameEn, updatedAt: sql`now()`, version: sql`${geoUnit.version} + 1` }).where(eq(geoUnit.code, r.code));
      await audit(tx, ctx, { verb: 'geo.import.rename', targetType: 'geo_unit', targetId: r.code, before: r.from, after: r.to });
    }
    if (diff.restored.length) {
      await tx.update(geoUnit).set({ active: true, retiredAt: null, updatedAt: sql`now()`, version: sql`${geoUnit.version} + 1` }).where(inArray(geoUnit.code, diff.restored.map((r) => r.code)));
      for (const r of diff.restored) await audit(tx, ctx, { verb: 'geo.import.restore', targetType: 'geo_unit', targetId: r.code });
    }
    if (diff.retired.length) {
      await tx.update(geoUnit).set({ active: false, retiredAt: sql`now()`, updatedAt: sql`now()`, version: sql`${geoUnit.version} + 1` }).where(inArray(geoUnit.code, diff.retired.map((r) => r.code)));
      for (const r of diff.retired) await audit(tx, ctx, { verb: 'geo.import.retire', targetType: 'geo_unit', targetId: r.code, before: r });
    }
  });
}
