import { BUYER_TYPES, BUYER_TYPE_LABELS, CERTIFICATION_LABELS, FULFILMENT_LABELS, type Lang } from '@ntag/shared';
import { html, type Html } from './market.html';
import { num, translator, type T } from './market.i18n';
import { date, monthChips, page, priceText, unitName, withLang } from './market.layout';
import { cardList, organisationData, sellerBox } from './market.pages';
import type { Product } from './market.service';

/** A product's page: what is offered, by whom, and the enquiry form (a plain HTML form: no JavaScript). */

export interface FormState {
  values: Record<string, string>;
  /** Field name → the message shown under it. */
  errors: Record<string, string>;
}

function field(name: string, label: string, control: Html, form: FormState, hint?: string): Html {
  const error = form.errors[name];
  return html`<div class="field${error ? ' bad' : ''}"><label for="f-${name}">${label}${hint ? html` <span class="hint">(${hint})</span>` : ''}</label>${control}
${error ? html`<p class="error" id="e-${name}">${error}</p>` : ''}</div>`;
}

const described = (name: string, form: FormState) => (form.errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : html``);

export function enquiryForm(t: T, lang: Lang, p: Product, form: FormState): Html {
  const v = (k: string) => form.values[k] ?? '';
  const optional = t('enquiry.optional');
  return html`<section class="panel" id="enquiry" aria-labelledby="enquiry-title"><h2 id="enquiry-title">${t('enquiry.title')}</h2>
${Object.keys(form.errors).length ? html`<p class="notice" role="alert">${t('enquiry.errors')}</p>` : ''}
<form method="post" action="${withLang(`/market/products/${p.id}/enquiry`, lang)}" novalidate>
${field('quantity', t('enquiry.quantity', { unit: unitName(p.unit, lang) }), html`<input id="f-quantity" name="quantity" inputmode="decimal" required value="${v('quantity')}"${described('quantity', form)}>`, form,
    p.minOrder ? `${t('minOrder')} ${num(p.minOrder)}` : undefined)}
${field('wantedOn', t('enquiry.wantedOn'), html`<input id="f-wantedOn" type="date" name="wantedOn" value="${v('wantedOn')}"${described('wantedOn', form)}>`, form, optional)}
${field('buyerType', t('enquiry.buyerType'), html`<select id="f-buyerType" name="buyerType">${BUYER_TYPES.map((b) => html`<option value="${b}"${v('buyerType') === b ? html` selected` : ''}>${BUYER_TYPE_LABELS[b][lang]}</option>`)}</select>`, form)}
${field('buyerName', t('enquiry.name'), html`<input id="f-buyerName" name="buyerName" autocomplete="name" required maxlength="120" value="${v('buyerName')}"${described('buyerName', form)}>`, form)}
${field('buyerContact', t('enquiry.contact'), html`<input id="f-buyerContact" name="buyerContact" autocomplete="tel" required maxlength="200" value="${v('buyerContact')}"${described('buyerContact', form)}>`, form)}
${field('deliveryPlace', t('enquiry.place'), html`<input id="f-deliveryPlace" name="deliveryPlace" maxlength="300" value="${v('deliveryPlace')}"${described('deliveryPlace', form)}>`, form, optional)}
${field('message', t('enquiry.message'), html`<textarea id="f-message" name="message" maxlength="2000"${described('message', form)}>${v('message')}</textarea>`, form, optional)}
<div class="hp" aria-hidden="true"><label for="f-website">${t('enquiry.honeypot')}</label><input id="f-website" name="website" tabindex="-1" autocomplete="off"></div>
<p class="muted small">${t('enquiry.privacy')}</p>
<button type="submit">${t('enquiry.send')}</button>
</form></section>`;
}

