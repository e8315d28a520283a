import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestContext } from './support/app';
import { caseArb, HOSTILE_VALUES, mutateArb, validArb, type JsonSchema, type Mutated, type Pools } from './support/json-arbitrary';
import { buildWorld, type Persona, type World } from './support/world';
import { REQUESTS } from './scope-matrix.requests';

/**
 * Property-based fuzz of every write route (POST, PUT, PATCH, DELETE of /api/openapi.json):
 * path parameters, query and body drawn from the route's own JSON schema, or a request the route
 * accepts (the scope matrix's) with one place changed — to another value the schema allows, a
 * bound, or a hostile value (NUL, control characters, huge numbers, long strings, wrong types,
 * odd unicode) — sent as several personas. The server must never answer
 * 5xx, and a 400 must name the field. `npm test` runs NTAG_FUZZ_RUNS (default 30) cases per
 * route plus fixed malformed-body cases; `npm run fuzz` runs 600 (NTAG_FUZZ_SEED repeats a run).
 */
const RUNS = Number(process.env.NTAG_FUZZ_RUNS ?? 30);
const SEED = process.env.NTAG_FUZZ_SEED ? Number(process.env.NTAG_FUZZ_SEED) : Date.now() % 2 ** 31;


interface Case {
  route: string;
  persona: Persona;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
  /** A body sent as is (malformed JSON, multipart). */
  raw?: { contentType: string; payload: string | Buffer };
  note: string;
}

const MULTIPART = new Set(['POST /api/farmers/import', 'POST /api/learning-sessions/{id}/photos', 'POST /api/listings/{id}/photos']);
/** Personas that send the random cases, weighted towards those who may write the most. */
const SENDERS: fc.WeightedArbitrary<Persona>[] = (
  [['admin', 4], ['district', 3], ['province', 2], ['tambon', 2], ['agency', 1], ['committee', 1], ['district5007', 1], ['anon', 1]] as const
).map(([p, weight]) => ({ arbitrary: fc.constant(p), weight }));

let ctx: TestContext;
let world: World;
let writeRoutes: { key: string; method: string; path: string; op: any }[];
let pools: Pools;
let png: Buffer;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
  const doc = (await world.admin.get('/api/openapi.json')).body;
  writeRoutes = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([m]) => ['post', 'put', 'patch', 'delete'].includes(m)).map(([m, op]) => ({ key: `${m.toUpperCase()} ${path}`, method: m.toUpperCase(), path, op })),
  );
  pools = worldPools(world);
  png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#7a3' } }).png().toBuffer();
}, 120_000);
afterAll(() => ctx.close());

function worldPools(w: World): Pools {
  const side = (s: World['A']) => [s.farmer, s.neighbour, s.candidate, s.group, ...s.members, s.session, s.photo, s.production, s.outlet, s.transaction, s.channel, s.event, s.report, s.user, s.grant, s.notification, s.listing, s.enquiry];
  const personaIds = new Set(Object.values(w.userIds));
  const uuids = [...side(w.A), ...side(w.B), w.high.user, w.high.grant].filter((id) => !personaIds.has(id));
  return {
    uuids,
    codes: ['40', '4001', '400101', '400102', '50', '5007', w.B.tambon, w.spareTambon, 'DLD', 'CPD', 'TH', 'program_tambons', 'province', 'agency', 'district'],
    byName: {
      cohort: [2569, 2571], planCohort: [2569], step: [1, 6, 7], version: [1, 2, 3], planTopicIndex: [0],
      tambonCode: ['400101', w.B.tambon], provinceCode: ['40', '50'], unitCode: ['4001', '400101', '40'], agencyCode: ['DLD', 'CPD'],
      groupId: [w.A.group, w.B.group], farmerId: [...w.A.members, ...w.B.members, w.A.farmer], lecturerIds: w.A.members, attendeeIds: w.A.members,
      product: ['morning_glory', 'egg_chicken', 'ผักบุ้ง'], unit: ['kg'], period: ['2026-10', '2026-09'],
      key: ['program_tambons'], code: ['400101', 'DLD', 'province', '40'], grantId: [w.A.grant, w.B.grant], photoId: [w.A.photo],
    },
  };
}

