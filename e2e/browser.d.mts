// Types of browser.mjs for playwright.config.ts and the TypeScript journeys.
export declare const DEBIAN_CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export interface Chromium {
  executablePath: string;
  /** The browser's environment (the packaged Chromium's libraries and fonts); undefined: this process's. */
  env: Record<string, string | undefined> | undefined;
  /** Which browser, in words: printed once per run. */
  source: string;
}
export declare function findChromium(): Chromium;
export declare function launchOptions(): { executablePath: string; args: string[]; env?: Record<string, string | undefined> };
