// Cheap limits on a parsed body before zod sees it: zod validates recursively, so options nested 1,500 deep
// overflowed its stack (a 500). Walked iteratively here, so the check itself cannot overflow.

/** Discord's deepest interaction body (resolved data, sub-command groups) is far shallower than this. */
export const MAX_JSON_DEPTH = 32;
/** A command has at most 25 options per level and two levels of sub-commands; this bounds all of them together. */
export const MAX_OPTIONS = 100;

/**
 * Why the body is refused, or undefined when it is within the limits. Three parallel stacks (value, depth, whether
 * it sits under an "options" key) rather than an object per value: it runs on every request.
 */
export function jsonShapeProblem(value: unknown): string | undefined {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  const underOptions: boolean[] = [false];
  let options = 0;
  while (values.length > 0) {
    const next = values.pop();
    const depth = depths.pop() ?? 0;
    const isOptions = underOptions.pop() ?? false;
    if (typeof next !== 'object' || next === null) continue;
    if (depth > MAX_JSON_DEPTH) return `body nested deeper than ${MAX_JSON_DEPTH} levels`;
    if (Array.isArray(next)) {
      if (isOptions) {
        options += next.length;
        if (options > MAX_OPTIONS) return `more than ${MAX_OPTIONS} options`;
      }
      for (const child of next as unknown[]) {
        if (typeof child !== 'object' || child === null) continue;
        values.push(child);
        depths.push(depth + 1);
        underOptions.push(false);
      }
    } else {
      const record = next as Record<string, unknown>;
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        const child = record[key];
        if (typeof child !== 'object' || child === null) continue;
        values.push(child);
        depths.push(depth + 1);
        underOptions.push(key === 'options');
      }
    }
  }
  return undefined;
}
