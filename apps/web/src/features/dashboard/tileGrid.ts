/**
 * Thailand as a tile grid: each of the 77 provinces one square at its approximate place
 * (north at the top, the northeast to the right, the south as the tail), so the map needs no
 * boundary data and no map licence. `abbr` is the official two-letter abbreviation
 * (อักษรย่อจังหวัด). Placed by hand from each provincial seat's latitude and longitude,
 * then nudged so that no two share a square; neighbours stay neighbours where the grid allows.
 */
export interface Tile {
  /** DOPA province code. */
  code: string;
  abbr: string;
  /** 0-based column (west → east) and row (north → south). */
  col: number;
  row: number;
}

export const GRID_COLUMNS = 11;
export const GRID_ROWS = 17;

// [code, abbreviation, column, row]
const TILES: [string, string, number, number][] = [
  // North
  ['57', 'ชร', 3, 0],
  ['58', 'มส', 1, 1], ['50', 'ชม', 2, 1], ['56', 'พย', 3, 1], ['55', 'นน', 4, 1],
  ['51', 'ลพ', 2, 2], ['52', 'ลป', 3, 2], ['54', 'พร', 4, 2],
  ['63', 'ตก', 2, 3], ['64', 'สท', 3, 3], ['53', 'อต', 4, 3],
  ['62', 'กพ', 2, 4], ['66', 'พจ', 3, 4], ['65', 'พล', 4, 4], ['67', 'พช', 5, 4],
  ['61', 'อน', 2, 5], ['60', 'นว', 3, 5],
  // Northeast
  ['43', 'นค', 8, 2], ['38', 'บก', 9, 2],
  ['42', 'ลย', 6, 3], ['39', 'นภ', 7, 3], ['41', 'อด', 8, 3], ['47', 'สน', 9, 3], ['48', 'นพ', 10, 3],
  ['36', 'ชย', 6, 4], ['40', 'ขก', 7, 4], ['44', 'มค', 8, 4], ['46', 'กส', 9, 4], ['49', 'มห', 10, 4],
  ['30', 'นม', 6, 5], ['31', 'บร', 7, 5], ['45', 'รอ', 8, 5], ['35', 'ยส', 9, 5], ['37', 'อจ', 10, 5],
  ['32', 'สร', 8, 6], ['33', 'ศก', 9, 6], ['34', 'อบ', 10, 6],
  // Central, with Bangkok and its neighbours in the middle
  ['18', 'ชน', 4, 5], ['16', 'ลบ', 5, 5],
  ['72', 'สพ', 2, 6], ['17', 'สห', 3, 6], ['15', 'อท', 4, 6], ['19', 'สบ', 5, 6],
  ['71', 'กจ', 1, 7], ['73', 'นฐ', 2, 7], ['12', 'นบ', 3, 7], ['14', 'อย', 4, 7], ['26', 'นย', 5, 7],
  ['70', 'รบ', 1, 8], ['74', 'สค', 2, 8], ['10', 'กท', 3, 8], ['13', 'ปท', 4, 8],
  ['76', 'พบ', 1, 9], ['75', 'สส', 2, 9], ['11', 'สป', 3, 9],
  ['77', 'ปข', 1, 10],
  // East
  ['25', 'ปจ', 6, 7], ['27', 'สก', 7, 7],
  ['24', 'ฉช', 5, 8],
  ['20', 'ชบ', 5, 9],
  ['21', 'รย', 5, 10], ['22', 'จบ', 6, 10], ['23', 'ตร', 7, 10],
  // South
  ['86', 'ชพ', 1, 11],
  ['85', 'รน', 0, 12], ['84', 'สฎ', 1, 12],
  ['82', 'พง', 0, 13], ['81', 'กบ', 1, 13], ['80', 'นศ', 2, 13],
  ['83', 'ภก', 0, 14], ['92', 'ตง', 1, 14], ['93', 'พท', 2, 14],
  ['91', 'สต', 1, 15], ['90', 'สข', 2, 15], ['94', 'ปน', 3, 15],
  ['95', 'ยล', 3, 16], ['96', 'นธ', 4, 16],
];

export const PROVINCE_TILES: readonly Tile[] = TILES.map(([code, abbr, col, row]) => ({ code, abbr, col, row }));
