// Who did what, within one fact: a fact that names several actors says each one's part in a clause of its own
// ("Samuel Brannan sold mining equipment, Levi's made jeans for miners and Darius Ogden Mills opened a bank").
import { normalizeForMatch } from '../../text/normalize.js';
import { stemToken } from '../../text/stem.js';
import { isStopword } from '../../text/stopwords.js';

/**
 * Where an answer moves from one actor's part to the next: punctuation, a dash, or "and" / "và" / "while" / "còn"
 * joining two parts. Read on the answer as written (before normalising, which drops the punctuation). A parenthesis
 * stays in its part: it describes the actor there ("Samuel Brannan (California's richest man) sold…").
 */
const PART_BREAK = /[,;:\u2013\u2014]|\s-\s|\s(?:and|while|whereas|và|còn)\s/iu;

/** Words that may stand before the actor a part opens with ("and Levi's…", "còn Mills…"), normalised. */
const PART_OPENERS: ReadonlySet<string> = new Set(['and', 'while', 'whereas', 'va', 'con', 'then', 'roi']);

/** Whether `part` (normalised) names one of `names` (normalised) as whole words. */
function names(part: string, forms: readonly string[]): boolean {
  const padded = ` ${part} `;
  return forms.some((form) => padded.includes(` ${form} `));
}

/** Whether `part` (normalised) opens with one of `names`: what follows is what the fact says that actor did. */
function opensWith(part: string, forms: readonly string[]): boolean {
  const words = part.split(' ');
  const start = PART_OPENERS.has(words[0] ?? '') ? words.slice(1).join(' ') : part;
  return forms.some((form) => start === form || start.startsWith(`${form} `));
}

/**
 * A claim about one of a fact's actors in words the fact says of another: "did Levi's open a bank?" against "…, Levi's
 * made jeans for miners and Darius Ogden Mills opened a bank". True when the fact names the subject in a part none of
 * whose words the claim uses, and a part that opens with another actor's name has one of the claim's words.
 *
 * `answer`: the fact's answer as written, in the question's language; `subject`: the names of the one actor the claim is
 * about; `others`: the names of each of the fact's other actors; `asked`: the claim's own words (no names, no stop
 * words). Names normalised (`normalizeForMatch`); asked words in any case, with or without diacritics.
 */
export function claimsOtherActor(
  answer: string,
  subject: readonly string[],
  others: readonly (readonly string[])[],
  asked: readonly string[],
): boolean {
  const stems = new Set(asked.map((word) => stemToken(normalizeForMatch(word))));
  if (stems.size === 0 || subject.length === 0 || others.length === 0) return false;
  let aboutSubject = false;
  let aboutOther = false;
  for (const written of answer.split(PART_BREAK)) {
    const part = normalizeForMatch(written);
    if (part === '') continue;
    const used = part.split(' ').some((word) => stems.has(stemToken(word)));
    if (names(part, subject)) {
      // The claim's words in a part about the subject: it may say so (in a part that names another actor too, as well).
      if (used) return false;
      aboutSubject = true;
    } else if (used && others.some((forms) => opensWith(part, forms))) aboutOther = true;
  }
  return aboutSubject && aboutOther;
}

/** The nearest word before (`step` -1) or after (+1) position `at` that is no stop word, stemmed; '' when none. */
function neighbour(words: readonly string[], at: number, step: -1 | 1): string {
  for (let i = at + step; i >= 0 && i < words.length; i += step) {
    const word = words[i] ?? '';
    if (!isStopword(word)) return stemToken(word);
  }
  return '';
}

/**
 * A claim naming something the knowledge does not know where the fact names one of its organisations, in the same slot:
 * "meta gom chip amd" against "tích trữ chip Nvidia", "did meta buy amd chips" against "stockpiled Nvidia chips". True
 * when an unknown word of the question and an organisation's name in the answer have the same content word right
 * before them, or right after.
 *
 * `question` and `answer` normalised (`normalizeForMatch`); `unknown`: the question's unknown words, stemmed;
 * `organisations`: the names of each organisation the fact names and the question does not, normalised.
 */
export function claimsOtherInSlot(
  question: string,
  answer: string,
  unknown: readonly string[],
  organisations: readonly (readonly string[])[],
): boolean {
  if (unknown.length === 0 || organisations.length === 0) return false;
  const asked = question.split(' ');
  const slots = new Set<string>();
  asked.forEach((word, i) => {
    if (!unknown.includes(stemToken(word))) return;
    slots.add(`<${neighbour(asked, i, -1)}`);
    slots.add(`>${neighbour(asked, i, 1)}`);
  });
  const said = answer.split(' ');
  for (const forms of organisations)
    for (const form of forms) {
      const length = form.split(' ').length;
      for (let i = 0; i + length <= said.length; i += 1) {
        if (said.slice(i, i + length).join(' ') !== form) continue;
        const before = neighbour(said, i, -1);
        const after = neighbour(said, i + length - 1, 1);
        if ((before !== '' && slots.has(`<${before}`)) || (after !== '' && slots.has(`>${after}`))) return true;
      }
    }
  return false;
}
