import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON schemas of /api/openapi.json (which the routes' zod
 * schemas generate): values shaped as the route expects, boundary values at each limit the schema
 * states, and hostile values (NUL and control characters, huge numbers, long strings, wrong types,
 * odd unicode) put at one place of an otherwise valid value.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Values taken from the test's world, so that valid-shaped requests reach the services. */
export interface Pools {
  uuids: string[];
  /** Unit, agency and other codes, picked for strings whose pattern they match. */
  codes: string[];
  /** Values by property name (cohort, version, …). */
  byName: Record<string, unknown[]>;
}

const THAI = ['สมใจ', 'ใจดี', 'กลุ่มเกษตรทฤษฎีใหม่', 'ผักบุ้ง', 'ตลาดนัด', 'บ้านโนนสูง', 'น้ำ', 'ศูนย์เรียนรู้'];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

function typeOf(s: JsonSchema): string | undefined {
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}

const isoDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2026-12-06'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function stringArb(s: JsonSchema, pools: Pools, name: string): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 60, 60);
  if (s.format === 'uuid') return pools.uuids.length ? fc.oneof({ arbitrary: pick(pools.uuids), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 }) : fc.uuid();
  if (s.format === 'date') return fc.oneof({ arbitrary: isoDate, weight: 4 }, { arbitrary: pick(['2026-08-10', '2026-10-01', '2099-01-01', '1900-01-01']), weight: 1 });
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'uri') return fc.webUrl();
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const known = [...pools.codes, ...((pools.byName[name] as string[] | undefined) ?? [])].filter((c) => typeof c === 'string' && re.test(c));
    const gen = fc.stringMatching(re).filter((x) => x.length >= min && x.length <= (s.maxLength ?? Infinity));
    return known.length ? fc.oneof({ arbitrary: pick(known), weight: 3 }, { arbitrary: gen, weight: 1 }) : gen;
  }
  const named = (pools.byName[name] as string[] | undefined)?.filter((x) => typeof x === 'string');
  const free = fc.oneof(
    { arbitrary: pick(THAI).filter((x) => x.length >= min && x.length <= max), weight: 3 },
    { arbitrary: fc.string({ minLength: min, maxLength: Math.max(min, max) }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(max, 20)) }), weight: 1 },
  );
  return named?.length ? fc.oneof({ arbitrary: pick(named), weight: 2 }, { arbitrary: free, weight: 1 }) : free;
}

function numberArb(s: JsonSchema, pools: Pools, name: string, integer: boolean): fc.Arbitrary<number> {
  const lo = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : (s.minimum ?? -1e9);
  const hi = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : (s.maximum ?? 1e9);
  const near = (a: number, b: number) => (integer ? fc.integer({ min: Math.ceil(a), max: Math.floor(b) }) : fc.double({ min: a, max: b, noNaN: true, noDefaultInfinity: true }));
  // Mostly everyday sizes, sometimes anywhere the schema allows (up to 2^53 − 1).
  const everyday = near(Math.max(lo, Math.min(0, hi)), Math.min(hi, Math.max(lo, 1000)));
  const named = (pools.byName[name] as number[] | undefined)?.filter((x) => typeof x === 'number' && x >= lo && x <= hi);
  const arbs: fc.WeightedArbitrary<number>[] = [{ arbitrary: everyday, weight: 4 }, { arbitrary: near(lo, hi), weight: 1 }];
  if (named?.length) arbs.push({ arbitrary: pick(named), weight: 6 });
  return fc.oneof(...arbs);
}

/** A value the schema accepts (as far as the JSON schema can say: refinements in zod are not in it). */
export function validArb(s: JsonSchema, pools: Pools, name = ''): fc.Arbitrary<unknown> {
  const base = ((): fc.Arbitrary<unknown> => {
    if (s.enum) return pick(s.enum);
    if (s.anyOf || s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf)!.map((x) => validArb(x, pools, name)));
    if (s.allOf?.length) return validArb(Object.assign({}, ...s.allOf), pools, name);
    switch (typeOf(s)) {
      case 'string':
        return stringArb(s, pools, name);
      case 'integer':
        return numberArb(s, pools, name, true);
      case 'number':
        return numberArb(s, pools, name, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(s.items ? validArb(s.items, pools, name) : fc.string(), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, Math.max(s.minItems ?? 0, 4)) });
      case 'object': {
        const props = s.properties ?? {};
        const arbs = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, validArb(v, pools, k)]));
        return fc.record(arbs, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return s.nullable || (Array.isArray(s.type) && s.type.includes('null')) ? fc.oneof({ arbitrary: base, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }) : base;
}

/** What a schema's limits make interesting: each side of every bound it states. */
export function boundaryValues(s: JsonSchema): unknown[] {
  const out: unknown[] = [];
  const t = typeOf(s);
  if (t === 'integer' || t === 'number') {
    for (const b of [s.minimum, s.maximum]) if (typeof b === 'number') out.push(b, b - 1, b + 1);
    if (t === 'integer') out.push(2147483647, 2147483648, -2147483649, 0.5);
  }
  if (t === 'string') {
    if (s.maxLength !== undefined) out.push('ก'.repeat(s.maxLength), 'a'.repeat(s.maxLength + 1));
    if (s.minLength) out.push('a'.repeat(s.minLength - 1), ' '.repeat(s.minLength));
    if (s.format === 'date') out.push('2026-02-29', '2028-02-29', '0000-01-01', '9999-12-31');
  }
  if (t === 'array') {
    if (s.maxItems !== undefined) out.push(Array.from({ length: s.maxItems + 1 }, () => (s.items?.type === 'string' ? 'x' : {})));
    if (s.minItems) out.push([]);
  }
  if (s.enum) out.push(`${String(s.enum[0])}X`, String(s.enum[0]).toUpperCase());
  return out;
}

