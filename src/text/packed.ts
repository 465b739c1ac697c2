// Arrays built so that code reading them always sees the same kind of array.

/**
 * `items.map(f)`, built by pushing. An array made by `Array.prototype.map` is packed when the builtin makes it but
 * holey once an optimised caller inlines the call, so a function that reads such arrays sees both kinds (one when its
 * caller runs in the interpreter, the other once the caller is optimised), and its optimised code deoptimises on the
 * kind it was not compiled for, again and again. Pushed onto `[]`, the array is packed however it is made. Same
 * elements, same order (the arrays mapped here have no holes).
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += 1) out.push(f(items[i] as T, i));
  return out;
}
