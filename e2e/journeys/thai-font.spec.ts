import { expect, test, type Page } from '@playwright/test';

/**
 * Thai is drawn in the app's own font (Sarabun, served by the app itself), not in whatever Thai
 * font the device happens to have: a phone, an office PC or a headless browser without Thai
 * fonts shows the same letters instead of boxes. Chromium's DevTools protocol says which font
 * actually drew a node's glyphs (CSS.getPlatformFontsForNode).
 */
async function fontsThatDrew(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('the sign-in page draws its Thai in Sarabun, fetched from the app', async ({ page }) => {
  const fetched: string[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'font') fetched.push(res.url());
  });
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'เข้าสู่ระบบ' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  // Every glyph of the heading "เข้าสู่ระบบ" comes from the web font, none from a system font.
  const drew = await fontsThatDrew(page, 'h2');
  expect(drew.map((f) => f.familyName)).toEqual(['Sarabun']);
  expect(drew[0]!.isCustomFont).toBe(true);
  expect(drew[0]!.glyphCount).toBeGreaterThan(0);

  // Only Sarabun's Thai and Latin subsets, from the app's own origin (the CSP allows no other).
  expect(fetched.length).toBeGreaterThan(0);
  for (const url of fetched) {
    expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    expect(url).toMatch(/\/assets\/sarabun-(thai|latin)-\d00-normal-[\w-]+\.woff2$/);
  }
});
