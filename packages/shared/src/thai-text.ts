/** Thai digits (๐–๙) to Arabic digits: field forms and spreadsheets use both. */
export function normalizeDigits(value: string): string {
  return value.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** A name as compared for duplicates: no spaces, Thai digits normalised, lower-case Latin. */
export function nameKey(value: string): string {
  return normalizeDigits(value).replace(/\s+/g, '').toLowerCase();
}
