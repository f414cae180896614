// Reads Nuxt 3's `<script id="__NUXT_DATA__">`: devalue's flat JSON, where index 0 is the
// root and every value is an index into the array. Types are wrapped as
// ["Reactive", i], ["Set", …], ["Map", k, v, …], ["Date", iso]; negative indexes are
// undefined, holes, NaN and infinities. Shared references stay shared; cycles are cut.
const SPECIAL: Record<number, unknown> = { [-1]: undefined, [-2]: undefined, [-3]: NaN, [-4]: Infinity, [-5]: -Infinity, [-6]: -0 };
const WRAPPERS = new Set(['Reactive', 'ShallowReactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef', 'Object']);

export function unflatten(flat: unknown): unknown {
  if (!Array.isArray(flat)) throw new TypeError('devalue: not an array');
  const done = new Map<number, unknown>();
  const hydrate = (index: number, depth: number): unknown => {
    if (index < 0) return SPECIAL[index];
    if (done.has(index)) return done.get(index);
    if (depth > 200) return undefined;
    const v: unknown = flat[index];
    if (v === null || typeof v !== 'object') {
      done.set(index, v);
      return v;
    }
    if (Array.isArray(v)) {
      const [tag, ...rest] = v as unknown[];
      if (typeof tag === 'string') {
        if (WRAPPERS.has(tag)) {
          const inner = typeof rest[0] === 'number' ? hydrate(rest[0], depth + 1) : undefined;
          done.set(index, inner);
          return inner;
        }
        if (tag === 'Date') return new Date(String(rest[0])).toISOString();
        if (tag === 'Set') return rest.map((i) => hydrate(Number(i), depth + 1));
        if (tag === 'Map') {
          const out: Record<string, unknown> = {};
          for (let k = 0; k + 1 < rest.length; k += 2) out[String(hydrate(Number(rest[k]), depth + 1))] = hydrate(Number(rest[k + 1]), depth + 1);
          return out;
        }
        return undefined; // BigInt, RegExp, null-prototype and custom reducers: not state we read
      }
      const arr: unknown[] = [];
      done.set(index, arr);
      for (const i of v) arr.push(hydrate(Number(i), depth + 1));
      return arr;
    }
    const obj: Record<string, unknown> = {};
    done.set(index, obj);
    for (const [k, i] of Object.entries(v as Record<string, unknown>)) obj[k] = hydrate(Number(i), depth + 1);
    return obj;
  };
  return hydrate(0, 0);
}
