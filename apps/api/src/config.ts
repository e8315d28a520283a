import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** `off`: no demo data; `accounts`: the README's demo accounts; `full`: those and the living demo. */
export type DemoData = 'off' | 'accounts' | 'full';

/** The environment, validated once at start; the process refuses to start on bad config. */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z.string().url().optional(),
    /** A PostgreSQL read replica (streaming): dashboards, progress, open data and exports read from it (docs/adr/0025). */
    DATABASE_READ_URL: z.string().url().optional(),
    READ_YOUR_WRITES_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    JOBS_CRON_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must have at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
    /** `full` (or true): the demo accounts and the living demo; `accounts`: the accounts only; false: nothing. */
    DEMO_DATA: z
      .enum(['full', 'accounts', 'true', 'false', '1', '0', 'yes', 'no'])
      .transform((v): DemoData => (v === 'accounts' ? 'accounts' : ['true', '1', 'yes', 'full'].includes(v) ? 'full' : 'off'))
      .optional(),
    COOKIE_SECURE: bool.optional(),
    TRUST_PROXY: bool.default(false),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    LOGIN_IP_LIMIT: z.coerce.number().int().min(1).default(30),
    LOGIN_SLOWDOWN_AFTER: z.coerce.number().int().min(1).default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PUBLIC_URL: z.string().url().optional(),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('NTAG <no-reply@ntag.local>'),
    LINE_CHANNEL_TOKEN: z.string().min(10).optional(),
    LINE_API_BASE: z.string().url().default('https://api.line.me'),
    REMINDERS: bool.optional(),
    REMINDER_CRON: z.string().default('0 8 * * *'),
    WEB_DIST: z.string().optional(),
    ENQUIRY_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(5),
    ENQUIRY_LISTING_LIMIT: z.coerce.number().int().min(1).default(20),
    ENQUIRY_CRON: z.string().default('15 8 * * *'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'SESSION_SECRET is required in production' });
    }
    if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_READ_URL'], message: 'DATABASE_READ_URL needs DATABASE_URL (a replica of the PostgreSQL primary; PGlite has none)' });
    }
    if (env.NODE_ENV === 'production' && env.DEMO_DATA && env.DEMO_DATA !== 'off') {
      ctx.addIssue({ code: 'custom', path: ['DEMO_DATA'], message: 'demo accounts are never created in production' });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** The read replica, when there is one (docs/adr/0025). */
  databaseReadUrl?: string;
  /** After a session's write, its reads go to the primary this long (read-your-writes). */
  readYourWritesMs: number;
  /** Connections each process keeps to PostgreSQL (and as many again to the replica). */
  databasePoolMax: number;
  /** How often each process's job queue looks whether a schedule is due (pg-boss; once across processes). */
  jobsCronCheckSeconds: number;
  /** Undefined outside production when not set: the data directory then keeps a generated one. */
  sessionSecret?: string;
  sessionTtlMs: number;
  /** What demo data a start creates (never in production): docs/adr/0023. */
  demoData: DemoData;
  cookieSecure: boolean;
  trustProxy: boolean;
  /** Wrong passwords for one name from one address before that pair waits (docs/adr/0011). */
  loginMaxFailures: number;
  loginLockMs: number;
  /** Failed sign-ins allowed from one address per 5 minutes (successes do not count). */
  loginIpLimit: number;
  /** Failed sign-ins for one name from all addresses before its tries are spaced out. */
  loginSlowdownAfter: number;
  logLevel: string;
  webDist?: string;
  /** Links in e-mail and LINE messages point here. */
  publicUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  lineToken?: string;
  lineApiBase: string;
  /** The daily reminder job (pg-boss); off in tests. */
  reminders: boolean;
  reminderCron: string;
  /** Enquiries and abuse reports one address may send per hour (issue #14; counted in the database). */
  enquiryAddressLimit: number;
  /** Enquiries one product may receive per hour, from all addresses. */
  enquiryListingLimit: number;
  /** The daily enquiry job: late notices, expiry, the 12-month purge of buyers' contacts. */
  enquiryCron: string;
}

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    readYourWritesMs: e.READ_YOUR_WRITES_SECONDS * 1000,
    databasePoolMax: e.DATABASE_POOL_MAX,
    jobsCronCheckSeconds: e.JOBS_CRON_CHECK_SECONDS,
    sessionSecret: e.SESSION_SECRET,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    demoData: production ? 'off' : (e.DEMO_DATA ?? 'full'),
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMs: e.LOGIN_LOCK_MINUTES * 60_000,
    loginIpLimit: e.LOGIN_IP_LIMIT,
    loginSlowdownAfter: e.LOGIN_SLOWDOWN_AFTER,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    publicUrl: e.PUBLIC_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    lineToken: e.LINE_CHANNEL_TOKEN,
    lineApiBase: e.LINE_API_BASE,
    reminders: e.REMINDERS ?? e.NODE_ENV !== 'test',
    reminderCron: e.REMINDER_CRON,
    enquiryAddressLimit: e.ENQUIRY_ADDRESS_LIMIT,
    enquiryListingLimit: e.ENQUIRY_LISTING_LIMIT,
    enquiryCron: e.ENQUIRY_CRON,
  };
}
