import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import type { Certification } from '../../db/schema';

/**
 * The public directory's queries: published, not deleted listings only — every query here
 * says so in its own WHERE, so that nothing unpublished can leak through a forgotten filter.
 */
const PUBLIC = sql`l.published and l.deleted_at is null`;

export interface SearchFilter {
  /** Tokens a listing must all hold (listings.rules queryTokens). */
  tokens: string[];
  province?: string;
  district?: string;
  category?: string;
  month?: number;
  cert?: string;
  /** Today in Thailand: a certification filter counts certificates not yet expired. */
  today: string;
  offset: number;
  limit: number;
}

function searchWhere(f: SearchFilter): SQL {
  const parts: SQL[] = [PUBLIC];
  // One containment on the GIN index, however many words were asked for.
  if (f.tokens.length) parts.push(sql`l.id in (select s.listing_id from listing_search s where s.tokens @> ${sql.param(f.tokens)}::text[])`);
  if (f.district) parts.push(sql`l.group_id in (select g.id from model_group g where g.tambon_code like ${`${f.district}%`})`);
  else if (f.province) parts.push(sql`l.group_id in (select g.id from model_group g where g.tambon_code like ${`${f.province}%`})`);
  if (f.category) parts.push(sql`l.category = ${f.category}`);
  if (f.month) parts.push(sql`l.months @> ${sql.param([f.month])}::smallint[]`);
  if (f.cert) parts.push(sql`exists (select 1 from jsonb_array_elements(l.certifications) c where c->>'kind' = ${f.cert} and c->>'expiresOn' >= ${f.today})`);
  return sql.join(parts, sql` and `);
}

export interface ListingCard {
  id: string;
  productCode: string | null;
  productName: string;
  category: string;
  unit: string;
  priceMin: number | null;
  priceMax: number | null;
  months: number[];
  certifications: Certification[];
  publishedAt: string;
  updatedAt: string;
  groupId: string;
  groupName: string;
  tambonCode: string;
  districtTh: string | null;
  provinceTh: string | null;
  districtEn: string | null;
  provinceEn: string | null;
  photoId: string | null;
}

const cardColumns = sql`
  l.id, l.product_code as "productCode", l.product_name as "productName", l.category, l.unit, l.price_min::float8 as "priceMin", l.price_max::float8 as "priceMax", l.months,
  l.certifications, l.published_at as "publishedAt", l.updated_at as "updatedAt", g.id as "groupId", g.name as "groupName", g.tambon_code as "tambonCode",
  d.name_th as "districtTh", p.name_th as "provinceTh", d.name_en as "districtEn", p.name_en as "provinceEn",
  (select ph.id from listing_photo ph where ph.listing_id = l.id order by ph.position limit 1) as "photoId"`;
const cardFrom = sql`listing l join model_group g on g.id = l.group_id
  left join geo_unit d on d.code = substr(g.tambon_code, 1, 4) left join geo_unit p on p.code = substr(g.tambon_code, 1, 2)`;

const toCard = (r: ListingCard): ListingCard => ({
  ...r, priceMin: r.priceMin === null ? null : Number(r.priceMin), priceMax: r.priceMax === null ? null : Number(r.priceMax),
  months: (r.months ?? []).map(Number), publishedAt: new Date(r.publishedAt).toISOString(), updatedAt: new Date(r.updatedAt).toISOString(),
});

/** A page of the directory, newest first, and how many match. */
export async function searchListings(db: Executor, f: SearchFilter): Promise<{ items: ListingCard[]; total: number }> {
  const where = searchWhere(f);
  const [items, total] = await Promise.all([
    db.execute(sql`select ${cardColumns} from ${cardFrom} where ${where} order by l.published_at desc, l.id desc limit ${f.limit} offset ${f.offset}`),
    db.execute(sql`select count(*)::int as n from listing l where ${where}`),
  ]);
  return { items: rowsOf<ListingCard>(items).map(toCard), total: Number(rowsOf<{ n: number }>(total)[0]?.n ?? 0) };
}

export async function listingsOfGroup(db: Executor, groupId: string, limit = 100): Promise<ListingCard[]> {
  return rowsOf<ListingCard>(await db.execute(sql`select ${cardColumns} from ${cardFrom} where ${PUBLIC} and l.group_id = ${groupId} order by l.published_at desc, l.id desc limit ${limit}`)).map(toCard);
}