/** Ids of the kind a path names (/api/production/{id} → production records), so that cases reach the service. */
function idsFor(path: string): string[] {
  const s = (k: keyof World['A']) => [world.A[k], world.B[k]] as string[];
  const table: [RegExp, string[]][] = [
    [/^\/api\/farmers\//, [...s('farmer'), ...world.A.members]], [/^\/api\/groups\//, s('group')], [/^\/api\/production\//, s('production')],
    [/^\/api\/learning-sessions\//, s('session')], [/^\/api\/outlets\//, s('outlet')], [/^\/api\/channels\//, s('channel')],
    [/^\/api\/transactions\//, s('transaction')], [/^\/api\/events\//, s('event')], [/^\/api\/reports\//, s('report')],
    [/^\/api\/users\//, [...s('user'), world.high.user]], [/^\/api\/notifications\//, s('notification')], [/^\/api\/selection\//, s('candidate')],
    [/^\/api\/listings\//, s('listing')], [/^\/api\/enquiries\//, s('enquiry')],
  ];
  return table.find(([re]) => re.test(path))?.[1] ?? pools.uuids;
}

function objectSchema(params: any[], where: 'path' | 'query'): JsonSchema {
  const ps = params.filter((p) => p.in === where);
  return { type: 'object', properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])), required: ps.filter((p) => p.required).map((p) => p.name) };
}

interface Example {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * A request the route accepts, from the scope matrix (side A, as the administrator). The fuzz
 * changes the world as it goes (a member removed, a unit retired): when the example cannot be
 * made any more, the route's cases come from its schema alone.
 */
async function exampleOf(r: (typeof writeRoutes)[number]): Promise<Example | null> {
  const spec = REQUESTS[r.key];
  if (!spec) return null;
  const req = await Promise.resolve(spec.build(world, world.A, spec.scopes.includes('A') ? 'A' : spec.scopes[0]!, 'admin')).catch(() => null);
  if (!req) return null;
  const [path, qs] = req.url.split('?');
  const names = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const re = new RegExp(`^${r.path.split(/\{\w+\}/).map((x) => x.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('([^/]+)')}$`);
  const m = re.exec(path!);
  return { params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m?.[i + 1] ?? '')])), query: Object.fromEntries(new URLSearchParams(qs ?? '')), body: req.body };
}

