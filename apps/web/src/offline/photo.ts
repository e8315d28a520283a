/**
 * A photo made small on the phone before it is queued: at most 1,280 px on the long side,
 * JPEG at quality 0.7 (a 4 MB camera photo becomes about 150–300 KB), so a week of sessions
 * fits on a cheap phone and goes up on a weak signal. The server re-encodes it again
 * (apps/api learning/photos.ts); EXIF is dropped by the canvas.
 */
export const MAX_SIDE = 1280;
export const QUALITY = 0.7;

export function fitInside(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function shrinkPhoto(file: Blob): Promise<{ blob: Blob; width: number; height: number }> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const size = fitInside(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', QUALITY));
  return { blob, ...size };
}
