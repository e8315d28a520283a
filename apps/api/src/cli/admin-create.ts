/**
 * npm run admin:create -- USERNAME [DISPLAY NAME]
 * Creates a system administrator (the way the first account comes to exist in production).
 * The password is read from ADMIN_PASSWORD or asked for on the terminal.
 */
import readline from 'node:readline/promises';
import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '@ntag/shared';
import { loadConfig } from '../config';
import { appUser, roleGrant } from '../db/schema';
import { openConfiguredDatabase } from '../db/open';
import { audit } from '../lib/audit';
import { newId } from '../lib/ids';
import { hashPassword } from '../lib/passwords';
import { findUserByUsername } from '../modules/auth/auth.repo';

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const pw = await rl.question('Password for the new administrator: ');
  rl.close();
  return pw;
}

async function main() {
  const [usernameArg, ...nameParts] = process.argv.slice(2);
  const username = (usernameArg ?? '').toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    console.error('usage: npm run admin:create -- USERNAME [DISPLAY NAME]  (3–64 of a-z 0-9 . _ -)');
    process.exit(2);
  }
  const password = await askPassword();
  if (password.length < PASSWORD_MIN_LENGTH) {
    console.error(`the password needs at least ${PASSWORD_MIN_LENGTH} characters`);
    process.exit(2);
  }
  const database = await openConfiguredDatabase(loadConfig(), () => {});
  try {
    if (await findUserByUsername(database.db, username)) {
      console.error(`user ${username} already exists`);
      process.exitCode = 1;
      return;
    }
    const id = newId();
    const passwordHash = await hashPassword(password);
    await database.db.transaction(async (tx) => {
      await tx.insert(appUser).values({ id, username, displayName: nameParts.join(' ') || username, passwordHash, homeUnitCode: 'TH', homeUnitKind: 'country' });
      await tx.insert(roleGrant).values({ id: newId(), userId: id, role: 'admin', unitCode: 'TH', unitKind: 'country' });
      await audit(tx, { actor: null, requestId: 'admin:create' }, { verb: 'user.create', targetType: 'user', targetId: id, after: { username, role: 'admin' } });
    });
    console.log(`administrator ${username} created`);
  } finally {
    await database.shutdown();
  }
}

main().catch((err) => {
  console.error(`admin:create failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
