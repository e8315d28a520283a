import { describe, expect, it } from 'vitest';
import { html, jsonLd, qs, raw, safeUrl } from './market.html';
import { withLang } from './market.layout';

describe('HTML escaping', () => {
  it('escapes every value unless it is markup built here', () => {
    const name = '<script>alert("x")</script>\'`&';
    expect(html`<b title="${name}">${name}</b>`.value).toBe('<b title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&#96;&amp;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&#96;&amp;</b>');
    expect(html`<p>${html`<i>${'<b>'}</i>`}${raw('<br>')}</p>`.value).toBe('<p><i>&lt;b&gt;</i><br></p>');
    expect(html`${[1, null, false, 'a<']}`.value).toBe('1a&lt;');
  });
  it('JSON-LD cannot close its element', () => {
    const out = jsonLd({ name: '</script><script>alert(1)</script>&\u2028' }).value;
    expect(out).not.toContain('</script><script>');
    expect(JSON.parse(out.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({ name: '</script><script>alert(1)</script>&\u2028' });
  });
  it('only http(s) addresses become links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl(' https://www.facebook.com/x ')).toBe('https://www.facebook.com/x');
    expect(safeUrl('facebook.com/x')).toBeNull();
  });
  it('links keep their filters and language', () => {
    expect(qs({ q: 'ผัก บุ้ง', page: 2, empty: '', none: undefined })).toBe('?q=%E0%B8%9C%E0%B8%B1%E0%B8%81+%E0%B8%9A%E0%B8%B8%E0%B9%89%E0%B8%87&page=2');
    expect(withLang('/market?q=x', 'en')).toBe('/market?q=x&lang=en');
    expect(withLang('/market?lang=en', 'th')).toBe('/market');
  });
});
