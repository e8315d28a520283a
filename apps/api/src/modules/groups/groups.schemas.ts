import { z } from 'zod';
import { COMMITTEE_ROLES } from '@ntag/shared';
import { IsoDate, patchBody } from '../common.schemas';
import { TambonPlaces } from '../geo/geo.schemas';

const optionalText = (max: number) => z.string().trim().max(max).transform((v) => v || null).nullable().optional();

const groupFields = {
  name: z.string().trim().min(1, 'required').max(200),
  foundedOn: IsoDate.nullable().optional(),
  phone: optionalText(30),
  facebookPage: optionalText(300),
  lineOaId: optionalText(100),
  website: z.string().trim().max(300).refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), 'a web address starting with http:// or https://').transform((v) => v || null).nullable().optional(),
  learningCentre: optionalText(500),
  latitude: z.number().min(5).max(21).nullable().optional(),
  longitude: z.number().min(97).max(106).nullable().optional(),
};

export const CreateGroupBody = z.object({
  id: z.uuid(),
  tambonCode: z.string().regex(/^\d{6}$/, 'a 6-digit tambon code'),
  cohort: z.number().int().min(2500).max(2700),
  ...groupFields,
});
export type CreateGroupInput = z.output<typeof CreateGroupBody>;

export const UpdateGroupBody = patchBody(groupFields);
export type UpdateGroupInput = z.output<typeof UpdateGroupBody>;

export const GroupListQuery = z.object({
  unit: z.string().trim().min(1).max(64).optional(),
  cohort: z.coerce.number().int().min(2500).max(2700).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});

/**
 * `joinedOn`: the day the farmer joined (members count from its month). Left out: the group's
 * founding date while the group is being formed (no president yet: a founding member), else today.
 */
export const MemberBody = z.object({ farmerId: z.uuid(), joinedOn: IsoDate.optional() });
export const MemberParams = z.object({ id: z.uuid(), farmerId: z.uuid() });

export const CommitteeBody = z
  .array(z.object({ farmerId: z.uuid(), role: z.enum(COMMITTEE_ROLES), title: z.string().trim().max(100).nullable().optional() }))
  .max(30)
  .superRefine((seats, ctx) => {
    const seen = new Set<string>();
    seats.forEach((s, i) => {
      if (s.role === 'other' && !s.title) ctx.addIssue({ code: 'custom', path: [i, 'title'], message: 'a title is required for another role' });
      if (s.role !== 'other') {
        if (seen.has(s.role)) ctx.addIssue({ code: 'custom', path: [i, 'role'], message: `only one ${s.role}` });
        seen.add(s.role);
      }
    });
  });

export const MemberOut = z.object({
  farmerId: z.uuid(), fullName: z.string(), nationalId: z.string(), nationalIdMasked: z.boolean(), address: z.string(), joinedOn: z.string(),
});

export const CommitteeSeatOut = z.object({ farmerId: z.uuid(), fullName: z.string(), role: z.enum(COMMITTEE_ROLES), title: z.string().nullable() });

export const GroupSummaryOut = z.object({
  id: z.uuid(),
  name: z.string(),
  cohort: z.number().int(),
  ...TambonPlaces,
  foundedOn: z.string().nullable(),
  memberCount: z.number().int(),
  /** A group counts as formed once it has a president. */
  formed: z.boolean(),
  /** Its tambon is a target tambon of its cohort (a group elsewhere is allowed, and shown as such). */
  inTarget: z.boolean(),
  /** Its community enterprise registration code (X-XX-XX-XX/X-XXXX) once registered. */
  enterpriseCode: z.string().nullable(),
  version: z.number().int(),
});

export const GroupOut = GroupSummaryOut.extend({
  phone: z.string().nullable(),
  facebookPage: z.string().nullable(),
  lineOaId: z.string().nullable(),
  website: z.string().nullable(),
  learningCentre: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  members: z.array(MemberOut),
  committee: z.array(CommitteeSeatOut),
});
