import fc from 'fast-check';
import type { z } from 'zod';

/** Keys that pollute prototypes when code copies objects carelessly. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export const NON_ASCII_NAMES = [
  'José Ñúñez',
  'Zoë Ångström',
  '李小龙',
  'Αλέξανδρος',
  'محمد',
  'Ōtsuka 大塚',
  '👩‍⚕️ Ana',
];

/** Strings a form would never send: huge, control characters, markup, SQL, format strings. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'x'.repeat(100_000),
    '\u0000\u0001\u001f',
    '<script>alert(1)</script>',
    "'; DROP TABLE clients; --",
    '%s%n%x',
    '\uD800',
    '../../etc/passwd',
    ...POLLUTING_KEYS,
    ...NON_ASCII_NAMES,
  ),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    Number.MIN_SAFE_INTEGER - 2,
    1e308,
    0.5,
  ),
  fc.double(),
  fc.integer(),
);

/** Nests an object `depth` levels deep, to probe recursion limits. */
const deeplyNested = fc.integer({ min: 50, max: 5000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { a: value } : [value];
  return value;
});

/** An object whose own keys are the polluting ones, as JSON.parse would produce them. */
const pollutingObject = fc
  .record({ key: fc.constantFrom(...POLLUTING_KEYS), value: fc.oneof(fc.string(), fc.object()) })
  .map(
    ({ key, value }) =>
      JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify({ polluted: value })}}`) as unknown,
  );

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, undefined, true, false, [], {}, () => 1, Symbol('s'), 10n),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
  }),
  deeplyNested,
  pollutingObject,
);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Values shaped like the schema expects (the right keys, plausible strings and numbers, the ids of
 * real records), often enough valid to reach the handlers, often enough wrong to test the edges.
 */
export function shapedLike(schema: z.ZodType, pools: { ids: string[] }, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (child: unknown) => shapedLike(child as z.ZodType, pools, depth + 1);
  const plausibleString = fc.oneof(
    fc.constantFrom(...pools.ids),
    fc.uuid(),
    fc.constantFrom(
      '2026-03-02',
      '1971-04-23',
      '2026-03-02T09:30:00.000Z',
      '2026-03-10T10:00',
      'a@b.org',
      '',
    ),
    fc.constantFrom(...NON_ASCII_NAMES),
    hostileString,
  );
  if (depth > 6) return hostileValue;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, inner(child)]));
      return fc.record(fields, { requiredKeys: [] });
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(inner(def.innerType), fc.constantFrom(undefined, null));
    case 'pipe':
      return inner(def.in);
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'tuple':
      return fc.tuple(...(def.items as z.ZodType[]).map(inner));
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map(inner));
    case 'enum':
      return fc.oneof(fc.constantFrom(...Object.values(def.entries as object)), hostileString);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'string':
      return plausibleString;
    case 'number':
    case 'int':
      return fc.oneof(fc.integer({ min: -2, max: 12 }), hostileNumber);
    case 'boolean':
      return fc.oneof(fc.boolean(), hostileValue);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType), { maxKeys: 3 });
    default:
      return hostileValue;
  }
}

/**
 * Adds a polluting key as an own property beside the expected ones, exactly as `JSON.parse` (and so
 * the browser host) would hand it over, the shape a careless `Object.assign` would trust.
 */
export function withPollutingKey(value: unknown, key: (typeof POLLUTING_KEYS)[number]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  Object.defineProperty(copy, key, {
    value: { polluted: true },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
