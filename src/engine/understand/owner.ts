// "Musk's car company", "công ty của Musk": a person's company named through the person. Rewritten to the company's own
// name (the person's `organisation` in the knowledge), so that the question is about the company the article names.
import { stemToken } from '../../text/stem.js';
import { COMPANY_NOUNS } from '../../text/words/question-cues.js';
import type { FactIndex } from '../fact-index.js';

/** Words that may stand between the person and the company noun: at most this many ("electric car"). */
const MAX_DESCRIBING_WORDS = 2;

/**
 * The folded tokens with "<person> 's [describing words] <company noun>" (or Vietnamese "<company noun> [words] của
 * <person>") replaced by the person's organisation's name; the tokens themselves when there is none. A describing word
 * must be a word of the organisation's aliases ("car" of "electric car maker"): "Musk's AI company" is not Tesla.
 */
export function withOwnersCompany(
  folded: readonly string[],
  index: Pick<FactIndex, 'matchers' | 'organisations'>,
): readonly string[] {
  for (let i = 0; i < folded.length; i += 1) {
    const token = folded[i] ?? '';
    if (token === 's') {
      // English: the person ends at i - 1.
      const noun = nounAfter(folded, i + 1);
      if (noun < 0) continue;
      const person = personEndingAt(folded, i, index);
      const organisation = person && index.organisations.get(person.id);
      if (!person || !organisation || !describes(folded.slice(i + 1, noun), organisation.aliasWords)) continue;
      return [...folded.slice(0, person.start), ...organisation.name, ...folded.slice(noun + 1)];
    }
    if (token === 'cua' && i > 0) {
      // Vietnamese: the company noun opens the phrase, the person follows "của".
      const person = personStartingAt(folded, i + 1, index);
      const organisation = person && index.organisations.get(person.id);
      if (!person || !organisation) continue;
      for (let start = i - 1; start >= Math.max(0, i - 1 - MAX_DESCRIBING_WORDS - 1); start -= 1) {
        const head = folded[start] ?? '';
        const opens =
          head === 'hang' ||
          (head === 'ty' && folded[start - 1] === 'cong') ||
          (head === 'doan' && folded[start - 1] === 'tap');
        if (!opens || !describes(folded.slice(start + 1, i), organisation.aliasWords)) continue;
        const from = head === 'hang' ? start : start - 1;
        return [...folded.slice(0, from), ...organisation.name, ...folded.slice(person.end)];
      }
    }
  }
  return folded;
}

function nounAfter(folded: readonly string[], from: number): number {
  for (let k = from; k <= from + MAX_DESCRIBING_WORDS && k < folded.length; k += 1)
    if (COMPANY_NOUNS.has(folded[k] ?? '')) return k;
  return -1;
}

const describes = (words: readonly string[], aliasWords: ReadonlySet<string>) =>
  words.every((word) => aliasWords.has(stemToken(word)));

/** The entity whose name ends just before `end` (its start in `folded`), looking back a few words. */
function personEndingAt(folded: readonly string[], end: number, index: Pick<FactIndex, 'matchers'>) {
  const from = Math.max(0, end - 3);
  const match = index.matchers.entities.match(folded.slice(from, end).map(stemToken)).find((m) => from + m.end === end);
  return match ? { id: match.id, start: from + match.start } : undefined;
}

/** The entity whose name starts at `start` (its end in `folded`). */
function personStartingAt(folded: readonly string[], start: number, index: Pick<FactIndex, 'matchers'>) {
  const match = index.matchers.entities.match(folded.slice(start, start + 3).map(stemToken)).find((m) => m.start === 0);
  return match ? { id: match.id, end: start + match.end } : undefined;
}
