import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appUser, reportVersion, selectionResultVersion } from '../../db/schema';

/**
 * Who signs a submitted report as ผู้รายงาน: the submitting user's signer name and position
 * (PUT /api/me/signer), or null when they gave none (issue 15).
 */
export async function versionSigner(db: Executor, reportId: string, number: number): Promise<{ name: string; position: string } | null> {
  const [row] = await db
    .select({ name: appUser.signerName, position: appUser.signerPosition })
    .from(reportVersion)
    .innerJoin(appUser, eq(appUser.id, reportVersion.submittedBy))
    .where(and(eq(reportVersion.reportId, reportId), eq(reportVersion.number, number)));
  return row?.name ? { name: row.name, position: row.position ?? '' } : null;
}

/** The same for a submitted selection result (issue 13's form): its submitter's signer. */
export async function resultVersionSigner(db: Executor, resultId: string, number: number): Promise<{ name: string; position: string } | null> {
  const [row] = await db
    .select({ name: appUser.signerName, position: appUser.signerPosition })
    .from(selectionResultVersion)
    .innerJoin(appUser, eq(appUser.id, selectionResultVersion.submittedBy))
    .where(and(eq(selectionResultVersion.resultId, resultId), eq(selectionResultVersion.number, number)));
  return row?.name ? { name: row.name, position: row.position ?? '' } : null;
}
