import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, ROLES, UNIT_KINDS, USERNAME_PATTERN } from '@ntag/shared';
import { Paging, UnitRef, Version, paged } from '../common.schemas';

export const RoleGrantOut = z.object({
  id: z.uuid(),
  role: z.enum(ROLES),
  unitCode: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  unitNameTh: z.string(),
  unitNameEn: z.string().nullable(),
  grantedAt: z.string(),
});

export const UserOut = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  homeUnit: UnitRef,
  active: z.boolean(),
  /** Sign-in to this account is paused from at least one address after too many wrong passwords there (docs/adr/0011). */
  locked: z.boolean(),
  /** Where reminders reach the user besides the app. */
  email: z.string().nullable(),
  lineUserId: z.string().nullable(),
  roles: z.array(RoleGrantOut),
  /**
   * The caller may edit, disable, reset the password of, and grant or revoke roles of this user:
   * its home unit lies in the caller's scope and the caller has authority over every role it
   * holds (docs/PERMISSIONS.md). A user the caller may only read answers 403 user.not_manageable.
   */
  manageable: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
});

export const UserListQuery = z.object({
  /** An org unit code, as every other list's `unit` filter. */
  unit: z.string().trim().min(1).max(64).optional(),
  q: z.string().trim().max(100).optional(),
  ...Paging,
});
export const UserList = paged(UserOut);


const contact = {
  email: z.email('an e-mail address').max(200).nullable().optional(),
  /** The LINE user id the Official Account sees (U followed by 32 hex digits). */
  lineUserId: z.string().regex(/^U[0-9a-f]{32}$/, 'a LINE user id: U and 32 hex digits').nullable().optional(),
};

export const CreateUserBody = z.object({
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, '3–64 lower-case letters, digits, . _ -'),
  password: z.string().min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`).max(256),
  displayName: z.string().trim().min(1, 'required').max(200),
  /** The unit the account belongs to; defaults to the creator's own unit. */
  unitCode: z.string().trim().min(1).max(64).optional(),
  ...contact,
});

export const UpdateUserBody = z.object({
  displayName: z.string().trim().min(1, 'required').max(200).optional(),
  active: z.boolean().optional(),
  ...contact,
  version: Version,
});

export const ResetPasswordBody = z.object({
  newPassword: z.string().min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`).max(256),
});

export const GrantRoleBody = z.object({
  role: z.enum(ROLES),
  unitCode: z.string().trim().min(1, 'required').max(64),
});

export const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });
