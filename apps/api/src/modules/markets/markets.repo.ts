import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { onlineChannel, surveyFramework } from '../../db/schema';

export type FrameworkRow = typeof surveyFramework.$inferSelect;
export type ChannelRow = typeof onlineChannel.$inferSelect;

export async function findFramework(db: Executor, provinceCode: string): Promise<FrameworkRow | null> {
  return (await db.select().from(surveyFramework).where(eq(surveyFramework.provinceCode, provinceCode)))[0] ?? null;
}

export async function saveFramework(db: Executor, provinceCode: string, fields: Pick<FrameworkRow, 'outletTypes' | 'questions' | 'updatedBy'>, version: number | null) {
  if (version === null) return (await db.insert(surveyFramework).values({ provinceCode, ...fields }).returning())[0]!;
  return (await db.update(surveyFramework).set({ ...fields, updatedAt: sql`now()`, version: sql`${surveyFramework.version} + 1` })
    .where(and(eq(surveyFramework.provinceCode, provinceCode), eq(surveyFramework.version, version))).returning())[0] ?? null;
}

export async function listChannels(db: Executor, f: { provinces: string[] | null; province?: string; group?: string; limit: number }) {
  return db
    .select()
    .from(onlineChannel)
    .where(and(
      sql`${onlineChannel.deletedAt} is null`,
      f.provinces === null ? undefined : sql`${onlineChannel.provinceCode} = any(${sql.param(f.provinces)}::text[])`,
      f.province ? eq(onlineChannel.provinceCode, f.province) : undefined,
      f.group ? eq(onlineChannel.groupId, f.group) : undefined,
    ))
    .orderBy(asc(onlineChannel.provinceCode), asc(onlineChannel.kind), asc(onlineChannel.name))
    .limit(f.limit);
}

/** Outlets of a province's groups by type and by product (step 5 analysis). */
export async function outletAnalysis(db: Executor, provinceCode: string, cohort?: number) {
  const where = sql`o.deleted_at is null and g.tambon_code like ${`${provinceCode}%`} ${cohort ? sql`and g.cohort_year = ${cohort}` : sql``}`;
  const byType = rowsOf<{ type: string; outlets: number; groups: number }>(await db.execute(sql`
    select o.type, count(*)::int as outlets, count(distinct o.group_id)::int as groups
    from outlet o join model_group g on g.id = o.group_id where ${where} group by o.type order by 2 desc`));
  const byProduct = rowsOf<{ product: string; outlets: number; types: string[] }>(await db.execute(sql`
    select p.product, count(*)::int as outlets, array_agg(distinct o.type) as types
    from outlet o join model_group g on g.id = o.group_id cross join lateral unnest(o.products) as p(product)
    where ${where} group by p.product order by 2 desc, 1 limit 200`));
  const total = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from outlet o join model_group g on g.id = o.group_id where ${where}`))[0]?.n ?? 0;
  return { byType, byProduct, total: Number(total) };
}
