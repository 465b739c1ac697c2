// Splits a list into pages that each fit one Discord message, in order: the renderers of /quote and /figure use it.

/**
 * Greedy pages: each page takes items in order while `fits(page)` holds; an item that does not fit even alone gets a
 * page of its own (its renderer truncates it). Deterministic, so the same list always pages the same way.
 */
export function packPages<T>(items: readonly T[], fits: (page: readonly T[]) => boolean): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    const grown = [...current, item];
    if (current.length > 0 && !fits(grown)) {
      pages.push(current);
      current = [item];
    } else current = grown;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** The page at `index`, clamped to the pages there are (a stale click after the list shrank shows the last one). */
export function pageAt<T>(
  pages: readonly T[][],
  index: number,
): { readonly items: readonly T[]; readonly page: number } {
  const page = Math.max(0, Math.min(index, pages.length - 1));
  return { items: pages[page] ?? [], page };
}
