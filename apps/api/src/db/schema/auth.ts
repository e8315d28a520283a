import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey(),
    /** Stored lower-case; sign-in compares lower-case. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The unit the user belongs to: decides who may see and manage the account. */
    homeUnitCode: text('home_unit_code').notNull(),
    homeUnitKind: text('home_unit_kind').notNull(),
    active: boolean('active').notNull().default(true),
    /** Where reminders go besides the in-app list: e-mail (SMTP) and LINE (Messaging API push). */
    email: text('email'),
    lineUserId: text('line_user_id'),
    /** Who signs the printed forms: the officer's real name and position (asked once; PUT /api/me/signer). */
    signerName: text('signer_name'),
    signerPosition: text('signer_position'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('app_user_username_uq').on(t.username), index('app_user_home_idx').on(t.homeUnitCode)],
);

/** A role granted on an org unit; it covers every unit below that one. */
export const roleGrant = pgTable(
  'role_grant',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => appUser.id),
    role: text('role').notNull(),
    unitCode: text('unit_code').notNull(),
    unitKind: text('unit_kind').notNull(),
    grantedBy: uuid('granted_by').references(() => appUser.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('role_grant_uq').on(t.userId, t.role, t.unitCode), index('role_grant_unit_idx').on(t.unitCode)],
);

/**
 * Server-side sessions. `id` is an HMAC of the cookie's token with the session secret, so a
 * copy of this table does not give working cookies.
 */
export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => appUser.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts not (yet) proven right, by the name typed and the address it came from:
 * the memory of the sign-in limits (docs/adr/0011-sign-in-limits.md). A row is written before
 * the password is checked, so that parallel guesses see each other; a refused attempt removes
 * its row, a successful sign-in removes the rows of its name and address. Kept in the database
 * so that every API process applies the same limits.
 */
export const loginAttempt = pgTable(
  'login_attempt',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** As typed, trimmed and lower-cased: unknown names are limited exactly like real ones. */
    username: text('username').notNull(),
    /** The client address; IPv6 by its /64 (one subscriber). */
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempt_user_idx').on(t.username, t.at), index('login_attempt_address_idx').on(t.address, t.at), index('login_attempt_at_idx').on(t.at)],
);

/** Name and address pairs that signed in successfully: exempt from the limits shared with others. */
export const loginKnownAddress = pgTable(
  'login_known_address',
  {
    username: text('username').notNull(),
    address: text('address').notNull(),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.username, t.address] }), index('login_known_address_at_idx').on(t.lastSuccessAt)],
);

/**
 * One-off facts about this installation, by key: `demo.built` marks that the living demo was
 * built (or deliberately skipped because the database already held work), so it is built once.
 */
export const systemMarker = pgTable('system_marker', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});
