import type { Me } from '../../api/contract';

/**
 * Whether a province, district or tambon code lies in (or contains part of) my scope, from the
 * prefixes of /api/me: a district officer of 4001 sees province 40 (to reach 4001), district
 * 4001 and its tambons 4001xx, and nothing else. The API applies the same rule and answers 404
 * outside it; this only keeps the pickers from offering what would fail.
 */
export function codeInScope(me: Me | undefined, code: string): boolean {
  if (!me) return false;
  if (me.scope.all) return true;
  return me.scope.prefixes.some((p) => p.startsWith(code) || code.startsWith(p));
}

/** The geographic unit the user works in (province, district or tambon code), if any. */
export function homeAreaCode(me: Me | undefined): string | undefined {
  const home = me?.user.homeUnit;
  if (!home) return undefined;
  return home.kind === 'province' || home.kind === 'district' || home.kind === 'tambon' ? home.code : undefined;
}
