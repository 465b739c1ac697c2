// Finds known phrases (entity names and aliases, glossary terms) in a sequence of folded tokens.

export interface PhraseMatch {
  readonly id: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

interface Phrase {
  readonly tokens: readonly string[];
  readonly id: string;
}

/** A PhraseMatcher's phrases by first token, as plain data (the engine cache stores it). */
export type PhraseMatcherData = ReadonlyMap<string, readonly Phrase[]>;

/** Leftmost-longest matching of token sequences; built once, matching is linear in the tokens. */
export class PhraseMatcher {
  private readonly byFirstToken: Map<string, Phrase[]>;

  constructor(data?: PhraseMatcherData) {
    this.byFirstToken = new Map([...(data ?? [])].map(([first, list]) => [first, [...list]]));
  }

  toData(): PhraseMatcherData {
    return this.byFirstToken;
  }

  add(tokens: readonly string[], id: string): void {
    const first = tokens[0];
    if (first === undefined) return;
    const list = this.byFirstToken.get(first) ?? [];
    if (list.some((entry) => entry.id === id && entry.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, id });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirstToken.set(first, list);
  }

  /** Every phrase found, leftmost-longest, without overlaps. */
  match(tokens: readonly string[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    let index = 0;
    while (index < tokens.length) {
      const candidates = this.byFirstToken.get(tokens[index] ?? '');
      let matched: PhraseMatch | undefined;
      if (candidates)
        for (const candidate of candidates) {
          if (startsAt(candidate.tokens, tokens, index)) {
            matched = { id: candidate.id, start: index, end: index + candidate.tokens.length };
            break;
          }
        }
      if (candidates && matched) {
        found.push(matched);
        // Other phrases of the same length starting here (an alias shared by two entities) are kept too.
        for (const candidate of candidates) {
          if (
            candidate.id !== matched.id &&
            candidate.tokens.length === matched.end - matched.start &&
            startsAt(candidate.tokens, tokens, index)
          ) {
            found.push({ id: candidate.id, start: index, end: matched.end });
          }
        }
        index = matched.end;
      } else {
        index += 1;
      }
    }
    return found;
  }
}

/** Whether `phrase` is written in `tokens` from `at` on (a plain loop: matching runs for every token of every ask). */
function startsAt(phrase: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let offset = 0; offset < phrase.length; offset += 1) if (tokens[at + offset] !== phrase[offset]) return false;
  return true;
}
