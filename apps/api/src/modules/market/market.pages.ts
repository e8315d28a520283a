import { CERTIFICATION_KINDS, CERTIFICATION_LABELS, PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS, formatEnterpriseCode, type Lang } from '@ntag/shared';
import { html, qs, type Html } from './market.html';
import { monthName, translator, type T } from './market.i18n';
import { page, pager, priceText, withLang } from './market.layout';
import type { DirectoryInput } from './market.schemas';
import type { Card, Group, Seller } from './market.service';

/** The directory (search and filters), the list of groups and a group's page. */

interface Ctx {
  lang: Lang;
  site: string;
}

export function cardList(t: T, lang: Lang, items: Card[]): Html {
  return html`<ul class="cards">${items.map((c) => html`<li><a class="card" href="${withLang(c.url, lang)}">
${c.thumbUrl ? html`<img src="${c.thumbUrl}" alt="" width="80" height="80" loading="lazy" decoding="async">` : html`<span class="noimg" aria-hidden="true"></span>`}
<span><b>${c.productNameTh}</b><span class="cp">${priceText(t, lang, c)}</span><br>
<span class="small">${c.group.name}</span><br><span class="muted">${[c.place.district, c.place.province].filter(Boolean).join(' · ')}</span>
${c.certifications.length ? html`<ul class="chips">${c.certifications.map((x) => html`<li class="chip">${CERTIFICATION_LABELS[x.kind][lang].split(' (')[0]}</li>`)}</ul>` : ''}
</span></a></li>`)}</ul>`;
}

function select(name: string, label: string, any: string, options: { value: string; label: string }[], current: string | number | undefined): Html {
  return html`<label>${label}<select name="${name}"><option value="">${any}</option>${options.map((o) => html`<option value="${o.value}"${String(current ?? '') === o.value ? html` selected` : ''}>${o.label}</option>`)}</select></label>`;
}

export function directoryPage(c: Ctx, q: DirectoryInput, result: { items: Card[]; total: number; page: number; pageSize: number }, places: { provinces: { code: string; nameTh: string; nameEn: string | null }[]; districts: { code: string; nameTh: string; nameEn: string | null }[] }): string {
  const t = translator(c.lang);
  const filters = { q: q.q, province: q.province, district: q.district, category: q.category, month: q.month, cert: q.cert, lang: c.lang === 'en' ? 'en' : undefined };
  const link = (p: number) => `/market${qs({ ...filters, page: p > 1 ? p : undefined })}`;
  const name = (u: { nameTh: string; nameEn: string | null }) => (c.lang === 'en' ? (u.nameEn ?? u.nameTh) : u.nameTh);
  const searching = !!(q.q || q.province || q.district || q.category || q.month || q.cert);
  const title = q.q ? `${q.q} — ${t('site')}` : t('site');
  const body = html`
<h1>${q.q ? q.q : t('site')}</h1>
${q.q ? '' : html`<p class="muted">${t('tagline')}</p>`}
<form class="search" method="get" action="/market" role="search">
${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<label class="hp" for="q">${t('search.label')}</label>
<input id="q" type="search" name="q" value="${q.q ?? ''}" placeholder="${t('search.placeholder')}" aria-label="${t('search.label')}" enterkeyhint="search">
<button type="submit">${t('search.button')}</button>
</form>
<form class="filters" method="get" action="/market">
${q.q ? html`<input type="hidden" name="q" value="${q.q}">` : ''}${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
${select('province', t('filter.province'), t('filter.any'), places.provinces.map((p) => ({ value: p.code, label: name(p) })), q.province)}
${places.districts.length ? select('district', t('filter.district'), t('filter.any'), places.districts.map((d) => ({ value: d.code, label: name(d) })), q.district) : ''}
${select('category', t('filter.category'), t('filter.any'), PRODUCT_CATEGORIES.map((k) => ({ value: k, label: PRODUCT_CATEGORY_LABELS[k]![c.lang] })), q.category)}
${select('month', t('filter.month'), t('filter.any'), Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, c.lang) })), q.month)}
${select('cert', t('filter.cert'), t('filter.any'), CERTIFICATION_KINDS.map((k) => ({ value: k, label: CERTIFICATION_LABELS[k][c.lang] })), q.cert)}
<button type="submit" class="secondary">${t('filter.apply')}</button>
</form>
<p class="muted" role="status">${t('results.count', { n: result.total.toLocaleString('th-TH') })}</p>
${result.items.length ? cardList(t, c.lang, result.items) : html`<p class="notice">${t('results.none')}</p>`}
${pager(t, result, link)}`;
  return page({
    lang: c.lang, site: c.site, title, description: t('tagline'), path: link(result.page),
    // A search result is not a page of its own for search engines: the directory and each product are.
    noindex: searching || result.page > 1,
    data: searching ? [] : [{ '@context': 'https://schema.org', '@type': 'WebSite', name: t('site'), url: `${c.site}/market`, potentialAction: { '@type': 'SearchAction', target: `${c.site}/market?q={search_term_string}`, 'query-input': 'required name=search_term_string' } }],
  }, body);
}

