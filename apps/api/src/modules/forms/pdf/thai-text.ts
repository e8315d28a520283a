/**
 * Thai line breaking for pdfmake.
 *
 * Thai is written without spaces between words. pdfmake finds break opportunities with the
 * `linebreak` package (UAX #14), which maps Thai (class SA) to "alphabetic": a whole Thai
 * sentence is one unbreakable "word", and when it does not fit pdfmake cuts it at whatever
 * character fills the line — mid-word, even between a consonant and its vowel or tone mark.
 *
 * Fix: find the words with `Intl.Segmenter('th', { granularity: 'word' })` (ICU's dictionary)
 * and put a ZERO WIDTH SPACE (U+200B, class ZW: "break after") between them. Sarabun has no
 * glyph for U+200B (pdfkit would draw .notdef boxes), so each U+200B is its own inline set in
 * Noto Sans Thai, whose U+200B is an empty zero-width glyph. pdfmake keeps a word glued to the
 * following U+200B (it re-checks breaks across inline boundaries) and may break right after it,
 * so lines end only between words. Text extraction drops the U+200B: copy-paste stays clean.
 */
import { BREAK_FONT } from './engine';

export type Inline = string | { text: string; font: string };

const ZWSP = '\u200B';
const BREAK: Inline = { text: ZWSP, font: BREAK_FONT };
const THAI = /[\u0E00-\u0E7F]/;

/**
 * Program terms that the dictionary splits (เกษตร|ทฤษฎี|ใหม่) but a reader takes as one name:
 * never break inside them.
 */
export const KEEP_TOGETHER = ['เกษตรทฤษฎีใหม่', 'วิสาหกิจชุมชน', 'ตำบลต้นแบบ', 'แหล่งเรียนรู้'];

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** The same labels recur on every page of a bundle; segmenting is the costly part. */
const cache = new Map<string, Inline[]>();
const CACHE_LIMIT = 5000;

/**
 * Rough width of a phrase in points: Sarabun's Thai letters average about half an em (measured:
 * "เกษตรทฤษฎีใหม่" is 68 pt at 10 pt). Only used to decide whether a kept-together phrase can fit.
 */
const estimateWidth = (phrase: string, fontSize: number): number => phrase.length * 0.5 * fontSize;

/**
 * Offsets (in UTF-16 units) where a line may break: between two dictionary words, except inside
 * a KEEP_TOGETHER phrase when `protect` is true.
 */
export function breakOffsets(text: string, protect = true): number[] {
  const protectedSpans: [number, number][] = [];
  if (protect) {
    for (const phrase of KEEP_TOGETHER) {
      for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
        protectedSpans.push([i, i + phrase.length]);
      }
    }
  }
  const offsets: number[] = [];
  let prevWordLike = false;
  for (const seg of segmenter.segment(text)) {
    const wordLike = seg.isWordLike === true;
    // Spaces already break; punctuation stays with its word (no line starting with ")" or ",").
    const inside = protectedSpans.some(([a, b]) => seg.index > a && seg.index < b);
    if (prevWordLike && wordLike && !inside && seg.index > 0) offsets.push(seg.index);
    prevWordLike = wordLike;
  }
  return offsets;
}

/** Text as pdfmake inlines with zero-width breaks between Thai words. */
export function thaiInlines(text: string, protect = true): Inline[] {
  if (!THAI.test(text)) return [text];
  const key = (protect ? 'p' : 'n') + text;
  const hit = cache.get(key);
  // pdfmake annotates the nodes it is given: hand out fresh objects, never the cached ones.
  if (hit) return hit.map((r) => (typeof r === 'string' ? r : { ...r }));
  const runs: Inline[] = [];
  let last = 0;
  for (const at of breakOffsets(text, protect)) {
    runs.push(text.slice(last, at), BREAK);
    last = at;
  }
  runs.push(text.slice(last));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, runs);
  return runs.map((r) => (typeof r === 'string' ? r : { ...r }));
}

/**
 * A pdfmake text node for running Thai text (table cells, paragraphs, headings). `fit` is the
 * width (pt) of a narrow cell: a kept-together phrase wider than the cell is allowed to break
 * between its words, since pdfmake would otherwise cut it at an arbitrary character.
 */
export function th(text: string, style: Record<string, unknown> = {}, fit?: number): Record<string, unknown> {
  let protect = true;
  if (fit !== undefined) {
    const size = typeof style.fontSize === 'number' ? style.fontSize : 14;
    protect = KEEP_TOGETHER.every((p) => !text.includes(p) || estimateWidth(p, size) <= fit);
  }
  return { text: thaiInlines(text, protect), ...style };
}

/**
 * Names, ids and dates are not run through the dictionary: a name is broken only at its spaces
 * (นางสมใจ | ใจดี), and dates/ids not at all (no-break spaces).
 */
export const keep = (text: string): string => text.replace(/ /g, '\u00A0');

/** Thai marks drawn above or below their consonant: no advance of their own. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/**
 * Width of a run in Sarabun, in points, a little generous (measured with fontkit: digits 0.55 em,
 * Thai consonants and vowels up to 0.58 em, marks above and below 0, dash 0.34 em, space 0.24 em).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += COMBINING.test(c) ? 0 : /[\s\-–.,()/:]/.test(c) ? 0.36 : 0.59;
  return em * fontSize;
}

/**
 * A name, a date, an id or a number that must print whole (issue 15): no break inside it, or —
 * with `breakAt: 'spaces'`, for a person's name — only at its spaces (นางสมใจ | ใจดี), never
 * inside a word. When the widest unbreakable part would not fit `width` (pt, the cell's inner
 * width) at `fontSize`, the font is made smaller until it does, rather than letting pdfmake cut
 * it at an arbitrary letter.
 */
export function whole(text: string, width: number, fontSize: number, opts: { breakAt?: 'spaces' | 'none'; style?: Record<string, unknown> } = {}): Record<string, unknown> {
  const parts = opts.breakAt === 'spaces' ? text.split(/ +/) : [text];
  const widest = Math.max(...parts.map((p) => textWidth(p, fontSize)));
  const size = widest > width ? Math.max(7, Math.floor((fontSize * width * 10) / widest) / 10) : fontSize;
  return { text: opts.breakAt === 'spaces' ? parts.map(keep).join(' ') : keep(text), ...(size !== fontSize ? { fontSize: size } : {}), ...opts.style };
}
