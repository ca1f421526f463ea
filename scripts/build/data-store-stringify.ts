/**
 * The content layer's data store written as `devalue.stringify` writes it, byte for byte, for the values a store holds
 * (maps of entries: plain objects, arrays, strings, numbers, booleans, null, undefined, dates), in a fraction of its
 * time: devalue 5 reaches every value through its pluggable operations, records a key path for its error messages and
 * escapes strings a character at a time (2.0 CPU s of a 2,000-document build's 64 MB store, against 0.5 here). Any
 * other value (a set, a class instance, a hole in an array, a function…) gives `undefined`, and the caller writes the
 * store with devalue itself. patches/astro+7.3.5.patch calls it through `globalThis`, where astro.config.mjs puts it.
 */

/** devalue's codes for values it writes as a negative index (devalue/src/constants.js). */
const UNDEFINED = -1;
const NAN = -3;
const POSITIVE_INFINITY = -4;
const NEGATIVE_INFINITY = -5;
const NEGATIVE_ZERO = -6;

/** The characters devalue escapes in a string (devalue/src/utils.js `get_escaped_char`). */
const ESCAPED = /["<\\\u0000-\u001f\u2028\u2029]/g;

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '<': '\\u003C',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** A string as devalue writes it: in double quotes, with its escapes (a control character as `\u00xx`). */
export function devalueString(text: string): string {
  ESCAPED.lastIndex = 0;
  if (!ESCAPED.test(text)) return `"${text}"`;
  return `"${text.replace(ESCAPED, (character) => ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** Thrown inside the walk at a value devalue writes in a way this does not: the caller falls back on devalue. */
class Unsupported extends Error {}

/** An object devalue writes as `{…}`: its prototype is Object's, and it has no symbol keys and no `__proto__` key. */
function isPlainObject(value: object): value is Record<string, unknown> {
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  return !Object.hasOwn(value, '__proto__');
}

/**
 * `devalue.stringify(value)` for the values a data store holds, or `undefined` for a value with anything else in it. As
 * devalue does: each distinct value (an object by identity, a primitive by value) gets the next index when first met,
 * before its members, and is written once at that index.
 */
export function devalueStringify(value: unknown): string | undefined {
  const indexes = new Map<unknown, number>();
  const written: string[] = [];

  function flatten(thing: unknown): number {
    if (thing === undefined) return UNDEFINED;
    if (typeof thing === 'number') {
      if (Number.isNaN(thing)) return NAN;
      if (thing === Infinity) return POSITIVE_INFINITY;
      if (thing === -Infinity) return NEGATIVE_INFINITY;
      if (thing === 0 && 1 / thing < 0) return NEGATIVE_ZERO;
    }
    const known = indexes.get(thing);
    if (known !== undefined) return known;
    const index = written.length;
    indexes.set(thing, index);
    written.push('');
    written[index] = write(thing);
    return index;
  }

  function write(thing: unknown): string {
    switch (typeof thing) {
      case 'string':
        return devalueString(thing);
      case 'number':
      case 'boolean':
        return String(thing);
      case 'object':
        break;
      default:
        throw new Unsupported();
    }
    if (thing === null) return 'null';
    if (Array.isArray(thing)) {
      let out = '[';
      for (let i = 0; i < thing.length; i += 1) {
        if (!Object.hasOwn(thing, i)) throw new Unsupported();
        out += (i > 0 ? ',' : '') + String(flatten(thing[i]));
      }
      return `${out}]`;
    }
    if (thing instanceof Map) {
      let out = '["Map"';
      for (const [key, member] of thing) {
        const keyIndex = flatten(key);
        out += `,${String(keyIndex)},${String(flatten(member))}`;
      }
      return `${out}]`;
    }
    if (thing instanceof Date && Object.getPrototypeOf(thing) === Date.prototype) {
      return `["Date","${Number.isNaN(thing.getDate()) ? '' : thing.toISOString()}"]`;
    }
    if (!isPlainObject(thing) || typeof thing['then'] === 'function') throw new Unsupported();
    let out = '{';
    let started = false;
    for (const key of Object.keys(thing)) {
      out += `${started ? ',' : ''}${devalueString(key)}:${String(flatten(thing[key]))}`;
      started = true;
    }
    return `${out}}`;
  }

  try {
    const root = flatten(value);
    return root < 0 ? String(root) : `[${written.join(',')}]`;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** The name under which astro.config.mjs offers `devalueStringify` to the patched data-store writer. */
export const DATA_STORE_STRINGIFY = Symbol.for('cosi-archive.data-store-stringify');

/** Offers `devalueStringify` to the data-store writer of this process (patches/astro+7.3.5.patch). */
export function offerDataStoreStringify(): void {
  (globalThis as Record<symbol, unknown>)[DATA_STORE_STRINGIFY] = devalueStringify;
}
