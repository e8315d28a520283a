/**
 * The PDF engine: pdfmake with fonts from npm packages, loaded once into pdfmake's virtual file
 * system so that no document can reach the disk or the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadPdfmake } from '../../../lib/lazy';

const require = createRequire(import.meta.url);

/** Body font: Sarabun, the Thai government's document face (Google's build). */
export const BODY_FONT = 'NtagSarabun';
/**
 * Sarabun has no glyph for U+200B; Noto Sans Thai has one (zero width, empty). Only the
 * zero-width break characters are set in it, see thai-text.ts.
 */
export const BREAK_FONT = 'NtagNotoSansThai';

const FILES: Record<string, string> = {
  'ntag-sarabun-400.ttf': '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
  'ntag-sarabun-700.ttf': '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf',
  'ntag-sarabun-400i.ttf': '@expo-google-fonts/sarabun/400Regular_Italic/Sarabun_400Regular_Italic.ttf',
  'ntag-sarabun-700i.ttf': '@expo-google-fonts/sarabun/700Bold_Italic/Sarabun_700Bold_Italic.ttf',
  'ntag-noto-thai-400.ttf': '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
};

const FONTS = {
  [BODY_FONT]: {
    normal: 'ntag-sarabun-400.ttf',
    bold: 'ntag-sarabun-700.ttf',
    italics: 'ntag-sarabun-400i.ttf',
    bolditalics: 'ntag-sarabun-700i.ttf',
  },
  [BREAK_FONT]: {
    normal: 'ntag-noto-thai-400.ttf',
    bold: 'ntag-noto-thai-400.ttf',
    italics: 'ntag-noto-thai-400.ttf',
    bolditalics: 'ntag-noto-thai-400.ttf',
  },
};

let loaded = false;

async function pdfmakeWithFonts() {
  const pdfmake = await loadPdfmake();
  if (loaded) return pdfmake;
  for (const [name, spec] of Object.entries(FILES)) {
    pdfmake.virtualfs.writeFileSync(name, readFileSync(require.resolve(spec)));
  }
  // Forms embed nothing but these fonts: deny every URL and local path a document might name.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  loaded = true;
  return pdfmake;
}

export interface PdfMeta {
  title: string;
  author: string;
  subject?: string;
  /** ISO timestamp: the document's creation date, so the same data gives the same file. */
  createdAt: string;
}

/** Lays out and renders a document definition; resolves with the PDF bytes. */
export async function renderPdf(doc: Record<string, unknown>, meta: PdfMeta): Promise<Buffer> {
  const pdfmake = await pdfmakeWithFonts();
  // pdfmake keeps its fonts on a process-wide singleton: (re)register ours right before use so
  // another caller's setFonts() cannot take them away.
  pdfmake.addFonts(FONTS);
  const created = new Date(meta.createdAt);
  const info = {
    title: meta.title,
    author: meta.author,
    subject: meta.subject ?? meta.title,
    creator: 'NTAG',
    producer: 'NTAG (pdfmake)',
    ...(Number.isNaN(created.getTime()) ? {} : { creationDate: created, modDate: created }),
  };
  const out = pdfmake.createPdf({ language: 'th-TH', ...doc, info });
  // getStream() resolves once the pages are laid out and drawn, before the fonts are embedded.
  fixThaiToUnicode(await out.getStream());
  return out.getBuffer();
}

const SARA_AM = 0x0e33;
const NIKHAHIT = 0x0e4d;

interface EmbeddedFontLike {
  unicode: number[][];
  subset: { glyphs: number[] };
  font: { glyphForCodePoint(cp: number): { id: number } };
}

/** Glyph id → the Thai character the font's cmap draws with it (fontkit has no public reverse map). */
const thaiByGlyph = new WeakMap<object, Map<number, number>>();
function thaiGlyphs(font: EmbeddedFontLike['font']): Map<number, number> {
  let map = thaiByGlyph.get(font);
  if (!map) {
    map = new Map();
    for (let cp = 0x0e01; cp <= 0x0e5b; cp++) {
      const id = font.glyphForCodePoint(cp).id;
      if (id !== 0 && !map.has(id)) map.set(id, cp);
    }
    thaiByGlyph.set(font, map);
  }
  return map;
}

/**
 * Makes the text layer (copy, search, pdftotext) say what the glyphs draw.
 *
 * Sarabun draws ำ (SARA AM) as two glyphs, nikhahit + sara aa. fontkit labels the nikhahit with
 * U+0E33 and the sara aa with nothing, and pdfkit maps each glyph to the first label it meets:
 * when an ำ comes before the document's first า, every า then extracts as nothing ("นา" → "น").
 * Here a Thai glyph with no label gets its own character, and a nikhahit labelled ำ becomes
 * U+0E4D, so "ตำบล" extracts as ต + ํ + า + บล — drawn identically, the usual spelling in PDFs.
 */
export function fixThaiToUnicode(pdfDoc: unknown): void {
  const cache = (pdfDoc as { fontCache?: Record<string, Record<string, EmbeddedFontLike>> }).fontCache ?? {};
  for (const family of Object.values(cache)) {
    for (const f of Object.values(family)) {
      if (!Array.isArray(f?.unicode) || !f.subset || !f.font) continue;
      const own = thaiGlyphs(f.font);
      f.unicode.forEach((mapped, gid) => {
        const original = f.subset.glyphs[gid];
        if (original === undefined || gid === 0) return;
        const drawn = own.get(original);
        if (mapped.length === 0 && drawn !== undefined) f.unicode[gid] = [drawn];
        else if (mapped.includes(SARA_AM) && drawn !== SARA_AM) f.unicode[gid] = mapped.map((c) => (c === SARA_AM ? NIKHAHIT : c));
      });
    }
  }
}
