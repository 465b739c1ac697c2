// Understands the shape of a message: the friendly preamble, hedges and thanks around a question (which must not lower
// the answer), and messages that ask several questions ("how much does OpenAI lose and who reported it?").
import { foldDiacritics } from '../../text/normalize.js';

/** Filler said around a question, in both languages (folded, matched at clause level). */
const FILLER = [
  /^(?:hey|hi|hello|yo|ok|okay|so|well|um|uh|guys|everyone|all|folks|bot|friends?|good (?:morning|afternoon|evening)|morning)(?: (?:everyone|all|guys|folks|bot|there))?$/,
  /^(?:quick (?:question|one|q)|just curious|just wondering|random question|question|honestly|actually|basically|btw|by the way|long time lurker here|sorry(?: if this is (?:dumb|stupid|obvious))?|i'?m new here|i m new here|new here|thanks|thank you|thx|ty|cheers|please|pls)$/,
  /^(?:i (?:was|am|m) (?:arguing|debating|chatting|talking) with (?:a|my) (?:friend|colleague|coworker|boss)(?: about)?|i (?:might|may) be misremembering(?: but)?|not sure if this was covered(?: but)?|i read somewhere that .*|my (?:friend|boss|colleague) (?:claims|says|keeps saying|thinks) .*|honestly i'?m confused|i'?m confused|i m confused)$/,
  /^(?:chao|xin chao|hi|alo|ad oi|ban oi|bot oi|mn oi|moi nguoi oi|chao moi nguoi|chao ban|e|ê|oi|cam on|cam on nhieu|cam on ban|thanks)$/,
  /^(?:cho (?:minh|toi|em|to) hoi(?: chut| ti| xiu| nhe| voi)?|minh moi vao nhom|hoi ngu chut|xin loi neu hoi (?:ngo ngan|ngu)|that ra minh cung khong chac lam|tien hoi luon|hom qua tranh luan voi ban|minh doc bai roi ma van chua hieu|minh muon biet)$/,
];

/** Filler that opens a clause which goes on to ask: "I was arguing with a friend about how much…". */
const FILLER_PREFIX =
  /^(?:(?:so |and |but |ok |okay )?(?:i (?:was|am|m) (?:arguing|debating|chatting|talking) with (?:a|my) (?:friend|colleague|coworker|boss) about|just curious,?|just wondering,?|quick (?:question|one|q):?|sorry if this is (?:dumb|stupid|obvious),? but|not sure if this was covered,? but|i (?:might|may) be misremembering,? but|hey,? so regarding [^,]+,|so regarding [^,]+,|and|but|also)\s+)+/iu;

const isFiller = (clause: string) => {
  const folded = foldDiacritics(clause.toLowerCase())
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded === '' || FILLER.some((pattern) => pattern.test(folded));
};

/**
 * The question with the filler clauses around it removed ("hey everyone, quick question, … how much…" → "how much…");
 * the text itself when nothing is filler. Clauses are split at commas, colons and sentence ends.
 */
export function withoutFiller(text: string): string {
  const clauses = text.split(/(?<=[,:;.!?])\s+|\s+-\s+/u);
  const kept = clauses.filter((clause) => !isFiller(clause));
  if (kept.length === 0) return text;
  const joined = kept.join(' ').replace(/^[,:;.\s]+/u, '');
  const stripped = joined.replace(FILLER_PREFIX, '');
  return stripped.trim() === '' ? joined : stripped;
}

/** Where a message's second question may start: a question mark, ", and", "also", "còn", "và". */
const SPLITS = [/\?\s+(?=\S)/u, /,?\s+(?:and|also)\s+/iu, /[,;]\s*(?:còn|con)\s+/iu, /,?\s+(?:và|va)\s+/iu];

/** An English question opens with its question word; "and kick off the AI war" is not a second question. */
const EN_OPENING =
  /^(?:(?:and|also|but|so) )?(?:how|what|whats|who|whos|when|where|why|which|is|are|was|were|does|did|do|can|could|will)\b/;
/** A Vietnamese question says so anywhere ("… bao nhiêu", "… thì sao"); "ai" (who) only first, since "AI" is the topic. */
const VI_CUE =
  /\b(?:bao nhieu|bn|khi nao|gi|j|tai sao|vi sao|thi sao|the nao|ra sao|khong|o dau)\b|^(?:(?:va|con) )?ai\b/;

const asks = (text: string) => {
  const folded = foldDiacritics(text.toLowerCase())
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim();
  return EN_OPENING.test(folded) || VI_CUE.test(folded);
};

/** The questions of a message, in order (one element when it asks one). At most `max` parts. */
export function splitQuestions(text: string, max: number): string[] {
  let parts = [text.trim()];
  for (const split of SPLITS) {
    parts = parts.flatMap((part) => {
      const pieces = part.split(split).filter((p) => p.trim() !== '');
      return pieces.length > 1 && pieces.every(asks) ? pieces : [part];
    });
    if (parts.length >= max) break;
  }
  return parts.slice(0, max).map((p) => p.trim().replace(/^(?:and|also|và|va|còn|con)\s+/iu, ''));
}
