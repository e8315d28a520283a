import { z } from 'zod';
import { IsoDate } from '../common.schemas';
import { ONLINE_KINDS } from '@ntag/shared';
import { Version } from '../common.schemas';

export const EnterpriseBody = z.object({
  informedOn: IsoDate.nullable().optional(),
  appliedOn: IsoDate.nullable().optional(),
  registeredOn: IsoDate.nullable().optional(),
  /** 12 digits, with or without dashes and the slash (4-40-01-01/1-0023). */
  registrationCode: z.string().trim().max(30).nullable().optional(),
  marketsItself: z.boolean().default(false),
  ownChannels: z.array(z.enum(ONLINE_KINDS)).max(ONLINE_KINDS.length).default([]),
  /** Absent to start the record; the version read to change it. */
  version: Version.optional(),
});
export type EnterpriseInput = z.output<typeof EnterpriseBody>;

export const EnterpriseOut = z.object({
  groupId: z.uuid(),
  exists: z.boolean(),
  informedOn: z.string().nullable(),
  appliedOn: z.string().nullable(),
  registeredOn: z.string().nullable(),
  registrationCode: z.string().nullable(),
  /** The code as the certificate prints it: X-XX-XX-XX/X-XXXX. */
  registrationCodeDisplay: z.string().nullable(),
  marketsItself: z.boolean(),
  ownChannels: z.array(z.enum(ONLINE_KINDS)),
  version: z.number().int(),
});
