/** C0 control characters except tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

// eslint-disable-next-line no-control-regex
const shown = (s: string) => s.replace(/[\u0000-\u001F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The first string (or object key) in a parsed body, query or path holding a control character,
 * as a dotted path (`activities.0.detail`) and the character (`U+0000`). Walks without recursion:
 * a deeply nested JSON body must not overflow the stack.
 */
export function findControlCharacter(value: unknown): { path: string; character: string } | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const m = CONTROL.exec(v);
      if (m) return { path, character: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], path ? `${path}.${i}` : String(i)]);
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const p = path ? `${path}.${shown(k)}` : shown(k);
        const m = CONTROL.exec(k);
        if (m) return { path: p, character: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
        stack.push([child, p]);
      }
    }
  }
  return null;
}
