// A new fact's skeleton for a paragraph: every required field present, the parts only a person can write
// marked with PLACEHOLDER so that validation refuses the fact until they are written.
import type { Fact, KnowledgeBase } from './schema.js';

/** Marks text a person must still write; the integrity rules refuse any field that contains it. */
export const PLACEHOLDER = 'TODO';

function kebab(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** A fact for ¶`paragraph`: its section, the paragraph's first sentence as the quote to trim, placeholders elsewhere. */
export function scaffoldFact(kb: KnowledgeBase, paragraph: number, id?: string): Fact {
  const found = kb.paragraphs.find((p) => p.number === paragraph);
  if (!found) throw new RangeError(`¶${paragraph} does not exist (the article has ¶1..¶${kb.paragraphs.length})`);
  const sentence = found.text.split(/(?<=[.!?…])\s+/)[0] ?? found.text;
  let newId = id ?? `p${paragraph}-${kebab(sentence.split(/\s+/).slice(0, 6).join(' '))}`;
  for (let n = 2; kb.factsById.has(newId); n += 1) newId = `${id ?? `p${paragraph}-new`}-${n}`;
  const todo = (what: string) => `${PLACEHOLDER}: ${what}`;
  return {
    id: newId,
    section: found.section,
    paragraph,
    quote: sentence,
    quoteEn: todo('the quote in English, correcting the machine translation where it misleads'),
    kind: 'statement',
    answer: { en: todo('a short self-contained answer'), vi: todo('câu trả lời ngắn') },
    questions: {
      en: [todo('a question this fact answers'), todo('another wording'), todo('a third wording')],
      vi: [todo('câu hỏi có dấu'), todo('cau hoi khong dau'), todo('một cách hỏi khác')],
    },
    keywords: { en: [], vi: [] },
    figures: [],
    entities: [],
    related: [],
  };
}

const PLACEHOLDER_MARK = `${PLACEHOLDER}:`;

/** Every path (dotted) of a string field of `value` that still holds the placeholder. */
export function placeholderFields(value: unknown, prefix = ''): string[] {
  const found: string[] = [];
  collectPlaceholders(value, prefix, [], found);
  return found;
}

/**
 * Walks `value` with the keys that lead to it in `path`; a path is joined only for a field that holds the placeholder
 * (every fact is checked at each load, and nearly none has one). Joined as it always was: an empty prefix takes no dot.
 */
function collectPlaceholders(value: unknown, prefix: string, path: string[], found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes(PLACEHOLDER_MARK))
      found.push(path.reduce((joined, key) => (joined ? `${joined}.${key}` : key), prefix));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      path.push(`${i}`);
      collectPlaceholders(item, prefix, path, found);
      path.pop();
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      path.push(key);
      collectPlaceholders(record[key], prefix, path, found);
      path.pop();
    }
  }
}
