import { ENQUIRY_STATUS_LABELS, formatDateTime, type Lang } from '@ntag/shared';
import { html, type Html } from './market.html';
import { num, translator, type MarketKey } from './market.i18n';
import { date, page, unitName, withLang } from './market.layout';
import type { FormState } from './market.product';

/** The buyer's private thread, the abuse report form, and the error pages. */

interface Ctx {
  lang: Lang;
  site: string;
}

export interface Thread {
  listingId: string;
  productNameTh: string;
  groupName: string;
  productUrl: string | null;
  quantity: number;
  unit: string;
  wantedOn: string | null;
  deliveryPlace: string | null;
  buyerName: string | null;
  status: string;
  createdAt: string;
  messages: { author: string; decision: string | null; body: string | null; createdAt: string }[];
  actions: string[];
}

const AUTHOR: Record<string, MarketKey> = { buyer: 'follow.you', group: 'follow.group', officer: 'follow.officer', system: 'follow.system' };
const DECISIONS: Record<string, MarketKey> = {
  accept: 'decision.accept', counter: 'decision.counter', decline: 'decision.decline', delivered: 'decision.delivered', accept_counter: 'decision.accept_counter', cancel: 'decision.cancel',
};

export function followPage(c: Ctx, path: string, e: Thread, opts: { sent: boolean; form: FormState }): string {
  const t = translator(c.lang);
  const decision = (d: string | null) => (d && DECISIONS[d] ? t(DECISIONS[d]) : null);
  const status = ENQUIRY_STATUS_LABELS[e.status as keyof typeof ENQUIRY_STATUS_LABELS]?.[c.lang] ?? e.status;
  const error = opts.form.errors.message;
  const body = html`<h1>${t('follow.title')}</h1>
${opts.sent ? html`<p class="notice ok" role="status">${t('follow.sent')}</p>` : ''}
${e.status === 'held' ? html`<p class="notice">${t('follow.held')}</p>` : ''}
<p class="notice">${t('follow.keep')}</p>
<section class="panel"><h2>${t('follow.order')}: ${e.productUrl ? html`<a href="${withLang(e.productUrl, c.lang)}">${e.productNameTh}</a>` : e.productNameTh}</h2>
<p>${t('follow.status')}: <span class="status">${status}</span></p>
<dl class="facts"><dt>${t('seller')}</dt><dd>${e.groupName}</dd>
<dt>${t('enquiry.quantity', { unit: unitName(e.unit, c.lang) })}</dt><dd>${num(e.quantity)}</dd>
${e.wantedOn ? html`<dt>${t('enquiry.wantedOn')}</dt><dd>${date(e.wantedOn, c.lang)}</dd>` : ''}
${e.deliveryPlace ? html`<dt>${t('enquiry.place')}</dt><dd>${e.deliveryPlace}</dd>` : ''}
${e.buyerName ? html`<dt>${t('enquiry.name')}</dt><dd>${e.buyerName}</dd>` : ''}</dl></section>
<section class="panel"><h2>${t('follow.thread')}</h2>
${e.messages.length ? html`<ol class="thread">${e.messages.map((m) => html`<li class="${m.author}"><span class="muted small">${t(AUTHOR[m.author] ?? 'follow.system')} · ${formatDateTime(m.createdAt, c.lang)}</span>
${decision(m.decision) ? html`<br><b>${decision(m.decision)}</b>` : ''}
${m.body ? html`<br><span class="pre">${m.body}</span>` : m.author === 'buyer' ? html`<br><span class="muted">${t('follow.purged')}</span>` : ''}</li>`)}</ol>` : html`<p class="muted">${t('follow.noMessages')}</p>`}
</section>
${e.actions.length ? html`<form class="panel" method="post" action="${path}">
<div class="field${error ? ' bad' : ''}"><label for="f-message">${t('follow.reply')}</label><textarea id="f-message" name="message" maxlength="2000"${error ? html` aria-invalid="true" aria-describedby="e-message"` : ''}>${opts.form.values.message ?? ''}</textarea>
${error ? html`<p class="error" id="e-message">${error}</p>` : ''}</div>
<div class="row"><button type="submit" name="action" value="message">${t('follow.send')}</button>
${e.actions.includes('accept_counter') ? html`<button type="submit" name="action" value="accept_counter" class="secondary">${t('follow.acceptCounter')}</button>` : ''}</div>
<details class="cancel"><summary>${t('follow.cancel')}</summary><p class="muted small">${t('follow.cancelHint')}</p>
<button type="submit" name="action" value="cancel" class="danger">${t('follow.cancelConfirm')}</button></details></form>` : html`<p class="muted">${t('follow.closed')}</p>`}`;
  return page({ lang: c.lang, site: c.site, title: `${t('follow.title')} — ${e.productNameTh}`, description: t('follow.title'), path, noindex: true, otherLang: withLang(path, c.lang === 'th' ? 'en' : 'th') }, body);
}

const REASONS = ['wrong_info', 'not_available', 'offensive', 'personal_data', 'scam', 'other'] as const;

export function reportPage(c: Ctx, p: { id: string; productName: string; url: string }, done: boolean, form: FormState): string {
  const t = translator(c.lang);
  const body: Html = done
    ? html`<h1>${t('report.title')}</h1><p class="notice ok" role="status">${t('report.thanks')}</p><p><a href="${withLang(p.url, c.lang)}">${p.productName}</a></p>`
    : html`<h1>${t('report.title')}</h1><p><a href="${withLang(p.url, c.lang)}">${p.productName}</a></p>
<form class="panel" method="post" action="${withLang(`/market/products/${p.id}/report`, c.lang)}">
<div class="field"><label for="f-reason">${t('report.reason')}</label><select id="f-reason" name="reason">${REASONS.map((r) => html`<option value="${r}"${form.values.reason === r ? html` selected` : ''}>${t(`report.${r}`)}</option>`)}</select></div>
<div class="field"><label for="f-message">${t('report.message')} <span class="hint">(${t('enquiry.optional')})</span></label><textarea id="f-message" name="message" maxlength="1000">${form.values.message ?? ''}</textarea></div>
<div class="hp" aria-hidden="true"><label for="f-website">${t('enquiry.honeypot')}</label><input id="f-website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t('report.send')}</button></form>`;
  return page({ lang: c.lang, site: c.site, title: t('report.title'), description: t('report.title'), path: `/market/products/${p.id}/report`, noindex: true }, body);
}

export function errorPage(c: Ctx, status: 400 | 404 | 429 | 500, retryAfterSeconds?: number): string {
  const t = translator(c.lang);
  const text = status === 400 ? t('error.400') : status === 404 ? t('error.404') : status === 429 ? t('error.429', { m: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) }) : t('error.500');
  return page({ lang: c.lang, site: c.site, title: `${status} — ${t('site')}`, description: text, path: '/market', noindex: true },
    html`<h1>${status}</h1><p class="notice">${text}</p><p><a href="${withLang('/market', c.lang)}">${t('error.back')}</a></p>`);
}
