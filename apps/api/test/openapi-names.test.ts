import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestApp, type TestContext } from './support/app';

/**
 * One name per meaning across the whole API (issue #10, docs/adr/0012). The document at
 * /api/openapi.json is walked — every request body, answer, query and path parameter — and
 * the names retired for a synonym must not come back, so that two names for one thing cannot
 * drift in again unnoticed.
 */
const RETIRED: Record<string, string> = {
  // A field record's day, product and value (the names issue #4 published).
  recordedOn: 'date', occurredOn: 'date', heldOn: 'date', surveyedOn: 'date', on: 'date',
  productCode: 'product', productName: 'product', valueBaht: 'value',
  // A production record's uses: one split object, never a single use beside it (see SAME_OBJECT).
  // A cohort is its Buddhist-era year, a step its number 1–7, wherever they appear.
  yearBe: 'cohort', cohortYear: 'cohort', stepNumber: 'step',
  // Free text about a line or a record.
  note: 'notes', remark: 'notes',
  // The sum of the cohorts' tambon targets.
  cohortTotal: 'cohortTargetTotal',
};
/**
 * Issue #14 published its listings with `productCode` or `productName` (docs/adr/0017): there, and
 * only on /api/listings and its own answers, those two are the product's names. Everything else
 * about a product — enquiries, the public directory, open data — says `product`.
 */
const PUBLISHED_BY_ISSUE_14 = /^[A-Z]+ \/api\/listings(\/|$)/;
const allowed = (p: Found) => (p.name === 'productCode' || p.name === 'productName') && PUBLISHED_BY_ISSUE_14.test(p.where);
/** Query and path parameters: an org unit filter is `unit`, as on every list. */
const RETIRED_PARAMS: Record<string, string> = { unitCode: 'unit', year: 'cohort', number: 'step' };
/** Names that mean the same thing when they sit in one object. */
const SAME_OBJECT: [string, string][] = [
  ['use', 'uses'],
  ['target', 'tambonTarget'],
  // A flattened unit reference names its unit's names unitNameTh/unitNameEn, as its unitCode.
  ['unitCode', 'nameTh'],
  ['date', 'recordedOn'],
];

type Schema = { properties?: Record<string, Schema>; [k: string]: unknown };
interface Found { name: string; where: string }

function walk(node: unknown, where: string, props: Found[], objects: { keys: string[]; where: string }[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, where, props, objects));
  const s = node as Schema;
  if (s.properties && typeof s.properties === 'object') {
    const keys = Object.keys(s.properties);
    objects.push({ keys, where });
    for (const k of keys) props.push({ name: k, where });
  }
  for (const v of Object.values(s)) walk(v, where, props, objects);
}

let ctx: TestContext;
let doc: { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
const props: Found[] = [];
const params: Found[] = [];
const objects: { keys: string[]; where: string }[] = [];
beforeAll(async () => {
  ctx = await startTestApp();
  doc = (await anonymous(ctx).get('/api/openapi.json')).body;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const where = `${method.toUpperCase()} ${path}`;
      walk(op, where, props, objects);
      for (const p of op.parameters ?? []) if (p.in === 'query' || p.in === 'path') params.push({ name: p.name, where });
    }
  }
});
afterAll(() => ctx.close());

describe('the OpenAPI document names each meaning once', () => {
  it('is read whole: the published record fields are all there', () => {
    const recordAnswer = (path: string) => objects.find((o) => o.where === `GET ${path}` && o.keys.includes('id') && o.keys.includes('groupId'))?.keys ?? [];
    expect(recordAnswer('/api/production/{id}')).toEqual(expect.arrayContaining(['id', 'groupId', 'farmerId', 'date', 'product', 'quantity', 'unit', 'value', 'uses']));
    expect(recordAnswer('/api/transactions/{id}')).toEqual(expect.arrayContaining(['id', 'groupId', 'farmerId', 'date', 'product', 'quantity', 'unit', 'value', 'channel', 'outletId', 'eventId']));
    expect(recordAnswer('/api/learning-sessions/{id}')).toContain('date');
    expect(recordAnswer('/api/outlets/{id}')).toContain('date');
    expect(params.find((p) => p.where === 'GET /api/users' && p.name === 'unit')).toBeDefined();
  });

  it('has none of the retired synonyms, in any body, answer or parameter', () => {
    const found = [
      ...props.filter((p) => p.name in RETIRED && !allowed(p)).map((p) => `${p.where}: "${p.name}" (use "${RETIRED[p.name]}")`),
      ...params.filter((p) => p.name in RETIRED_PARAMS).map((p) => `${p.where}: parameter "${p.name}" (use "${RETIRED_PARAMS[p.name]}")`),
    ];
    expect([...new Set(found)]).toEqual([]);
  });

  it('never puts two names for one meaning in the same object', () => {
    const found = objects.flatMap((o) => SAME_OBJECT.filter(([a, b]) => o.keys.includes(a) && o.keys.includes(b)).map(([a, b]) => `${o.where}: "${a}" beside "${b}"`));
    expect([...new Set(found)]).toEqual([]);
  });

  it('names fields in camelCase (no snake_case beside camelCase)', () => {
    expect([...new Set(props.filter((p) => p.name.includes('_')).map((p) => `${p.where}: "${p.name}"`))]).toEqual([]);
  });
});
