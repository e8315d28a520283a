import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { randomToken } from './ids';

/**
 * The session secret: SESSION_SECRET when set (required in production); otherwise one
 * generated once and kept in the data directory, so sessions survive a restart.
 */
export function resolveSessionSecret(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = path.join(config.dataDir, 'session-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const secret = randomToken(48);
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
