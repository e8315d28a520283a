import { createRequire } from 'node:module';

/**
 * exceljs 4.4's streaming reader decodes each chunk of a sheet's XML on its own
 * (utils/parse-sax.js: `textDecoder.decode(chunk)`), so a Thai letter — three bytes in UTF-8 —
 * split across two chunks becomes "��": in a 64,144-row office workbook 76 cells came out
 * broken ("2��/11/2510"). This puts in its place, before exceljs is first loaded, the same
 * parser with one streaming decoder per sheet. Imported by lib/lazy.ts (every runtime load of
 * exceljs goes through it); a script that imports exceljs itself imports this first.
 */
const require = createRequire(import.meta.url);

function install() {
  let target: string;
  let fromExcel: NodeJS.Require;
  try {
    target = require.resolve('exceljs/lib/utils/parse-sax.js');
    fromExcel = createRequire(target);
  } catch {
    return; // exceljs is not installed here (a bundle without it): nothing to mend
  }
  if (require.cache[target]?.loaded) return; // already loaded: too late, and already mended if by us
  const { SaxesParser } = fromExcel('saxes') as { SaxesParser: new () => { on(e: string, f: (v: unknown) => void): void; write(s: string): void } };
  async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
    const parser = new SaxesParser();
    const decoder = new TextDecoder('utf-8');
    let error: unknown;
    parser.on('error', (err) => (error = err));
    let events: { eventType: string; value: unknown }[] = [];
    parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
    const source = (iterable as { pipe?: unknown })[Symbol.asyncIterator as never] ? iterable : (iterable as unknown as NodeJS.ReadableStream);
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  }
  const mod = new (require('node:module') as { Module: new (id: string) => NodeJS.Module }).Module(target);
  mod.filename = target;
  mod.exports = parseSax;
  mod.loaded = true;
  require.cache[target] = mod;
}

install();
