import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Response, type TestContext } from './support/app';
import { buildWorld, PERSONAS, type Persona, type Side, type World } from './support/world';
import { REQUESTS, type Req, type Scope } from './scope-matrix.requests';

/**
 * The scope matrix (issue 8): every route of /api/openapi.json × every persona × an object of
 * side A and one of side B (and, for the user routes, H), with the expected status of each cell
 * in ONE table, scope-matrix.table.md. A route in the OpenAPI document without rows there fails
 * the test, so a new route comes with its row. Besides the status, every 2xx JSON answer is
 * searched for the ids of objects outside the persona's scope: none may leak.
 *
 * NTAG_MATRIX_RECORD=file writes what the server answers, in the table's format, to that file
 * (to add rows for a new route; check each cell before copying it into the table).
 */

const TABLE = fileURLToPath(new URL('./scope-matrix.table.md', import.meta.url));


type Expected = Map<string, Map<Scope, number[]>>; // route → scope → status per persona (PERSONAS order)

function parseTable(text: string): Expected {
  const table: Expected = new Map();
  let route = '';
  for (const line of text.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== PERSONAS.length + 2 || !/^(-|A|B|H)$/.test(cells[1]!)) continue;
    route = cells[0]!.replace(/`/g, '') || route;
    const statuses = cells.slice(2).map(Number);
    if (statuses.some((s) => !(s >= 100 && s < 600))) throw new Error(`scope-matrix.table.md: a bad status in ${line}`);
    if (!table.has(route)) table.set(route, new Map());
    table.get(route)!.set(cells[1] as Scope, statuses);
  }
  return table;
}

function formatRows(route: string, rows: Map<Scope, number[]>): string[] {
  return [...rows].map(([scope, statuses], i) => `| ${i === 0 ? `\`${route}\`` : ''} | ${scope} | ${statuses.join(' | ')} |`);
}

/** The ids a persona must never see in a 2xx answer of a route: objects outside its scope. */
function forbiddenIds(w: World, p: Persona, route: string): string[] {
  const tambonLevel = (s: Side) => [s.farmer, s.neighbour, s.candidate, s.group, ...s.members, s.session, s.photo, s.production, s.outlet, s.transaction, s.user, s.listing, s.enquiry, s.visit, s.visitPhoto, s.training];
  const provinceLevel = (s: Side) => [s.channel, s.event, s.report, s.partner];
  // The province's selection result is read by the province and those above it, not by its districts.
  const all = (s: Side) => [...tambonLevel(s), ...provinceLevel(s), s.selectionResult];
  // A notification is its user's alone.
  const notifications = [p === 'province' ? null : w.A.notification, p === 'district5007' ? null : w.B.notification].filter((x): x is string => !!x);
  const byPersona: Record<Persona, string[]> = {
    anon: [...all(w.A), ...all(w.B)],
    admin: [],
    ministry: [],
    agency: all(w.B),
    province: all(w.B),
    district: [...all(w.B), w.A.selectionResult],
    // The tambon worker: its tambon only, not the next one (the neighbour farmer).
    tambon: [...all(w.B), w.A.neighbour, w.A.selectionResult],
    // The committee sees its group and what the group takes part in (events, partners), nothing else of the area.
    committee: [...all(w.B), w.A.farmer, w.A.neighbour, w.A.candidate, w.A.user, w.A.channel, w.A.report, w.A.selectionResult],
    // In the same province: what the province keeps for everyone in it (channels, events, partners, its report) is shared.
    district4002: [...tambonLevel(w.A), ...all(w.B), w.A.selectionResult],
    tambon400102: [...tambonLevel(w.A).filter((id) => id !== w.A.neighbour), ...all(w.B), w.A.selectionResult],
    district5007: all(w.A),
  };
  // A province's marketing event names the groups that took part, and everyone working in the
  // province sees its events: there a sibling district sees the id (and name) of side A's group.
  const shared = route.startsWith('GET /api/events') || route.startsWith('GET /api/partners') ? [w.A.group] : [];
  // A published product is public (issue #14), and so is the group that offers it: the directory and the buyer's thread name them.
  if (/^(GET|POST) \/api\/(public|open\/listings)/.test(route)) shared.push(w.A.group, w.A.listing, w.B.group, w.B.listing);
  return [...byPersona[p], ...notifications].filter((id) => !shared.includes(id));
}

let ctx: TestContext;
let world: World;
let routes: string[];
beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
  const doc = (await world.admin.get('/api/openapi.json')).body;
  routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}, 120_000);
afterAll(() => ctx.close());

async function send(w: World, p: Persona, req: Req): Promise<Response> {
  const c = req.as ?? w.clients[p];
  if (req.upload) return c.upload(req.url, req.upload.name, req.upload.content, req.upload.type);
  return c.request(req.method, req.url, req.body);
}

describe('scope matrix', () => {
  it('has a row in scope-matrix.table.md and a request for every route of the OpenAPI document', () => {
    const table = parseTable(fs.readFileSync(TABLE, 'utf8'));
    const missing = routes.filter((r) => !table.has(r));
    const withoutRequest = routes.filter((r) => !REQUESTS[r]);
    const stale = [...table.keys()].filter((r) => !routes.includes(r));
    expect(missing, `routes without rows in scope-matrix.table.md (NTAG_MATRIX_RECORD=/tmp/rows.md npm run matrix writes them)`).toEqual([]);
    expect(withoutRequest, 'routes without a request in scope-matrix.requests.ts').toEqual([]);
    expect(stale, 'rows of routes that no longer exist').toEqual([]);
    for (const r of routes) expect([...table.get(r)!.keys()].sort(), r).toEqual([...REQUESTS[r]!.scopes].sort());
  });

  it('answers every route × persona × scope as the table says, and no answer carries an out-of-scope id', { timeout: 600_000 }, async () => {
    const started = Date.now();
    const table = fs.existsSync(TABLE) ? parseTable(fs.readFileSync(TABLE, 'utf8')) : new Map();
    const record = process.env.NTAG_MATRIX_RECORD;
    const observed: Expected = new Map();
    const wrong: string[] = [];
    const leaks: string[] = [];
    let cells = 0;
    // NTAG_MATRIX_ONLY=/api/sync asks only the routes whose path holds it (while working on them).
    const only = process.env.NTAG_MATRIX_ONLY;
    for (const route of routes) {
      const spec = REQUESTS[route];
      if (!spec || (only && !route.includes(only))) continue;
      observed.set(route, new Map());
      const t0 = Date.now();
      for (const scope of spec.scopes) {
        const side = scope === 'B' ? world.B : world.A;
        const statuses: number[] = [];
        // A refused request changes nothing, so the next persona gets the very same request (a
        // refusal that did change something shows as a wrong answer further on); after a 2xx the
        // next cell gets a fresh object.
        let req: Req | null = null;
        for (const [i, p] of PERSONAS.entries()) {
          if (!req || spec.perPersona) req = await spec.build(world, side, scope, p);
          const answer = await send(world, p, req);
          const res = spec.itemStatus && answer.status === 200 ? { ...answer, status: spec.itemStatus(answer) } : answer;
          if (res.status < 300) req = null;
          cells++;
          statuses.push(res.status);
          const key = `${route} ${scope} ${p}`;
          const expected = table.get(route)?.get(scope)?.[i];
          const problems: string[] = [];
          if (expected !== undefined && res.status !== expected) {
            problems.push(`answered ${res.status} ${typeof res.body === 'object' ? JSON.stringify(res.body).slice(0, 160) : ''}, the table says ${expected}`);
          }
          if (res.status < 300 && typeof res.body === 'object') {
            const text = JSON.stringify(res.body);
            const seen = forbiddenIds(world, p, route).filter((id) => text.includes(id));
            if (seen.length) problems.push(`out-of-scope ids in the answer: ${seen.join(', ')}`);
          }
          if (problems.length) (problems[0]!.startsWith('out-of-scope') ? leaks : wrong).push(`${key}: ${problems.join('; ')}`);
        }
        observed.get(route)!.set(scope, statuses);
      }
      if (process.env.NTAG_MATRIX_TIMES) console.log(`${route}: ${Date.now() - t0} ms`);
    }
    if (record) {
      const header = `| route | scope | ${PERSONAS.join(' | ')} |\n|---|---|${PERSONAS.map(() => '---').join('|')}|`;
      fs.writeFileSync(record, [header, ...[...observed].flatMap(([r, rows]) => formatRows(r, rows))].join('\n') + '\n');
    }
    const scopes = new Set([...observed.values()].flatMap((m) => [...m.keys()]));
    console.log(
      `scope matrix: ${observed.size} routes × ${PERSONAS.length} personas × scopes ${[...scopes].join('/')} = ${cells} requests ` +
        `(${[...observed.values()].reduce((n, m) => n + m.size, 0)} route-scope rows) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(leaks, 'answers that carry ids of objects outside the persona\'s scope').toEqual([]);
    expect(wrong, 'cells that answer otherwise than scope-matrix.table.md').toEqual([]);
  });
});
