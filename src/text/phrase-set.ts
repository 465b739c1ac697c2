// Which of a list of phrases a text's words contain, each as whole consecutive words: one map lookup per word instead
// of a substring search per phrase (the lists are long and run for every question).

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
  /** Its position in the list the set was made from. */
  readonly position: number;
}

export class PhraseSet<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  private readonly entries: Entry<T>[] = [];

  /** `phrases`: each phrase (words separated by single spaces) with its value; a phrase listed twice counts twice. */
  constructor(phrases: Iterable<readonly [phrase: string, value: T]>) {
    let position = 0;
    for (const [phrase, value] of phrases) {
      const words = phrase.split(' ');
      if (words.some((word) => word === '')) throw new Error(`phrase "${phrase}" must be words separated by one space`);
      const first = words[0] ?? '';
      const list = this.byFirstWord.get(first) ?? [];
      const entry = { words, value, position };
      list.push(entry);
      this.entries.push(entry);
      this.byFirstWord.set(first, list);
      position += 1;
    }
  }

  /**
   * The values of the phrases found in `words` (none of which may contain a space), one per phrase of the list
   * however often it occurs, in the list's order: what `phrases.filter((p) => ` ${words.join(' ')} `.includes(` ${p} `))`
   * gives.
   */
  found(words: readonly string[]): T[] {
    let positions: number[] | undefined;
    this.each(words, (entry) => {
      if (!positions?.includes(entry.position)) (positions ??= []).push(entry.position);
    });
    if (!positions) return [];
    positions.sort((a, b) => a - b);
    return positions.map((position) => (this.entries[position] as Entry<T>).value);
  }

  /** Every occurrence of every phrase in `words` (overlapping ones too): its value, where it starts and its length. */
  matches(words: readonly string[], visit: (value: T, start: number, length: number) => void): void {
    this.each(words, (entry, start) => visit(entry.value, start, entry.words.length));
  }

  private each(words: readonly string[], visit: (entry: Entry<T>, start: number) => void): void {
    for (let at = 0; at < words.length; at += 1) {
      const candidates = this.byFirstWord.get(words[at] ?? '');
      if (!candidates) continue;
      for (const candidate of candidates) if (startsAt(candidate.words, words, at)) visit(candidate, at);
    }
  }
}

function startsAt(phrase: readonly string[], words: readonly string[], at: number): boolean {
  if (at + phrase.length > words.length) return false;
  for (let offset = 0; offset < phrase.length; offset += 1) if (words[at + offset] !== phrase[offset]) return false;
  return true;
}
