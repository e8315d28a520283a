import { formatMonth } from '@ntag/shared';

/**
 * Download file names (issue 15; outside checks rely on them): the form's code, the tambon,
 * group, farmer or unit's name and the Buddhist-era year (or month), e.g.
 * `กท.02-นางสมใจ ใจดี-2569.pdf`. Sent as a UTF-8 `filename*=` in Content-Disposition with an
 * ASCII `filename=` for old clients.
 */

/** Characters no file system accepts, and control characters, become a dash; spaces stay. */
export const safeName = (s: string): string =>
  [...s]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? '-' : c))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);

/** `กท.02`, a name, a BE year or month, the extension: parts joined with dashes. */
export function formFileName(parts: (string | number | null | undefined)[], ext: 'pdf' | 'xlsx'): string {
  return `${parts.filter((p) => p !== null && p !== undefined && String(p).trim() !== '').map((p) => safeName(String(p))).join('-')}.${ext}`;
}

/** A report month as it is printed: "ตุลาคม 2569". */
export const monthBe = (period: string): string => formatMonth(period);

/** `attachment` or `inline`, with the UTF-8 name and an ASCII stand-in. */
export function contentDisposition(fileName: string, asciiName: string, inline: boolean): string {
  const ascii = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
