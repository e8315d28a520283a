import { sql, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { rowsOf } from '../../src/db/client';
import type { Response, TestContext } from './app';

/**
 * Concurrent-create helpers (issue #8): N identical requests at once through app.inject. On
 * PostgreSQL the test database's pool has 4 connections, so the requests truly run side by side
 * in separate transactions; on PGlite their statements interleave between awaits.
 */
export const N = 6;

export const race = (fire: () => Promise<Response>, n = N) => Promise.all(Array.from({ length: n }, fire));

/** Statuses, sorted, e.g. [200, 200, 201]; fails the test with the bodies on any 5xx. */
export function statusesOf(responses: Response[]): number[] {
  for (const r of responses) expect(r.status, `${r.status} ${JSON.stringify(r.body)}`).toBeLessThan(500);
  return responses.map((r) => r.status).sort((a, b) => a - b);
}

/** Exactly one request created (`created`, e.g. 201) and every other one answered `others`. */
export function expectOneWinner(responses: Response[], created: number, others: number, code?: string) {
  const statuses = statusesOf(responses);
  expect(statuses).toEqual([created, ...Array(responses.length - 1).fill(others)].sort((a, b) => a - b));
  if (code) for (const r of responses.filter((x) => x.status === others)) expect(r.body.code).toBe(code);
}

export async function countRows(ctx: TestContext, query: SQL): Promise<number> {
  return Number(rowsOf<{ n: number }>(await ctx.database.db.execute(sql`select count(*)::int as n from (${query}) as q`))[0]!.n);
}