/** Values no route should store as they are, or at all: each must be refused with a 4xx or stored safely. */
export const HOSTILE_VALUES: unknown[] = [
  '\u0000', 'นาง\u0000สมใจ', 'a\u0000', '\u0001\u0002\u0003', '\u001b[31m', '\u007f', '\u0008\u000b\u000c',
  2147483648, 9007199254740991, 9007199254740992, 1e21, 1e308, -1e308, 5e-324, -0, 0.1,
  'x'.repeat(10_001), 'ก'.repeat(100_000), '😀'.repeat(2_000),
  '😀', '\u202eabc', 'e\u0301', '\ud800', '\udfff', '\ufeff', '\u200b', '\u{20000}', 'ำ', '\u0e4d\u0e32',
  {}, [], true, false, null, '', ' ', 0, -1, '1', 'null', 'NaN', 'Infinity', '1e400', '0x10',
  JSON.parse('{"__proto__": {"isAdmin": true}}'), 'constructor', '__proto__',
  "' or 1=1 --", '%00', '../../etc/passwd', '<script>alert(1)</script>', '${jndi:ldap://x}',
  '2026-02-30', '2569-01-01', '-000001-01-01', '2026-1-1', '31/12/2569',
  JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`),
];

export interface Node {
  path: (string | number)[];
  schema: JsonSchema;
}

/** Every place of a value, with the schema that describes it (for boundary values). */
export function nodesOf(value: unknown, s: JsonSchema, path: (string | number)[] = []): Node[] {
  const here: Node = { path, schema: s };
  if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => nodesOf(v, s.items ?? {}, [...path, i]))];
  if (value && typeof value === 'object') {
    return [here, ...Object.entries(value).flatMap(([k, v]) => nodesOf(v, s.properties?.[k] ?? {}, [...path, k]))];
  }
  return [here];
}

/** A copy of `root` with the value at `path` replaced (or removed when `value` is REMOVE). */
export const REMOVE = Symbol('remove');
export function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value === REMOVE ? undefined : value;
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) };
  const [head, ...rest] = path;
  if (!rest.length && value === REMOVE) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
    return copy;
  }
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

export type Mutation = 'valid' | 'random' | 'hostile' | 'boundary' | 'remove' | 'extra';
export interface Mutated {
  value: unknown;
  mutation: Mutation;
  at: string;
}

/**
 * A known-good value with at most one place changed: to another value its schema allows, a
 * boundary value, a hostile value, removed, or an unknown field added. Starting from a value the
 * route accepts (zod refinements included) lets the one change reach the service.
 */
export function mutateArb(base: unknown, s: JsonSchema, pools: Pools): fc.Arbitrary<Mutated> {
  const nodes = nodesOf(base, s);
  const inner = nodes.filter((n) => n.path.length);
  const withBounds = nodes.filter((n) => boundaryValues(n.schema).length);
  const at = (n: Node) => n.path.join('.') || '(root)';
  const options: fc.WeightedArbitrary<Mutated>[] = [
    { arbitrary: fc.constant({ value: base, mutation: 'valid' as Mutation, at: '' }), weight: 1 },
    { arbitrary: fc.tuple(pick(nodes), pick(HOSTILE_VALUES)).map(([n, h]) => ({ value: setAt(base, n.path, h), mutation: 'hostile' as Mutation, at: at(n) })), weight: 4 },
    { arbitrary: pick(nodes).chain((n) => validArb(n.schema, pools, String(n.path.at(-1) ?? '')).map((x) => ({ value: setAt(base, n.path, x), mutation: 'random' as Mutation, at: at(n) }))), weight: 3 },
  ];
  if (inner.length) options.push({ arbitrary: pick(inner).map((n) => ({ value: setAt(base, n.path, REMOVE), mutation: 'remove' as Mutation, at: at(n) })), weight: 1 });
  if (withBounds.length) {
    options.push({ arbitrary: pick(withBounds).chain((n) => pick(boundaryValues(n.schema)).map((b) => ({ value: setAt(base, n.path, b), mutation: 'boundary' as Mutation, at: at(n) }))), weight: 3 });
  }
  if (base && typeof base === 'object' && !Array.isArray(base)) {
    options.push({ arbitrary: pick(HOSTILE_VALUES).map((h) => ({ value: { ...(base as object), unknownField: h }, mutation: 'extra' as Mutation, at: 'unknownField' })), weight: 1 });
  }
  return fc.oneof(...options);
}

/** A value drawn from the schema alone, possibly with one place changed. */
export function caseArb(s: JsonSchema | undefined, pools: Pools): fc.Arbitrary<Mutated> {
  if (!s) return fc.constant({ value: undefined, mutation: 'valid' as Mutation, at: '' });
  return validArb(s, pools).chain((v) => mutateArb(v, s, pools).map((m) => (m.mutation === 'valid' ? { ...m, mutation: 'random' as Mutation } : m)));
}
