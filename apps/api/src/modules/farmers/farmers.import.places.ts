import { and, eq, like, or, type SQL } from 'drizzle-orm';
import { normalizeDigits, placeName } from '@ntag/shared';
import type { Executor } from '../../db/client';
import { geoUnit } from '../../db/schema';
import type { Scope } from '../../lib/authz';

/**
 * Tambons by name within the importer's area: "บ้านเป็ด", "ต.บ้านเป็ด" or its 6-digit code;
 * a district or province name on the row narrows a name that repeats. An unknown or ambiguous
 * name is answered with the candidates the officer can write instead.
 */
export interface TambonOption {
  code: string;
  name: string;
  districtName: string;
  provinceName: string;
}
export type PlaceAnswer = { code: string } | { error: 'unknown' | 'ambiguous'; candidates: TambonOption[] };

const squeeze = (s: string) => normalizeDigits(s).replace(/\s+/g, '');

export async function tambonsInScope(db: Executor, scope: Scope): Promise<TambonOption[]> {
  if (!scope.all && !scope.prefixes.length) return [];
  const within: SQL | undefined = scope.all ? undefined : or(...scope.prefixes.map((p) => like(geoUnit.code, `${p}%`)));
  const tambons = await db.select({ code: geoUnit.code, name: geoUnit.nameTh }).from(geoUnit).where(and(eq(geoUnit.level, 'tambon'), eq(geoUnit.active, true), within));
  const upper = await db.select({ code: geoUnit.code, name: geoUnit.nameTh }).from(geoUnit).where(or(eq(geoUnit.level, 'district'), eq(geoUnit.level, 'province')));
  const nameOf = new Map(upper.map((u) => [u.code, u.name]));
  return tambons.map((t) => ({ code: t.code, name: t.name, districtName: nameOf.get(t.code.slice(0, 4)) ?? '', provinceName: nameOf.get(t.code.slice(0, 2)) ?? '' }));
}

/** Edit distance, bounded: names within two letters of each other are offered as candidates. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]! <= 2;
}

export function placeResolver(options: TambonOption[]) {
  const byName = new Map<string, TambonOption[]>();
  const byCode = new Map(options.map((o) => [o.code, o]));
  for (const o of options) {
    const k = squeeze(o.name);
    byName.set(k, [...(byName.get(k) ?? []), o]);
  }
  const names = new Set(byName.keys());
  const cache = new Map<string, PlaceAnswer>();
  return {
    names,
    /** The tambon of a row: by code, else by name narrowed by the district and province names given. */
    resolve(tambon: string, district = '', province = ''): PlaceAnswer {
      const key = `${tambon}|${district}|${province}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const answer = resolveOnce(tambon, district, province);
      cache.set(key, answer);
      return answer;
    },
    inArea: (code: string) => byCode.has(code),
  };
  function resolveOnce(tambon: string, district: string, province: string): PlaceAnswer {
    const code = squeeze(tambon);
    if (/^\d{6}$/.test(code)) return { code };
    const name = placeName(tambon, 'tambon');
    let found = byName.get(name) ?? [];
    const d = district ? placeName(district, 'district') : '';
    const p = province ? placeName(province, 'province') : '';
    if (found.length > 1 && d) found = found.filter((o) => squeeze(o.districtName) === d);
    if (found.length > 1 && p) found = found.filter((o) => squeeze(o.provinceName) === p);
    if (found.length === 1) {
      const only = found[0]!;
      // A district named on the row that is not the tambon's: the officer should look again.
      if (d && squeeze(only.districtName) !== d) return { error: 'unknown', candidates: found };
      return { code: only.code };
    }
    if (found.length > 1) return { error: 'ambiguous', candidates: found.slice(0, 10) };
    const close = options.filter((o) => near(squeeze(o.name), name) || (name.length >= 2 && squeeze(o.name).startsWith(name.slice(0, 2))));
    return { error: 'unknown', candidates: close.slice(0, 10) };
  }
}

export const candidateText = (list: TambonOption[]) =>
  list.map((o) => `${o.name} (${o.code}${o.districtName ? ` อ.${o.districtName}` : ''})`).join(', ');
