// Deep freezing, apart from the loader: a process that reads the engine cache freezes what it read without loading
// the knowledge schemas (src/engine-cache.ts).

/** Freezes a value and everything reachable through its own properties (a reload freezes what its worker sent). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
