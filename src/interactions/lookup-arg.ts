// What a paged /quote or /figure was asked, carried in its paging buttons' custom id (see paging.ts's `arg`).
import { foldDiacritics } from '../text/normalize.js';
import { ARG_MAX } from './paging.js';

const TYPED = 'q.';
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * '' for "everything", an entity id as it is (picked from autocomplete), or typed text as "q." + a folded slug
 * (letters and digits, "_" for anything else) cut to fit: the page is searched again from it on every click.
 */
export function encodeLookupArg(query: string, isEntity: boolean): string {
  if (query === '') return '';
  if (isEntity && ENTITY_ID.test(query) && query.length <= ARG_MAX) return query;
  const slug = foldDiacritics(query.toLowerCase())
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${TYPED}${slug.slice(0, ARG_MAX - TYPED.length)}`;
}

/** The query to look up again: an entity id, typed text (words), or '' for everything; undefined when malformed. */
export function decodeLookupArg(arg: string): { readonly query: string; readonly isEntity: boolean } | undefined {
  if (arg === '') return { query: '', isEntity: false };
  if (arg.startsWith(TYPED)) return { query: arg.slice(TYPED.length).replace(/_/g, ' '), isEntity: false };
  return ENTITY_ID.test(arg) ? { query: arg, isEntity: true } : undefined;
}
