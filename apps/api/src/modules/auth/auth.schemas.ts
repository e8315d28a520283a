import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, ROLES, UNIT_KINDS } from '@ntag/shared';


export const LoginBody = z.object({
  username: z.string().trim().min(1, 'required').max(64),
  password: z.string().min(1, 'required').max(256),
});

export const LoginResponse = z.object({
  user: z.object({ id: z.uuid(), username: z.string(), displayName: z.string() }),
  csrfToken: z.string(),
});

export const CsrfResponse = z.object({ csrfToken: z.string() });

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'required').max(256),
  newPassword: z.string().min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`).max(256),
});

const UnitName = { nameTh: z.string(), nameEn: z.string().nullable() };

export const MeResponse = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    homeUnit: z.object({ code: z.string(), kind: z.enum(UNIT_KINDS).nullable(), ...UnitName }),
    /** Who signs the forms this user prints or sends (PUT /api/me/signer); null until given. */
    signer: z.object({ name: z.string(), position: z.string() }).nullable(),
  }),
  /** The same names as a user's role grants (GET /api/users). */
  roles: z.array(z.object({ role: z.enum(ROLES), unitCode: z.string(), unitKind: z.enum(UNIT_KINDS), unitNameTh: z.string(), unitNameEn: z.string().nullable() })),
  scope: z.object({ all: z.boolean(), prefixes: z.array(z.string()), agencies: z.array(z.string()), groups: z.array(z.string()) }),
  permissions: z.array(z.string()),
  /** The living demo was built on this database (docs/adr/0023): the web marks every page as demo data. */
  demo: z.boolean(),
});

export const Ok = z.object({ ok: z.literal(true) });

/** The name and position printed on the signature lines of the forms a user prints or sends (issue 15). */
export const SignerBody = z.object({
  name: z.string().trim().min(3, 'the full name as it is signed (at least 3 characters)').max(150),
  position: z.string().trim().min(2, 'the official position (at least 2 characters)').max(200),
});
export const SignerOut = z.object({ name: z.string(), position: z.string() });
