// Cheap limits on a parsed body before zod sees it: zod validates recursively, so options nested 1,500 deep
// overflowed its stack (a 500). Walked iteratively here, so the check itself cannot overflow.

/** Discord's deepest interaction body (resolved data, sub-command groups) is far shallower than this. */
export const MAX_JSON_DEPTH = 32;
/** A command has at most 25 options per level and two levels of sub-commands; this bounds all of them together. */
export const MAX_OPTIONS = 100;

/** Why the body is refused, or undefined when it is within the limits. */
export function jsonShapeProblem(value: unknown): string | undefined {
  const stack: { value: unknown; depth: number; key: string | undefined }[] = [{ value, depth: 1, key: undefined }];
  let options = 0;
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth > MAX_JSON_DEPTH) return `body nested deeper than ${MAX_JSON_DEPTH} levels`;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    if (next.key === 'options' && Array.isArray(next.value)) {
      options += next.value.length;
      if (options > MAX_OPTIONS) return `more than ${MAX_OPTIONS} options`;
    }
    if (Array.isArray(next.value)) {
      for (const child of children) stack.push({ value: child, depth: next.depth + 1, key: undefined });
    } else {
      for (const [key, child] of Object.entries(next.value)) stack.push({ value: child, depth: next.depth + 1, key });
    }
  }
  return undefined;
}