export interface PublicListing extends ListingCard {
  description: string | null;
  minOrder: number | null;
  fulfilment: string;
  deliveryArea: string | null;
}

export async function publicListing(db: Executor, id: string): Promise<PublicListing | null> {
  const r = rowsOf<PublicListing>(await db.execute(sql`
    select ${cardColumns}, l.description, l.min_order::float8 as "minOrder", l.fulfilment, l.delivery_area as "deliveryArea"
    from ${cardFrom} where ${PUBLIC} and l.id = ${id}`))[0];
  return r ? { ...toCard(r), minOrder: r.minOrder === null ? null : Number(r.minOrder) } as PublicListing : null;
}

export async function photosOf(db: Executor, listingId: string): Promise<{ id: string; width: number; height: number }[]> {
  return rowsOf(await db.execute(sql`select id, width, height from listing_photo where listing_id = ${listingId} order by position, created_at`));
}

/** One size of a photo of a published listing, or null. */
export async function publicPhoto(db: Executor, photoId: string, size: 'full' | 'card' | 'thumb'): Promise<Buffer | null> {
  const column = size === 'full' ? sql`ph.bytes` : size === 'card' ? sql`ph.card` : sql`ph.thumb`;
  const r = rowsOf<{ b: Buffer | Uint8Array }>(await db.execute(sql`
    select ${column} as b from listing_photo ph join listing l on l.id = ph.listing_id where ph.id = ${photoId} and ${PUBLIC}`))[0];
  return r ? Buffer.from(r.b) : null;
}

export interface PublicGroup {
  id: string;
  name: string;
  tambonCode: string;
  tambonTh: string | null;
  districtTh: string | null;
  provinceTh: string | null;
  tambonEn: string | null;
  districtEn: string | null;
  provinceEn: string | null;
  phone: string | null;
  facebookPage: string | null;
  lineOaId: string | null;
  website: string | null;
  learningCentre: string | null;
  latitude: number | null;
  longitude: number | null;
  enterpriseCode: string | null;
  memberPhones: (string | null)[];
}

/**
 * A group as the public sees it — only while it has a published listing: a group becomes
 * public by offering something. Members' phones come along only so that the page can refuse
 * to show a "group phone" that is a member's own number; they are never rendered.
 */
export async function publicGroup(db: Executor, id: string): Promise<PublicGroup | null> {
  const r = rowsOf<PublicGroup>(await db.execute(sql`
    select g.id, g.name, g.tambon_code as "tambonCode", t.name_th as "tambonTh", d.name_th as "districtTh", p.name_th as "provinceTh",
      t.name_en as "tambonEn", d.name_en as "districtEn", p.name_en as "provinceEn",
      g.phone, g.facebook_page as "facebookPage", g.line_oa_id as "lineOaId", g.website, g.latitude, g.longitude,
      coalesce(lc.name, g.learning_centre) as "learningCentre",
      (select e.registration_code from enterprise e where e.group_id = g.id and e.deleted_at is null and e.registered_on is not null) as "enterpriseCode",
      array(select f.phone from group_member gm join farmer f on f.id = gm.farmer_id where gm.group_id = g.id and f.phone is not null) as "memberPhones"
    from model_group g left join geo_unit t on t.code = g.tambon_code left join geo_unit d on d.code = substr(g.tambon_code, 1, 4)
      left join geo_unit p on p.code = substr(g.tambon_code, 1, 2)
      left join learning_centre lc on lc.group_id = g.id and lc.deleted_at is null
    where g.id = ${id} and exists (select 1 from listing l where l.group_id = g.id and ${PUBLIC})`))[0];
  return r ? { ...r, latitude: r.latitude === null ? null : Number(r.latitude), longitude: r.longitude === null ? null : Number(r.longitude) } : null;
}

export interface GroupCard {
  id: string;
  name: string;
  tambonCode: string;
  districtTh: string | null;
  provinceTh: string | null;
  products: number;
  productNames: string[];
}