function routeArb(r: (typeof writeRoutes)[number], ex: Example | null): fc.Arbitrary<Case> {
  const params = r.op.parameters ?? [];
  const pathSchema = objectSchema(params, 'path');
  const querySchema = objectSchema(params, 'query');
  const local: Pools = { ...pools, byName: { ...pools.byName, id: idsFor(r.path) } };
  const randomPath = fc.oneof(
    { arbitrary: validArb(pathSchema, local), weight: 5 },
    { arbitrary: validArb(pathSchema, local).chain((v) => fc.constantFrom(...Object.keys(v as object)).chain((k) => fc.constantFrom(...HOSTILE_VALUES).map((h) => ({ ...(v as object), [k]: h })))), weight: Object.keys(pathSchema.properties!).length ? 1 : 0 },
  ) as fc.Arbitrary<Record<string, unknown>>;
  const randomQuery = caseArb(querySchema, local).map((c) => (c.value ?? {}) as Record<string, unknown>);
  const asObject = (m: Mutated) => (m.value && typeof m.value === 'object' ? m.value : {}) as Record<string, unknown>;
  const pathArb = ex ? fc.oneof({ arbitrary: fc.constant(ex.params), weight: 4 }, { arbitrary: mutateArb(ex.params, pathSchema, local).map(asObject), weight: 1 }, { arbitrary: randomPath, weight: 1 }) : randomPath;
  const queryArb = ex ? fc.oneof({ arbitrary: fc.constant(ex.query), weight: 3 }, { arbitrary: mutateArb(ex.query, querySchema, local).map(asObject), weight: 1 }) : randomQuery;
  const persona = r.key.startsWith('POST /api/auth/log') ? fc.constant<Persona>('anon') : fc.oneof(...SENDERS);
  if (MULTIPART.has(r.key)) {
    const file = fc.oneof(
      fc.constant(png),
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      fc.array(fc.array(fc.constantFrom(...HOSTILE_VALUES.map(String).map((x) => x.slice(0, 200)), 'นาง', '400101', '1234567890123'), { maxLength: 6 }), { maxLength: 4 })
        .map((rows) => Buffer.from(['เลขประจำตัวประชาชน,ชื่อ,นามสกุล,รหัสตำบล', ...rows.map((x) => x.join(','))].join('\n'))),
    );
    const name = fc.constantFrom('a.png', 'farmers.csv', 'farmers.xlsx', 'ก\u0000.csv', '../../x.csv', '"q".csv', 'x'.repeat(300));
    return fc.record({ persona, params: pathArb, query: queryArb, file, name }).map(({ file: content, name: fileName, ...c }) => {
      const boundary = '----ntagfuzz';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        content, Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return { route: r.key, ...c, raw: { contentType: `multipart/form-data; boundary=${boundary}`, payload }, note: `file ${fileName} (${content.length} bytes)` };
    });
  }
  const schema = r.op.requestBody?.content?.['application/json']?.schema as JsonSchema | undefined;
  const bodyArb = schema && ex?.body !== undefined ? fc.oneof({ arbitrary: mutateArb(ex.body, schema, local), weight: 3 }, { arbitrary: caseArb(schema, local), weight: 1 }) : caseArb(schema, local);
  return fc.record({ persona, params: pathArb, query: queryArb, body: bodyArb }).map(({ body, ...c }) => ({
    route: r.key, ...c, body: body.value, note: `${body.mutation}${body.at ? ` at ${body.at}` : ''}`,
  }));
}

