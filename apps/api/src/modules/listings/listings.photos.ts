import { loadSharp } from '../../lib/lazy';
import { normalisePhoto } from '../learning/photos';

export const MAX_PHOTOS_PER_LISTING = 5;

/**
 * A product photo as learning photos are kept (docs/adr/0007: re-encoded JPEG, no EXIF, in the
 * database), plus the two small sizes the public pages show: a phone on weak signal loads a
 * 640-px card (~30–45 KB) on the product page and 160-px squares (~4–5 KB) in lists, never the
 * full photo unless asked.
 */
export async function productPhoto(input: Buffer) {
  const full = await normalisePhoto(input);
  const sharp = await loadSharp();
  const [card, thumb] = await Promise.all([
    sharp(full.bytes).resize({ width: 640, height: 640, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 65, mozjpeg: true }).toBuffer(),
    sharp(full.bytes).resize({ width: 160, height: 160, fit: 'cover' }).jpeg({ quality: 50, mozjpeg: true }).toBuffer(),
  ]);
  return { ...full, card, thumb };
}
