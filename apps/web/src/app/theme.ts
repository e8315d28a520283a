import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * Sarabun is the app's own font (fonts.css: Thai and Latin subsets served from 'self'), so no
 * screen depends on the device having a Thai font. The rest of the stack only covers the moment
 * before the font arrives (font-display: swap) and characters outside its subsets: the Thai
 * system fonts of Debian (fonts-thai-tlwg, fonts-noto-core), Windows (Leelawadee/Tahoma) and
 * Android/iOS.
 */
// Noto Sans Thai has no Latin letters: "Noto Sans" right after it gives Latin text and digits
// the same design instead of Loma's (whose middle dot looks like an apostrophe).
export const FONT_STACK =
  '"Sarabun", "Noto Sans Thai", "Noto Sans", "Leelawadee UI", "Tahoma", "Loma", "Garuda", system-ui, sans-serif';

/** A calm agricultural green; shade 7 (#0b7a5a) keeps white text above 4.5:1 contrast. */
const ntagGreen: MantineColorsTuple = [
  '#e8f6f0', '#cfeadf', '#a0d5bf', '#6ebf9e', '#45ab82', '#2b9e70', '#178f63', '#0b7a5a', '#056a4d', '#005a40',
];

export const theme = createTheme({
  colors: { ntag: ntagGreen },
  primaryColor: 'ntag',
  primaryShade: 7,
  fontFamily: FONT_STACK,
  // Thai stacks vowels and tone marks above and below the line: give them room.
  lineHeights: { xs: '1.5', sm: '1.55', md: '1.6', lg: '1.6', xl: '1.6' },
  headings: { fontFamily: FONT_STACK, fontWeight: '700', sizes: { h1: { lineHeight: '1.4' }, h2: { lineHeight: '1.4' }, h3: { lineHeight: '1.45' }, h4: { lineHeight: '1.5' } } },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
