import { loadSharp } from '../../lib/lazy';
import { AppError } from '../../lib/errors';

/** Photos are re-encoded: at most 1,600 px on the long side, JPEG, no EXIF (no GPS, no camera). */
const MAX_SIDE = 1600;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS_PER_SESSION = 5;

export async function normalisePhoto(input: Buffer): Promise<{ bytes: Buffer; mime: string; width: number; height: number }> {
  const sharp = await loadSharp();
  let meta;
  try {
    meta = await sharp(input).metadata();
  } catch {
    throw notImage();
  }
  if (!meta.format || !['jpeg', 'png', 'webp'].includes(meta.format)) throw notImage();
  const { data, info } = await sharp(input)
    .rotate() // honour the camera's orientation before EXIF is dropped
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, mime: 'image/jpeg', width: info.width, height: info.height };
}

const notImage = () => new AppError('photo.not_image', 400, { issues: [{ path: 'file', message: 'a JPEG, PNG or WebP image' }] });
