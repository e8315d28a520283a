import { definePart } from '../I18nProvider';
import { shellEn } from './en';
import { shellTh } from './th';

export type { ShellKey } from './th';

/** `useT()` that also knows the shell part's keys (menu entries of steps 1–7, the enterprise badge). */
export const useShellT = definePart({ th: shellTh, en: shellEn });
