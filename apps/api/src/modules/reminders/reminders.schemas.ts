import { z } from 'zod';
import { REMINDER_KINDS } from '@ntag/shared';

/** What reminders the signed-in user will get, and where (issue 13: "users can see what reminders they will get"). */
export const MyRemindersOut = z.object({
  /** The daily job runs on this server (REMINDERS). */
  enabled: z.boolean(),
  today: z.string(),
  channels: z.object({
    inApp: z.boolean(),
    /** E-mail is configured on the server and the account has an address. */
    email: z.boolean(),
    /** LINE is configured on the server and the account has a LINE user id. */
    line: z.boolean(),
  }),
  items: z.array(z.object({
    kind: z.enum(REMINDER_KINDS),
    unit: z.object({ code: z.string(), nameTh: z.string() }),
    /** What it is about, in Thai. */
    title: z.string(),
    /** The next day it goes out (null: no date ahead). */
    nextOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    cohort: z.number().int().nullable(),
    step: z.number().int().nullable(),
    /** For a step: the groups of the unit not yet done with it today (the reminder names them). */
    groups: z.number().int().nullable(),
  })),
});
