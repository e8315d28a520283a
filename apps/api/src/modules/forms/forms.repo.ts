import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appUser, reportVersion } from '../../db/schema';

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
