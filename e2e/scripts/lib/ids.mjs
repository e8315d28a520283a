// Ids the demo data is made with: national ids that pass the checksum, and record ids that stay
// the same from run to run (so that a second run of a seed script finds its records again).
import { createHash } from 'node:crypto';

/** A valid Thai national id from its first 12 digits (mod-11 check digit). */
export function nationalId(first12) {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

/** A stable UUID (v4 layout) from a name: the same record on every run. */
export function idOf(name) {
  const h = createHash('sha256').update(`ntag-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
