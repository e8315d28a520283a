/**
 * The map's colours. Zero has the lightest colour of its own; values above zero fall in up to
 * four darker steps between zero and the largest value, with round limits so the legend reads
 * "1–5, 6–10 …". Provinces without figures are grey:
 * "no groups" and "nothing yet" differ.
 */
export const NO_DATA_COLOUR = '#e9ecef';

/** Sequential palettes, light to dark; the first is zero's. */
export const PALETTES = {
  green: ['#e3f4ec', '#a8dcc3', '#5fbb93', '#178f63', '#005a40'],
  red: ['#fde8e4', '#f8b4a6', '#ef7a63', '#d1452d', '#8f2410'],
} as const;
export type Palette = keyof typeof PALETTES;

/** Round tops: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^n (close enough that the top step is used). */
const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** Rounds up to the next round top. */
export function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return NICE.find((step) => value <= step * power + 1e-9)! * power;
}

/**
 * The upper limits of the steps above zero. Counts (whole numbers) get whole limits, so a
 * largest value of 3 gives 1, 2, 3 rather than 0.75, 1.5 …; repeated limits collapse.
 */
export function scaleLimits(max: number, whole = true, steps = 4): number[] {
  if (max <= 0) return [];
  const top = whole && max <= steps ? max : niceCeil(max);
  const limits = Array.from({ length: steps }, (_, i) => (top * (i + 1)) / steps).map((v) => (whole ? Math.ceil(v) : v));
  return [...new Set(limits)];
}

/** The step a value above zero falls in (0 = the first above zero); above the top: the last. */
export function stepOf(value: number, limits: readonly number[]): number {
  const i = limits.findIndex((limit) => value <= limit);
  return i === -1 ? limits.length - 1 : i;
}

export interface MapScale {
  limits: number[];
  /** One colour per limit, light to dark. */
  colours: string[];
  zero: string;
  colourOf: (value: number) => string;
  /** Dark steps carry white text, light ones dark text. */
  textOf: (colour: string) => string;
}

export function mapScale(max: number, palette: Palette, whole = true): MapScale {
  const all = PALETTES[palette];
  const limits = scaleLimits(max, whole);
  // The darker colours, spread so that the top step is always the darkest.
  const darker = all.slice(1);
  const colours = limits.map((_, i) => darker[limits.length === 1 ? darker.length - 1 : Math.round((i * (darker.length - 1)) / (limits.length - 1))]!);
  return {
    limits,
    colours,
    zero: all[0],
    colourOf: (value) => (value <= 0 ? all[0] : colours[stepOf(value, limits)]!),
    textOf: (colour) => (all.indexOf(colour as never) >= 3 ? '#ffffff' : '#1a1b1e'),
  };
}