/** Groups with published listings, by place. */
export async function publicGroups(db: Executor, f: { province?: string; district?: string; offset: number; limit: number }): Promise<{ items: GroupCard[]; total: number }> {
  const area = f.district ? sql`g.tambon_code like ${`${f.district}%`}` : f.province ? sql`g.tambon_code like ${`${f.province}%`}` : sql`true`;
  const [items, total] = await Promise.all([
    db.execute(sql`
      select g.id, g.name, g.tambon_code as "tambonCode", d.name_th as "districtTh", p.name_th as "provinceTh", x.n::int as products, x.names as "productNames"
      from (select l.group_id, count(*) as n, (array_agg(l.product_name order by l.published_at desc))[1:5] as names from listing l where ${PUBLIC} group by l.group_id) x
      join model_group g on g.id = x.group_id left join geo_unit d on d.code = substr(g.tambon_code, 1, 4) left join geo_unit p on p.code = substr(g.tambon_code, 1, 2)
      where ${area} order by g.tambon_code, g.id limit ${f.limit} offset ${f.offset}`),
    db.execute(sql`select count(distinct l.group_id)::int as n from listing l join model_group g on g.id = l.group_id where ${PUBLIC} and ${area}`),
  ]);
  return { items: rowsOf<GroupCard>(items).map((g) => ({ ...g, products: Number(g.products) })), total: Number(rowsOf<{ n: number }>(total)[0]?.n ?? 0) };
}

/** Provinces (and a province's districts) that have published listings, for the filters. */
export async function placesWithListings(db: Executor, province?: string): Promise<{ code: string; nameTh: string; nameEn: string | null }[]> {
  const len = province ? 4 : 2;
  return rowsOf(await db.execute(sql`
    select u.code, u.name_th as "nameTh", u.name_en as "nameEn" from geo_unit u
    where u.code in (select distinct substr(g.tambon_code, 1, ${len}) from listing l join model_group g on g.id = l.group_id
                     where ${PUBLIC} ${province ? sql`and g.tambon_code like ${`${province}%`}` : sql``})
    order by u.name_th`));
}

/** Every published listing and public group, for the sitemap. */
export async function sitemapEntries(db: Executor): Promise<{ kind: 'product' | 'group'; id: string; updatedAt: string }[]> {
  const rows = rowsOf<{ kind: 'product' | 'group'; id: string; updatedAt: string }>(await db.execute(sql`
    select 'product' as kind, l.id::text as id, l.updated_at as "updatedAt" from listing l where ${PUBLIC}
    union all
    select 'group', l.group_id::text, max(l.updated_at) from listing l where ${PUBLIC} group by l.group_id`));
  return rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() }));
}

export interface OpenListing {
  id: string;
  productCode: string | null;
  productName: string;
  category: string;
  unit: string;
  priceMin: number | null;
  priceMax: number | null;
  months: number[];
  certifications: Certification[];
  groupId: string;
  groupName: string;
  tambonCode: string;
  tambonTh: string | null;
  districtTh: string | null;
  provinceTh: string | null;
  publishedAt: string;
  updatedAt: string;
}

/** The directory as open data: what the pages show, without photos or contact channels. */
export async function openListings(db: Executor): Promise<OpenListing[]> {
  return rowsOf<OpenListing>(await db.execute(sql`
    select l.id, l.product_code as "productCode", l.product_name as "productName", l.category, l.unit, l.price_min::float8 as "priceMin", l.price_max::float8 as "priceMax",
      l.months, l.certifications, g.id as "groupId", g.name as "groupName", g.tambon_code as "tambonCode", t.name_th as "tambonTh", d.name_th as "districtTh", p.name_th as "provinceTh",
      l.published_at as "publishedAt", l.updated_at as "updatedAt"
    from listing l join model_group g on g.id = l.group_id left join geo_unit t on t.code = g.tambon_code
      left join geo_unit d on d.code = substr(g.tambon_code, 1, 4) left join geo_unit p on p.code = substr(g.tambon_code, 1, 2)
    where ${PUBLIC} order by g.tambon_code, l.id`)).map((r) => ({
    ...r, priceMin: r.priceMin === null ? null : Number(r.priceMin), priceMax: r.priceMax === null ? null : Number(r.priceMax), months: (r.months ?? []).map(Number),
    publishedAt: new Date(r.publishedAt).toISOString(), updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}