export function groupsPage(c: Ctx, q: { province?: string; district?: string }, result: { items: { id: string; name: string; url: string; districtTh: string | null; provinceTh: string | null; products: number; productNames: string[] }[]; total: number; page: number; pageSize: number }, provinces: { code: string; nameTh: string; nameEn: string | null }[]): string {
  const t = translator(c.lang);
  const link = (p: number) => `/market/groups${qs({ province: q.province, district: q.district, lang: c.lang === 'en' ? 'en' : undefined, page: p > 1 ? p : undefined })}`;
  const body = html`<p class="crumbs"><a href="${withLang('/market', c.lang)}">${t('home')}</a> › ${t('nav.groups')}</p>
<h1>${t('groups.title')}</h1>
<form class="filters" method="get" action="/market/groups">${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
${select('province', t('filter.province'), t('filter.any'), provinces.map((p) => ({ value: p.code, label: c.lang === 'en' ? (p.nameEn ?? p.nameTh) : p.nameTh })), q.province)}
<button type="submit" class="secondary">${t('filter.apply')}</button></form>
<p class="muted">${t('groups.count', { n: result.total.toLocaleString('th-TH') })}</p>
<ul class="cards">${result.items.map((g) => html`<li><a class="card" href="${withLang(g.url, c.lang)}"><span><b>${g.name}</b>
<span class="muted">${[g.districtTh, g.provinceTh].filter(Boolean).join(' · ')}</span><br>
<span class="small">${t('groups.products', { n: g.products })}: ${g.productNames.join(', ')}</span></span></a></li>`)}</ul>
${pager(t, result, link)}`;
  return page({ lang: c.lang, site: c.site, title: `${t('groups.title')} — ${t('site')}`, description: t('tagline'), path: link(result.page), noindex: result.page > 1 || !!q.province }, body);
}

/** The group's contact channels and where it is: shared by the group page and the product page. */
export function sellerBox(t: T, lang: Lang, s: Seller, withName: boolean): Html {
  const where = s.placeNames[lang].filter(Boolean).join(', ') || s.placeNames.th.filter(Boolean).join(', ');
  const c = s.contact;
  const channels = [
    c.lineUrl ? html`<li>${t('contact.line')}: <a href="${c.lineUrl}" rel="nofollow noopener">${c.line}</a></li>` : c.line ? html`<li>${t('contact.line')}: ${c.line}</li>` : '',
    c.facebookUrl ? html`<li>${t('contact.facebook')}: <a href="${c.facebookUrl}" rel="nofollow noopener">${c.facebook}</a></li>` : c.facebook ? html`<li>${t('contact.facebook')}: ${c.facebook}</li>` : '',
    c.phone ? html`<li>${t('contact.phone')}: <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a></li>` : '',
    c.website ? html`<li>${t('contact.website')}: <a href="${c.website}" rel="nofollow noopener">${c.website}</a></li>` : '',
  ].filter(Boolean);
  return html`<section class="panel" aria-labelledby="seller"><h2 id="seller">${withName ? html`${t('seller')}: <a href="${withLang(s.url, lang)}">${s.name}</a>` : t('contact')}</h2>
<dl class="facts"><dt>${t('location')}</dt><dd>${where}${s.position ? html` · <a href="https://www.openstreetmap.org/?mlat=${s.position.latitude}&amp;mlon=${s.position.longitude}#map=14/${s.position.latitude}/${s.position.longitude}" rel="nofollow noopener">${t('map')}</a>` : ''}</dd>
${s.enterpriseCode ? html`<dt>${t('enterprise')}</dt><dd>${formatEnterpriseCode(s.enterpriseCode)}</dd>` : ''}
${s.learningCentre ? html`<dt>${t('centre')}</dt><dd>${s.learningCentre}</dd>` : ''}</dl>
${channels.length ? html`<ul class="small">${channels}</ul>` : html`<p class="muted small">${t('contact.none')}</p>`}</section>`;
}

export function organisationData(site: string, s: Seller) {
  const c = s.contact;
  return {
    '@context': 'https://schema.org', '@type': 'Organization', '@id': `${site}${s.url}#org`, name: s.name, url: `${site}${s.url}`,
    address: { '@type': 'PostalAddress', addressLocality: s.place.district ?? undefined, addressRegion: s.place.province ?? undefined, addressCountry: 'TH' },
    ...(s.position ? { location: { '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: s.position.latitude, longitude: s.position.longitude } } } : {}),
    ...(c.phone ? { telephone: c.phone } : {}),
    ...(s.enterpriseCode ? { identifier: { '@type': 'PropertyValue', propertyID: 'community-enterprise-registration', value: formatEnterpriseCode(s.enterpriseCode) } } : {}),
    sameAs: [c.facebookUrl, c.website, c.lineUrl].filter(Boolean),
  };
}

export function groupPage(c: Ctx, g: Group): string {
  const t = translator(c.lang);
  const body = html`<p class="crumbs"><a href="${withLang('/market', c.lang)}">${t('home')}</a> › <a href="${withLang('/market/groups', c.lang)}">${t('nav.groups')}</a></p>
<h1>${g.name}</h1>
${sellerBox(t, c.lang, g, false)}
<h2>${t('groupProducts')}</h2>
${cardList(t, c.lang, g.products)}`;
  const first = g.products.find((p) => p.thumbUrl);
  return page({
    lang: c.lang, site: c.site, title: `${g.name} — ${t('site')}`, type: 'profile',
    description: `${g.name} · ${g.placeNames.th.filter(Boolean).join(' ')} · ${g.products.map((p) => p.productNameTh).slice(0, 6).join(', ')}`,
    path: withLang(g.url, c.lang), image: first?.thumbUrl?.replace('/thumb.jpg', '/card.jpg') ?? null,
    data: [organisationData(c.site, g)],
  }, body);
}