export function productData(site: string, p: Product, lang: Lang) {
  const month = new Date().getUTCMonth() + 1;
  const url = `${site}${p.url}`;
  return {
    '@context': 'https://schema.org', '@type': 'Product', '@id': `${url}#product`, name: p.productNameTh, url,
    description: p.description ?? `${p.productNameTh} — ${p.seller.name}`, category: p.category,
    image: p.photos.map((ph) => `${site}${ph.url}`),
    brand: { '@type': 'Brand', name: p.seller.name },
    manufacturer: { '@id': `${site}${p.seller.url}#org` },
    ...(p.certifications.length
      ? { hasCertification: p.certifications.map((c) => ({ '@type': 'Certification', name: CERTIFICATION_LABELS[c.kind][lang], certificationIdentification: c.number, expires: c.expiresOn })) }
      : {}),
    ...(p.priceMin !== null
      ? {
          offers: {
            '@type': 'AggregateOffer', priceCurrency: 'THB', lowPrice: p.priceMin, highPrice: p.priceMax ?? p.priceMin, offerCount: 1, url,
            availability: p.months.length === 0 || p.months.includes(month) ? 'https://schema.org/InStock' : 'https://schema.org/PreOrder',
            seller: { '@id': `${site}${p.seller.url}#org` },
          },
        }
      : {}),
  };
}

export function productPage(c: { lang: Lang; site: string }, p: Product, form: FormState, status = 200): { status: number; body: string } {
  const t = translator(c.lang);
  const lang = c.lang;
  const main = p.photos[0];
  const body = html`<p class="crumbs"><a href="${withLang('/market', lang)}">${t('home')}</a> › <a href="${withLang(p.seller.url, lang)}">${p.seller.name}</a></p>
<div class="cols"><div>
<h1>${p.productNameTh}</h1>
${main ? html`<a href="${main.fullUrl}"><img class="photo" src="${main.url}" alt="${t('photo.alt', { name: p.productNameTh })}" width="${Math.min(640, main.width)}" height="${Math.round(Math.min(640, main.width) * (main.height / main.width))}" decoding="async"></a>` : ''}
${p.photos.length > 1 ? html`<p class="row small">${p.photos.slice(1).map((ph, i) => html`<a href="${ph.fullUrl}">${t('photo.alt', { name: `${p.productNameTh} ${i + 2}` })}</a>`)}</p>` : ''}
<p><span class="muted small">${t('price.label')}</span><br><span class="price">${priceText(t, lang, p)}</span></p>
<dl class="facts">
<dt>${t('months')}</dt><dd>${monthChips(t, lang, p.months, true)}</dd>
${p.minOrder ? html`<dt>${t('minOrder')}</dt><dd>${num(p.minOrder)} ${unitName(p.unit, lang)}</dd>` : ''}
<dt>${t('fulfilment')}</dt><dd>${FULFILMENT_LABELS[p.fulfilment][lang]}</dd>
${p.deliveryArea ? html`<dt>${t('deliveryArea')}</dt><dd>${p.deliveryArea}</dd>` : ''}
</dl>
${p.certifications.length ? html`<h2>${t('certs')}</h2><ul class="small">${p.certifications.map((x) => html`<li>${CERTIFICATION_LABELS[x.kind][lang]} — ${t('cert.number')} ${x.number}, ${t('cert.expires')} ${date(x.expiresOn, lang)}</li>`)}</ul>` : ''}
${p.description ? html`<p class="pre">${p.description}</p>` : ''}
${sellerBox(t, lang, p.seller, true)}
</div><div>
${enquiryForm(t, lang, p, form)}
<p class="small"><a href="${withLang(`/market/products/${p.id}/report`, lang)}" rel="nofollow">${t('report.link')}</a></p>
</div></div>
${p.others.length ? html`<h2>${t('groupProducts')}</h2>${cardList(t, lang, p.others)}` : ''}`;
  const description = [p.description?.slice(0, 150) ?? p.productNameTh, priceText(t, lang, p), p.seller.name, [p.place.district, p.place.province].filter(Boolean).join(' ')].join(' · ');
  return {
    status,
    body: page({
      lang, site: c.site, title: `${p.productNameTh} — ${p.seller.name}`, description, path: withLang(p.url, lang), type: 'product', image: main?.url ?? null,
      data: [productData(c.site, p, lang), organisationData(c.site, p.seller)],
    }, body),
  };
}
