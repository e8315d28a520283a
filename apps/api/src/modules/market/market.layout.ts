import { formatDate, type Lang, type QuantityUnit, QUANTITY_UNIT_LABELS } from '@ntag/shared';
import { html, jsonLd, qs, raw, type Html } from './market.html';
import { monthName, num, translator, type T } from './market.i18n';

/**
 * The frame of every public page: Thai first, mobile first, no JavaScript, no web fonts (the
 * phones' Thai fonts, as in the web app), one small inline stylesheet (the CSP allows inline
 * styles; nothing else is inline but JSON-LD data blocks).
 */
const CSS = `
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Sarabun","Noto Sans Thai","Noto Sans","Leelawadee UI",Tahoma,Loma,Garuda,system-ui,sans-serif;font-size:16px;line-height:1.6;color:#1f2a26;background:#f6f8f7}
a{color:#0b6b4f}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
header{background:#0b7a5a;color:#fff}header a{color:#fff;text-decoration:none}
.bar{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:8px 12px;max-width:1120px;margin:0 auto}
.brand{font-weight:700;font-size:17px;line-height:1.3}.bar nav{flex:none}.bar nav a{margin-left:12px;font-size:15px;white-space:nowrap}
main{max-width:1120px;margin:0 auto;padding:12px}
h1{font-size:22px;line-height:1.4;margin:8px 0}h2{font-size:18px;line-height:1.45;margin:20px 0 8px}
.muted{color:#55635d;font-size:14px}.small{font-size:14px}
form.search{display:flex;gap:6px;margin:8px 0}
input,select,textarea{font:inherit;width:100%;padding:8px 10px;border:1px solid #9aa8a2;border-radius:8px;background:#fff;color:inherit;min-height:44px}
textarea{min-height:88px}
button{font:inherit;min-height:44px;padding:8px 16px;border:0;border-radius:8px;background:#0b7a5a;color:#fff;font-weight:600;cursor:pointer}
button.secondary{background:#fff;color:#0b6b4f;border:1px solid #0b7a5a}button.danger{background:#fff;color:#a61b1b;border:1px solid #a61b1b}
.filters{display:grid;grid-template-columns:1fr 1fr;gap:6px;margin-bottom:8px}.filters label{font-size:13px;color:#55635d}
.cards{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:1fr;gap:8px}
.card{display:flex;gap:10px;background:#fff;border:1px solid #dde5e1;border-radius:10px;padding:8px;text-decoration:none;color:inherit}
.card img,.card .noimg{width:80px;height:80px;border-radius:8px;object-fit:cover;flex:none;background:#e3ece8}
.card b{display:block;font-size:17px;line-height:1.4;color:#0b5a43}details.cancel{margin-top:8px}details.cancel summary{cursor:pointer;color:#a61b1b;font-size:14px;padding:8px 0}
.chips{display:flex;flex-wrap:wrap;gap:4px;margin:4px 0;padding:0;list-style:none}.chip{font-size:13px;padding:1px 8px;border-radius:12px;background:#e3f1ea;color:#0b5a43}
.chip.off{background:#eef1f0;color:#8a9691}
.panel{background:#fff;border:1px solid #dde5e1;border-radius:10px;padding:12px;margin:12px 0}
.photo{display:block;width:100%;height:auto;border-radius:10px;background:#e3ece8}
.price{font-size:20px;font-weight:700;color:#0b5a43}.cp{font-weight:700;color:#0b5a43}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:8px 0}dl.facts dt{color:#55635d}dl.facts dd{margin:0}
.field{margin:10px 0}.field label{display:block;font-weight:600;font-size:15px}.field .hint{font-weight:400;color:#55635d;font-size:13px}
.error{color:#a61b1b;font-size:14px}.field.bad input,.field.bad select,.field.bad textarea{border-color:#a61b1b}
.notice{padding:10px 12px;border-radius:8px;background:#fff7e0;border:1px solid #f0d48a;margin:10px 0}.notice.ok{background:#e6f5ee;border-color:#9dd2b8}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.thread{list-style:none;padding:0;margin:0}.thread li{padding:8px 10px;border-radius:8px;margin:6px 0;background:#f2f5f4}.thread li.buyer{background:#e8f0fb}
.pager{display:flex;justify-content:space-between;align-items:center;margin:12px 0}
.crumbs{font-size:14px;margin:4px 0}.crumbs a{text-decoration:none}
.status{display:inline-block;padding:2px 10px;border-radius:12px;background:#0b7a5a;color:#fff;font-size:14px}
footer{max-width:1120px;margin:24px auto;padding:12px;color:#55635d;font-size:13px;border-top:1px solid #dde5e1}
.row{display:flex;gap:8px;flex-wrap:wrap}.pre{white-space:pre-line}
.brand{min-width:0}@media(min-width:720px){.brand{font-size:18px}.filters{grid-template-columns:repeat(5,1fr) auto;align-items:end}.cards{grid-template-columns:1fr 1fr}.cols{display:grid;grid-template-columns:3fr 2fr;gap:16px}h1{font-size:26px}}
@media(min-width:1024px){.cards{grid-template-columns:1fr 1fr 1fr}}
`.replace(/\n/g, '');

