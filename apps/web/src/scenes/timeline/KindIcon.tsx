import { ThemeIcon } from '@mantine/core';

type Glyph = 'people' | 'check' | 'doc' | 'book' | 'sprout' | 'shop' | 'coin' | 'flag' | 'star' | 'pen' | 'dot';

/** Each glyph's drawing and colour (a glyph stands for one area of the program, in one colour). */
const GLYPHS: Record<Glyph, { path: string; color: string }> = {
  people: { color: 'grape', path: 'M7 8.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM13.5 8.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM2 16.5c0-3 2.2-5 5-5s5 2 5 5M11.5 11.7c.6-.2 1.3-.2 2-.2 2.8 0 4.5 2 4.5 5' },
  check: { color: 'blue', path: 'M4 10.5l4 4 8-9' },
  doc: { color: 'indigo', path: 'M5 2h7l4 4v12H5zM12 2v4h4M8 10h6M8 13.5h6' },
  book: { color: 'cyan', path: 'M2.5 4h5A2.5 2.5 0 0 1 10 6.5V17a2 2 0 0 0-2-2H2.5zM17.5 4h-5A2.5 2.5 0 0 0 10 6.5V17a2 2 0 0 1 2-2h5.5z' },
  sprout: { color: 'ntag', path: 'M10 18V9.5M10 9.5C10 5.5 7.5 3 3 3c0 4.5 3 6.5 7 6.5zM10 12c0-3.5 2.5-6 7-6 0 4.5-3 6.5-7 6z' },
  shop: { color: 'orange', path: 'M3 8l1.5-5h11L17 8M3 8h14M4 8v9h12V8M8.5 17v-5h3v5' },
  coin: { color: 'teal', path: 'M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM7.5 6h3.2a2 2 0 0 1 0 4H7.5zM7.5 10h3.7a2 2 0 0 1 0 4H7.5zM7.5 6v8M10 4.5V6M10 14v1.5' },
  flag: { color: 'pink', path: 'M5 18V2.5M5 3h10.5l-2.5 4 2.5 4H5' },
  star: { color: 'violet', path: 'M10 2l2.4 5 5.6.8-4 3.9 1 5.5L10 14.6 5 17.2l1-5.5-4-3.9 5.6-.8z' },
  pen: { color: 'gray', path: 'M3 17l1-4L13.5 3.5l3 3L7 16zM12 5l3 3' },
  dot: { color: 'gray', path: 'M10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z' },
};

/** The glyph of each kind of timeline item (any other kind: a dot). */
const KINDS: Record<string, Glyph> = {
  'group.formed': 'people',
  'member.joined': 'people',
  'committee.seat': 'people',
  'selection.decided': 'check',
  'plan.kt03': 'doc',
  'learning.centre': 'book',
  'learning.session': 'book',
  production: 'sprout',
  'market.outlet': 'shop',
  'sales.transaction': 'coin',
  'sales.event': 'flag',
  'enterprise.informed': 'star',
  'enterprise.applied': 'star',
  'enterprise.registered': 'star',
  'step.override': 'pen',
  visit: 'check',
  'lecturer.training': 'book',
};

/** The icon of a timeline item's kind (drawn as SVG, decorative: the title says what it is). */
export function KindIcon({ kind }: { kind: string }) {
  const k = GLYPHS[KINDS[kind] ?? 'dot'] ?? GLYPHS.dot;
  return (
    <ThemeIcon color={k.color} variant="light" size={32} radius="xl" aria-hidden data-kind={kind}>
      <svg width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
        <path d={k.path} />
      </svg>
    </ThemeIcon>
  );
}
