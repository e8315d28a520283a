/**
 * The kill drill of the cluster demo and of its CI test (issue 16): the reporting-day mix through
 * the proxy to two API processes, one of them SIGKILLed in the middle. Afterwards: every record
 * whose create was acknowledged is in the primary, the survivor answered everything after the
 * kill, and only requests in flight on the killed process went unanswered (502 from the proxy or
 * a dropped connection; a client retries those with the same id).
 */
import type { Database } from '../apps/api/src/db/client';
import type { ApiProcess, Proxy } from './cluster.lib';
import { countRecords, runReportingDay, type MixResult } from './reporting-day.lib';

export interface DrillResult {
  mix: MixResult;
  killedAtMs: number;
  /** Answers of each process before the kill and in all. */
  servedAtKill: Record<string, number>;
  servedInAll: Record<string, number>;
  /** The killed process's answers one second after the kill (answers already on the wire still arrive). */
  victimSettled: number;
  /** Requests the proxy could not complete (the ones in flight on the killed process). */
  proxyFailures: number;
  acknowledged: number;
  onPrimary: number;
  /** The unanswered creates sent again through the proxy (same ids): 200 = it had been saved, 201 = it had not. */
  replayed: { saved: number; notSaved: number; other: number; otherStatuses: number[] };
  /** All records the clients were told about (acknowledged + replayed), and how many the primary holds. */
  finallyAcknowledged: string[];
  finallyOnPrimary: number;
}

export async function killDrill(o: { proxy: Proxy; victim: ApiProcess; survivor: ApiProcess; primary: Database; connections: number; seconds: number; log: (m: string) => void }): Promise<DrillResult> {
  const { proxy, victim, survivor } = o;
  const snapshot = () => ({ [victim.name]: proxy.served.get(victim.port) ?? 0, [survivor.name]: proxy.served.get(survivor.port) ?? 0 });
  let killedAtMs = 0;
  let servedAtKill: Record<string, number> = {};
  let victimSettled = -1;
  const mix = await runReportingDay(proxy.url, o.primary, {
    connections: o.connections, seconds: o.seconds, log: o.log,
    during: (ms) => {
      if (killedAtMs || ms < (o.seconds * 1000) / 2) return;
      killedAtMs = ms;
      servedAtKill = snapshot();
      victim.kill();
      setTimeout(() => (victimSettled = proxy.served.get(victim.port) ?? 0), 1000);
      o.log(`  ${(ms / 1000).toFixed(1)} s: SIGKILL ${victim.name} (pid ${victim.child.pid}) after ${servedAtKill[victim.name]} answers`);
    },
  });
  const acknowledged = mix.acknowledged.length;
  const onPrimary = await countRecords(o.primary, mix.acknowledged);
  const servedInAll = snapshot();
  // What a phone does with a create that got no answer: send it again, same id.
  const replayed = { saved: 0, notSaved: 0, other: 0, otherStatuses: [] as number[] };
  const finallyAcknowledged = [...mix.acknowledged];
  for (const u of mix.unanswered) {
    const res = await fetch(`${proxy.url}${u.path}`, { method: 'POST', headers: u.headers, body: u.body });
    await res.arrayBuffer();
    if (res.status === 200) replayed.saved++;
    else if (res.status === 201) replayed.notSaved++;
    else {
      replayed.other++;
      replayed.otherStatuses.push(res.status);
    }
    if (res.status === 200 || res.status === 201) finallyAcknowledged.push(u.id);
  }
  const finallyOnPrimary = await countRecords(o.primary, finallyAcknowledged);
  return { mix, killedAtMs, servedAtKill, servedInAll, victimSettled, proxyFailures: proxy.failed, acknowledged, onPrimary, replayed, finallyAcknowledged, finallyOnPrimary };
}

export function printDrill(d: DrillResult, log: (m: string) => void): void {
  const [victim, survivor] = Object.keys(d.servedInAll) as [string, string];
  log(`kill drill: ${victim} killed at ${(d.killedAtMs / 1000).toFixed(1)} s`);
  log(`  ${victim} delivered ${d.victimSettled - d.servedAtKill[victim]!} answers already on the wire at the kill, none after`);
  log(`  answers before the kill: ${victim} ${d.servedAtKill[victim]}, ${survivor} ${d.servedAtKill[survivor]}; after it: ${victim} ${d.servedInAll[victim]! - d.servedAtKill[victim]!}, ${survivor} ${d.servedInAll[survivor]! - d.servedAtKill[survivor]!}`);
  log(`  unanswered (in flight on ${victim}): proxy 502s ${d.proxyFailures}, connection errors ${d.mix.errors}, timeouts ${d.mix.timeouts}; non-2xx in all ${d.mix.non2xx}`);
  log(`  acknowledged record creates: ${d.acknowledged}; on the primary: ${d.onPrimary}${d.onPrimary === d.acknowledged ? ' — every one' : ' — MISSING SOME'}`);
  log(`  unanswered record creates sent again (same ids): ${d.mix.unanswered.length} — ${d.replayed.saved} had been saved (200), ${d.replayed.notSaved} had not (201), ${d.replayed.other} other${d.replayed.other ? ` (${d.replayed.otherStatuses.join(', ')})` : ''}; all ${d.finallyAcknowledged.length} on the primary: ${d.finallyOnPrimary === d.finallyAcknowledged.length ? 'yes, once each' : 'NO'}`);
}