export interface PageMeta {
  lang: Lang;
  title: string;
  description: string;
  /** The page's path (with its query when it matters); made absolute with the site's address. */
  path: string;
  site: string;
  image?: string | null;
  type?: 'website' | 'product' | 'profile';
  noindex?: boolean;
  data?: unknown[];
  /** The path of the same page in the other language. */
  otherLang?: string;
}

export function page(meta: PageMeta, body: Html): string {
  const t = translator(meta.lang);
  const url = `${meta.site}${meta.path}`;
  const image = meta.image ? `${meta.site}${meta.image}` : null;
  const other = meta.otherLang ?? withLang(meta.path, meta.lang === 'th' ? 'en' : 'th');
  return `<!doctype html>${html`<html lang="${meta.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? raw('<meta name="robots" content="noindex, nofollow">') : html`<link rel="canonical" href="${url}">`}
<meta property="og:site_name" content="${t('site')}"><meta property="og:type" content="${meta.type ?? 'website'}">
<meta property="og:title" content="${meta.title}"><meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${url}"><meta property="og:locale" content="${meta.lang === 'th' ? 'th_TH' : 'en_GB'}">
${image ? html`<meta property="og:image" content="${image}"><meta name="twitter:card" content="summary_large_image">` : raw('<meta name="twitter:card" content="summary">')}
<meta name="theme-color" content="#0b7a5a"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${raw(CSS)}</style>
${(meta.data ?? []).map((d) => jsonLd(d))}
</head><body>
<header><div class="bar"><a class="brand" href="${withLang('/market', meta.lang)}">${t('site')}</a>
<nav><a href="${withLang('/market/groups', meta.lang)}">${t('nav.groups')}</a><a href="${other}" lang="${meta.lang === 'th' ? 'en' : 'th'}">${t('lang.other')}</a></nav></div></header>
<main>${body}</main>
<footer><p>${t('footer')}</p><p><a href="/api/open/listings.csv">${t('footer.open')}</a> · <a href="/login">${t('footer.signin')}</a></p></footer>
</body></html>`.value}`;
}

/** A path in a language: Thai is the default and needs no parameter. */
export function withLang(path: string, lang: Lang): string {
  const [base, query = ''] = path.split('?') as [string, string?];
  const params = new URLSearchParams(query);
  if (lang === 'en') params.set('lang', 'en');
  else params.delete('lang');
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

export const unitName = (unit: string, lang: Lang) => QUANTITY_UNIT_LABELS[unit as QuantityUnit]?.[lang] ?? unit;

export function priceText(t: T, lang: Lang, l: { priceMin: number | null; priceMax: number | null; unit: string }): string {
  const unit = unitName(l.unit, lang);
  if (l.priceMin === null) return t('price.ask');
  if (l.priceMax === null || l.priceMax === l.priceMin) return t('price.one', { p: num(l.priceMin), unit });
  return t('price.range', { a: num(l.priceMin), b: num(l.priceMax), unit });
}

export function monthChips(t: T, lang: Lang, months: number[], all = false): Html {
  if (months.length === 12) return html`<span class="chip">${t('months.all')}</span>`;
  if (!months.length) return html`<span class="muted small">${t('months.none')}</span>`;
  const set = new Set(months);
  const shown = all ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : months;
  return html`<ul class="chips">${shown.map((m) => html`<li class="chip${set.has(m) ? '' : ' off'}">${monthName(m, lang)}</li>`)}</ul>`;
}

export const date = (iso: string, lang: Lang) => formatDate(iso, lang);

export function pager(t: T, p: { page: number; pageSize: number; total: number }, link: (page: number) => string): Html {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  if (pages <= 1) return html``;
  return html`<nav class="pager" aria-label="pages">
${p.page > 1 ? html`<a rel="prev" href="${link(p.page - 1)}">${t('page.prev')}</a>` : html`<span></span>`}
<span class="muted small">${t('page.of', { p: p.page, n: pages })}</span>
${p.page < pages ? html`<a rel="next" href="${link(p.page + 1)}">${t('page.next')}</a>` : html`<span></span>`}</nav>`;
}

export { qs };
