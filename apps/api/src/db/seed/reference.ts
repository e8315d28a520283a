import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../client';
import { agency, cohort, geoUnit, product, programTarget, provinceAgency, region, reportDeadline, step, stepSchedule } from '../schema';
import { PRODUCTS } from './products';
import { audit } from '../../lib/audit';
import { buildGeography } from './geography/build';
import {
  AGENCIES, COHORTS, PROGRAM_TARGETS, REGIONS, REPORT_DEADLINES, STEP_CALENDAR, STEPS, regionOfProvince,
} from './program-data';

const CHUNK = 1000;

async function isEmpty(db: Executor, table: PgTable): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Seeds the reference data on first start. Each table is filled only when it is empty, so an
 * administrator's edits are never overwritten by a restart.
 */
export async function seedReferenceData(db: Db, log: (msg: string) => void = () => {}): Promise<void> {
  await db.transaction(async (tx) => {
    const seeded: Record<string, number> = {};
    if (await isEmpty(tx, region)) seeded.region = (await tx.insert(region).values([...REGIONS]).returning()).length;
    if (await isEmpty(tx, agency)) seeded.agency = (await tx.insert(agency).values(AGENCIES.map((a) => ({ ...a }))).returning()).length;
    if (await isEmpty(tx, geoUnit)) {
      const started = Date.now();
      const geo = await buildGeography();
      const rows = [
        ...geo.provinces.map((p) => ({ ...p, regionCode: regionOfProvince(p.code) })),
        ...geo.districts,
        ...geo.tambons,
      ].map((r) => ({
        code: r.code, level: r.level, parentCode: r.parentCode, nameTh: r.nameTh, nameEn: r.nameEn,
        postalCode: r.postalCode ?? null, regionCode: 'regionCode' in r ? (r.regionCode as string) : null,
      }));
      for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(geoUnit).values(rows.slice(i, i + CHUNK));
      seeded.geo_unit = rows.length;
      log(`geography seeded: ${geo.provinces.length} provinces, ${geo.districts.length} districts, ${geo.tambons.length} sub-districts in ${Date.now() - started} ms`);
    }
    if (await isEmpty(tx, provinceAgency)) {
      const provinces = await tx.select({ code: geoUnit.code, regionCode: geoUnit.regionCode }).from(geoUnit).where(sql`${geoUnit.level} = 'province'`);
      const byRegion = new Map(AGENCIES.map((a) => [a.regionCode as string, a.code as string]));
      await tx.insert(provinceAgency).values(provinces.map((p) => ({ provinceCode: p.code, agencyCode: byRegion.get(p.regionCode ?? '')! })));
      seeded.province_agency = provinces.length;
    }
    if (await isEmpty(tx, cohort)) seeded.cohort = (await tx.insert(cohort).values(COHORTS).returning()).length;
    if (await isEmpty(tx, programTarget)) seeded.program_target = (await tx.insert(programTarget).values(PROGRAM_TARGETS.map((p) => ({ ...p }))).returning()).length;
    if (await isEmpty(tx, step)) seeded.step = (await tx.insert(step).values(STEPS.map((s) => ({ ...s }))).returning()).length;
    if (await isEmpty(tx, stepSchedule)) {
      const rows = COHORTS.flatMap((c) =>
        STEPS.map((s) => {
          const year = c.yearBe - 543;
          const cal = STEP_CALENDAR[s.number]!;
          return {
            cohortYear: c.yearBe, stepNumber: s.number,
            startsOn: cal.startsOn ? `${year}-${cal.startsOn}` : null,
            dueOn: cal.dueOn ? `${year}-${cal.dueOn}` : null,
          };
        }),
      );
      await tx.insert(stepSchedule).values(rows);
      seeded.step_schedule = rows.length;
    }
    if (await isEmpty(tx, reportDeadline)) seeded.report_deadline = (await tx.insert(reportDeadline).values(REPORT_DEADLINES.map((r) => ({ ...r }))).returning()).length;
    if (await isEmpty(tx, product)) seeded.product = (await tx.insert(product).values(PRODUCTS).returning()).length;
    for (const [table, rows] of Object.entries(seeded)) {
      await audit(tx, { actor: null, requestId: 'seed' }, { verb: 'reference.seed', targetType: table, targetId: '*', after: { rows } });
    }
  });
}