/** Malformed bodies every write route gets once, as the administrator. */
const FIXED: { note: string; raw: Case['raw'] }[] = [
  { note: 'multipart without a boundary', raw: { contentType: 'multipart/form-data', payload: 'x' } },
  { note: 'truncated JSON', raw: { contentType: 'application/json', payload: '{"id":' } },
  { note: 'empty JSON body', raw: { contentType: 'application/json', payload: '' } },
  { note: 'JSON null', raw: { contentType: 'application/json', payload: 'null' } },
  { note: 'deeply nested JSON', raw: { contentType: 'application/json', payload: '['.repeat(20_000) + ']'.repeat(20_000) } },
  { note: 'text/plain', raw: { contentType: 'text/plain', payload: 'hello' } },
  { note: 'form-urlencoded', raw: { contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=%00' } },
  { note: 'body over the limit', raw: { contentType: 'application/json', payload: JSON.stringify({ notes: 'ก'.repeat(400_000) }) } },
];

/** Percent-encoding that also sends a lone surrogate (as the bytes a careless client would send). */
function encode(v: unknown): string {
  let out = '';
  for (const ch of typeof v === 'object' ? JSON.stringify(v) : String(v)) {
    const n = ch.codePointAt(0)!;
    out += n >= 0xd800 && n <= 0xdfff ? [0xe0 | (n >> 12), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)].map((x) => `%${x.toString(16).toUpperCase()}`).join('') : encodeURIComponent(ch);
  }
  return out;
}

async function send(c: Case, path: string, method: string) {
  const client: Client = world.clients[c.persona];
  const query = Object.entries(c.query).filter(([, v]) => v !== undefined).map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`).join('&');
  const url = path.replace(/\{(\w+)\}/g, (_m, k: string) => encode(c.params[k])) + (query ? `?${query}` : '');
  const headers: Record<string, string> = {};
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  let payload: string | Buffer | undefined;
  if (c.raw) {
    headers['content-type'] = c.raw.contentType;
    payload = c.raw.payload;
  } else if (c.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(c.body);
  }
  const res = await ctx.app.inject({ method: method as 'POST', url, headers, ...(payload !== undefined ? { payload } : {}) });
  let body: any = res.body;
  try {
    body = JSON.parse(res.body);
  } catch {
    /* not JSON */
  }
  return { status: res.statusCode, body, url };
}

/** The verdict on one answer: empty when right, else what is wrong. */
function judge(res: { status: number; body: any }): { wrong?: string } {
  if (res.status >= 500) return { wrong: `answered ${res.status}` };
  if (res.status === 400) {
    const issues = res.body?.details?.issues;
    if (typeof res.body?.code !== 'string') return { wrong: '400 without a code' };
    if (!Array.isArray(issues) || !issues.length || issues.some((i: { path?: unknown }) => typeof i.path !== 'string' || !i.path)) {
      return { wrong: `400 ${res.body.code} names no field` };
    }
  }
  return {};
}

describe('what the fuzz found outside the findings of issue 8, fixed', () => {
  it('year 0 (which the ISO date of zod accepts) is a 400 naming the field, not a 500', async () => {
    const admin = world.admin;
    const step = (await admin.get('/api/program/steps')).body[0].schedule.find((x: { cohort: number }) => x.cohort === 2569);
    const res = await admin.put('/api/program/steps/1/schedule/2569', { startsOn: null, dueOn: '0000-01-01', version: step.version });
    expect(res.status).toBe(400);
    expect(res.body.details.issues[0].path).toBe('dueOn');
    const audit = await admin.get('/api/audit?from=0000-12-31');
    expect(audit.status).toBe(400);
    expect(audit.body.details.issues[0].path).toBe('from');
  });

  it('a path that is not well-formed percent-encoding is a 400 in the house shape naming the address', async () => {
    const res = await world.admin.get('/api/farmers/%ED%A0%80');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation.failed', details: { issues: [{ path: 'url' }] }, requestId: expect.any(String) });
  });
});

describe(`fuzz of every write route (${RUNS} cases each, seed ${SEED})`, () => {
  it('never answers 5xx; every 400 names a field', { timeout: 900_000 }, async () => {
    const started = Date.now();
    let cases = 0;
    let examples = 0;
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    const show = (c: Case, url: string) => `${c.route} as ${c.persona}: ${url} ${c.note} ${c.raw ? String(c.raw.payload).slice(0, 120) : JSON.stringify(c.body)?.slice(0, 300)}`;
    // NTAG_FUZZ_ONLY=/api/sync fuzzes only the routes whose path holds it (while working on them).
    const only = process.env.NTAG_FUZZ_ONLY;
    for (const r of writeRoutes) {
      if (only && !r.key.includes(only)) continue;
      for (const f of FIXED) {
        // Signing out would end the administrator's session for the rest of the run.
        const c: Case = { route: r.key, persona: r.key === 'POST /api/auth/logout' ? 'anon' : 'admin', params: Object.fromEntries((r.op.parameters ?? []).filter((p: any) => p.in === 'path').map((p: any) => [p.name, idsFor(r.path)[0]])), query: {}, raw: f.raw, note: f.note };
        const res = await send(c, r.path, r.method);
        cases++;
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        const v = judge(res);
        if (v.wrong) failures.push(`${v.wrong}: ${show(c, res.url)} → ${JSON.stringify(res.body).slice(0, 200)}`);
      }
      const example = await exampleOf(r);
      if (example) examples++;
      const result = await fc.check(
        fc.asyncProperty(routeArb(r, example), async (c) => {
          const res = await send(c, r.path, r.method);
          cases++;
          byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
          const v = judge(res);
          if (v.wrong) throw new Error(`${v.wrong}: ${show(c, res.url)} → ${JSON.stringify(res.body).slice(0, 200)}`);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      if (result.failed) failures.push(String((result.errorInstance as Error)?.message ?? result.counterexample));
    }
    const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
    console.log(
      `fuzz: ${writeRoutes.length} write routes (${examples} starting from an accepted request), ${cases} cases (${RUNS} random + ${FIXED.length} fixed per route, seed ${SEED}) in ${((Date.now() - started) / 1000).toFixed(1)} s; answers ${statuses}`,
    );
    expect(failures, `write routes that answered 5xx or a 400 without a field (seed ${SEED}; NTAG_FUZZ_SEED=${SEED} repeats it)`).toEqual([]);
  });
});
