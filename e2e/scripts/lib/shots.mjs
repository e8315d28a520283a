// What every screenshot script (shots*.mjs) does alike: the journeys' Chromium, a signed-in page at
// 1280 or 360 px in Thai and Bangkok time, and screenshots that report what should not happen
// (page errors, console errors, a page that scrolls sideways).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../browser.mjs';
import { DEMO_PASSWORD } from './api.mjs';

/** docs/screenshots, or SHOTS_DIR (e.g. a scratch folder to compare a run with the committed shots). */
export const SHOTS_DIR = process.env.SHOTS_DIR
  ? path.resolve(process.env.SHOTS_DIR)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');

export const VIEWPORTS = { desktop: { width: 1280, height: 860 }, phone: { width: 360, height: 740 } };

/** Waits for a heading (a page's title) to be on screen. */
export const heading = (text) => (page) => page.getByRole('heading', { name: text }).first().waitFor();

/** Chromium as the journeys run it (e2e/browser.mjs: CHROMIUM_PATH, Debian's, or the one from npm). */
export function launchBrowser() {
  return chromium.launch(launchOptions());
}

/**
 * The screenshot helpers of one script against the server at `base`.
 * @param {string} base
 * @param {import('@playwright/test').Browser} browser
 */
export function shooter(base, browser) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const problems = [];
  const file = (name) => path.join(SHOTS_DIR, `${name}.png`);

  /**
   * A fresh browser context at that size, signed in as `user` (null: signed out).
   * @param {string | null} user
   * @param {'desktop' | 'phone'} size
   */
  async function session(user, size) {
    const context = await browser.newContext({ viewport: VIEWPORTS[size], locale: 'th-TH', timezoneId: 'Asia/Bangkok', deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${user} ${size}: page error ${e.message}`));
    // 401 (wrong password) and 404 (out of scope) are answers these pages expect and show.
    page.on('console', (m) => m.type() === 'error' && !/status of 40[14]/.test(m.text()) && problems.push(`${user} ${size}: console ${m.text()}`));
    if (user) {
      await page.goto(`${base}/login`);
      await page.getByLabel('ชื่อผู้ใช้').fill(user);
      await page.getByLabel('รหัสผ่าน').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
      await page.getByRole('heading', { name: 'งานของฉัน' }).waitFor();
    }
    return { context, page };
  }

  /**
   * Goes to `url` (if any), waits for `waitFor` (if any) and the network, then takes `name`.png:
   * the viewport; `full` true: the whole page; a number: the page's top that many px high.
   */
  async function shot(page, name, url, waitFor, full = false) {
    if (url) await page.goto(`${base}${url}`);
    if (waitFor) await waitFor(page);
    await page.waitForLoadState('networkidle');
    // A page shot from the top: the shell's header is fixed and would land mid-page otherwise.
    if (full) await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${name}: page scrolls sideways by ${overflow}px`);
    if (typeof full === 'number') {
      const width = page.viewportSize().width;
      const height = Math.min(full, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({ path: file(name), fullPage: true, clip: { x: 0, y: 0, width, height } });
    } else {
      await page.screenshot({ path: file(name), fullPage: full });
    }
    console.log(`${name}.png${overflow > 0 ? `  (overflow ${overflow}px)` : ''}`);
  }

  /** A dialog: the dialog's own box may scroll, the page behind it must not. */
  async function dialogShot(page, name) {
    await page.waitForTimeout(400);
    const overflow = await page.evaluate(() => {
      const d = document.querySelector('[role="dialog"]');
      return d ? d.scrollWidth - d.clientWidth : 0;
    });
    if (overflow > 0) problems.push(`${name}: dialog scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: file(name) });
    console.log(`${name}.png${overflow > 0 ? `  (dialog overflow ${overflow}px)` : ''}`);
  }

  /** The viewport as it is now (a menu or a drawer just opened), without waiting for anything. */
  async function snap(page, name) {
    await page.screenshot({ path: file(name) });
    console.log(`${name}.png`);
  }

  /** Closes the browser; any problem seen fails the script. */
  async function finish() {
    await browser.close();
    if (problems.length) {
      console.error('\nProblems:\n' + problems.map((p) => `  - ${p}`).join('\n'));
      process.exitCode = 1;
    }
  }

  return { session, shot, dialogShot, snap, finish };
}
