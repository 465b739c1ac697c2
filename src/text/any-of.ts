// Several regular expressions tested as one: one pass over a text instead of one call per pattern.

/** A backreference (`\1`, `\k<name>`): its group's number or name would change inside the alternation. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/**
 * One pattern that matches a text exactly when one of `patterns` does: their alternation, each kept in a group of its
 * own. Only patterns that read the same inside it are accepted — no flags (the alternation has none) and no
 * backreference (its group would be numbered anew) — so a pattern added later that breaks this fails at load, not in a
 * wrong answer.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(
    patterns
      .map((pattern) => {
        if (pattern.flags !== '') throw new Error(`pattern ${pattern.source} must have no flags to be joined`);
        if (BACKREFERENCE.test(pattern.source))
          throw new Error(`pattern ${pattern.source} must have no backreference to be joined`);
        return `(?:${pattern.source})`;
      })
      .join('|'),
  );
}
