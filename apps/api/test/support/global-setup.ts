import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client';
import { databaseUrl, prepare, withAdminClient } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dumped data directory every test file loads. PostgreSQL: the template database's name. */
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}

/**
 * Runs once per `npm test`: migrates and seeds one database, which every test file then copies
 * (PGlite: loadDataDir from a dump; PostgreSQL: CREATE DATABASE … TEMPLATE). Each run and each
 * file gets a fresh database; nothing is shared between runs.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `ntag_test_${process.pid}_${Date.now()}`;
    await withAdminClient(url, (db) => db.db.execute(sql.raw(`create database ${template}`)));
    const database = await openDatabase({ kind: 'postgres', url: databaseUrl(url, template), max: 2 });
    await prepare(database);
    await database.close();
    project.provide('dbTemplate', { kind: 'postgres', url, template });
    return async () => {
      await withAdminClient(url, async (db) => {
        const res = await db.db.execute(sql.raw(`select datname from pg_database where datname like '${template}%'`));
        const rows = (res as unknown as { rows: { datname: string }[] }).rows;
        for (const r of rows) await db.db.execute(sql.raw(`drop database if exists ${r.datname} with (force)`));
      });
    };
  }
  const database = await openDatabase({ kind: 'pglite' });
  await prepare(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntag-test-'));
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('dbTemplate', { kind: 'pglite', file });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
