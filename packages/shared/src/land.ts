/** Thai land units: 1 rai = 4 ngan = 400 square wa = 1,600 m²; 1 square wa = 4 m². */
export const SQM_PER_RAI = 1600;
export const SQM_PER_NGAN = 400;
export const SQM_PER_WA = 4;

export function toSquareMetres(rai: number, ngan: number, wa: number): number {
  return rai * SQM_PER_RAI + ngan * SQM_PER_NGAN + wa * SQM_PER_WA;
}

export function toRaiNganWa(squareMetres: number): { rai: number; ngan: number; wa: number } {
  const rai = Math.floor(squareMetres / SQM_PER_RAI);
  const rest = squareMetres - rai * SQM_PER_RAI;
  const ngan = Math.floor(rest / SQM_PER_NGAN);
  const wa = Math.round(((rest - ngan * SQM_PER_NGAN) / SQM_PER_WA) * 100) / 100;
  return { rai, ngan, wa };
}

/** "3-2-50 ไร่" (rai-ngan-square wa, the way Thai officers write land areas). */
export function formatRaiNganWa(squareMetres: number): string {
  const { rai, ngan, wa } = toRaiNganWa(squareMetres);
  return `${rai}-${ngan}-${wa} ไร่`;
}
