// Understands the shape of a message: the friendly preamble, hedges and thanks around a question (which must not lower
// the answer), and messages that ask several questions ("how much does OpenAI lose and who reported it?").
import { mapped } from '../../text/packed.js';
import { foldDiacritics } from '../../text/normalize.js';
import {
  CLAIM_FRAME,
  CLOSING,
  PARENTHESIS_BREAK,
  FILLER,
  FILLER_PREFIX,
  SEEN_ON_FRAME,
  VI_FILLER_PREFIX,
} from '../../text/words/small-talk.js';
import { EN_AUXILIARIES, TAG_CLAUSE_CORES, TAG_CLAUSE_WORDS } from '../../text/words/yes-no.js';
import { anyOf } from '../../text/any-of.js';

/** "ạ", the Vietnamese particle of politeness ("… không ạ", "cho em hỏi … ạ?"), as typed with its accent. */
const POLITENESS = /(?<![\p{L}\p{N}])ạ(?![\p{L}\p{N}])/giu;

/**
 * A laugh, a "pls" or another closing (`CLOSING`: "… pretty please", "… hóng trả lời") ending a message ("openai's loss
 * vs its inference cost lol", "…, right pls"): how it is said, not what is asked; left at the end of a comparison's
 * second side it was a word the article does not know.
 */
const CHAT_TAIL = new RegExp(
  String.raw`(?:[\s,.!?]+(?:lol+|lmao+|lmfao|rofl|ha(?:ha)+|he(?:he)+|xd|pls|plz|kkk+|${CLOSING}))+[\s.!?]*$`,
  'iu',
);

/**
 * The message without its particles of politeness and the laugh or "pls" it closes with: "ạ" says nothing asked, and folded it would read "à", which makes a
 * statement a yes/no question. A message of nothing else is kept.
 */
export function withoutPoliteness(text: string, isSmallTalk: (text: string) => boolean = () => false): string {
  const polite = text.includes('ạ') || text.includes('Ạ');
  // Small talk keeps its laugh ("sorry for the noob question, lol"): it is all chat, and stays small talk.
  const tail = CHAT_TAIL.test(text) && !isSmallTalk(text);
  if (!polite && !tail) return text;
  const unpolite = polite ? text.replace(POLITENESS, '') : text;
  // The question mark the question closed with stays ("… around $8.5bn? lol" is still asked).
  const without = (tail ? unpolite.replace(CHAT_TAIL, (closing) => (closing.includes('?') ? '?' : '')) : unpolite)
    .replace(/\s+([?!.,])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return without === '' ? text : without;
}

/** Any of `FILLER` in one pattern (`anyOf`): one pass over a clause instead of a call per pattern. */
const ANY_FILLER = anyOf(FILLER);

const isFiller = (clause: string) => {
  const folded = foldDiacritics(clause.toLowerCase())
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded === '' || ANY_FILLER.test(folded);
};

/**
 * The question with the filler clauses around it removed ("hey everyone, quick question, … how much…" → "how much…");
 * the text itself when nothing is filler. Clauses are split at commas, colons, dashes, sentence ends, "but"/"nhưng"
 * and a Vietnamese call ("ad ơi", "mn oi"). A clause is filler when it is a known filler phrase, or, wherever it stands,
 * when it asks nothing and `carriesContent` finds nothing in it the article could be asked about (no name, no number, no
 * quoted phrase): padding nobody listed ("long time lurker, first post: …", "… thanks in advance!") goes the same way.
 * Without `carriesContent`, only the listed filler goes.
 */
export function withoutFiller(text: string, carriesContent?: (clause: string) => boolean): string {
  const clauses: string[] = [];
  for (const piece of text.split(CLAUSE_BREAK))
    // A parenthesis break needs a "(": without one the piece stays whole, as split would leave it.
    for (const clause of piece.includes('(') ? piece.split(PARENTHESIS_BREAK) : [piece])
      if (clause.trim() !== '') clauses.push(...withoutPremiseJoin(clause));
  const listed = mapped(clauses, (clause) => isFiller(clause));
  // A clause dropped for carrying nothing is dropped only when what is left names something or plainly asks ("bit late
  // to the party but is AI worth it"), and does not point back at what was said before it: "ai giúp mình cái, giá vàng
  // hôm nay" keeps its words (the article is not asked "ai giúp mình cái"), and so does "…ghi chi phí lý luận…, rốt
  // cuộc openai tốn bao nhiêu cho cái đó".
  // A clause that asks (a question word, or a question mark: "…, correct?") is never dropped for carrying nothing.
  let filler = listed;
  if (clauses.length > 1 && carriesContent !== undefined) {
    const empty = mapped(
      clauses,
      (clause, i) => listed[i] || (!asks(clause) && !clause.includes('?') && !carriesContent(clause)),
    );
    const emptyLeft = clauses.filter((_clause, i) => !empty[i]);
    const left = emptyLeft.join(' ');
    if (
      empty.some((e, i) => e && !listed[i]) &&
      emptyLeft.length > 0 &&
      (carriesContent(left) || emptyLeft.every(plainlyAsks)) &&
      !REFERS_BACK.test(foldDiacritics(left.toLowerCase()))
    )
      filler = empty;
    // A statement told beside a question ("zuck is just burning money. anyway what timeframe does he use…", "em nghe
    // ông chú bảo FOMO chỉ là trend, vậy FOMO nghĩa là gì") is an opinion or a story, not what is asked: the clauses
    // that ask are the question, when they name something of their own and do not point back at the statement. (The
    // whole message is still weighed against the question alone.)
    const asking = mapped(clauses, (clause) => asks(clause) || clause.includes('?'));
    const questions = clauses.filter((_clause, i) => asking[i] && !filler[i]);
    const asked = questions.join(' ');
    if (
      questions.length > 0 &&
      questions.length < clauses.filter((_clause, i) => !filler[i]).length &&
      carriesContent(asked) &&
      !REFERS_BACK.test(foldDiacritics(asked.toLowerCase()))
    )
      filler = mapped(filler, (f, i) => f || (!asking[i] && !AFTERTHOUGHT.test(clauses[i] ?? '')));
  }
  // What is left points back at something a dropped clause named ("mình chả hiểu 'chi phí lý luận' là gì, openai tốn bao
  // nhiêu cho khoản đó"): the clauses that named something stay, even listed filler.
  if (
    carriesContent !== undefined &&
    REFERS_BACK.test(
      foldDiacritics(
        clauses
          .filter((_clause, i) => !filler[i])
          .join(' ')
          .toLowerCase(),
      ),
    )
  )
    filler = mapped(filler, (f, i) => f && !carriesContent(clauses[i] ?? ''));
  if (filler.every(Boolean)) return text;
  const kept = clauses.filter((_clause, i) => !filler[i]);
  const joined = kept.join(' ').replace(/^[,:;.\s]+/u, '');
  const stripped = withoutViPrefix(joined.replace(FILLER_PREFIX, ''));
  return stripped.trim() === '' ? joined : stripped;
}

/**
 * Where a message's clauses meet: after , : ; . ! ? …, at a dash or an emoji ("i sold too early 😭 how much…"), before
 * "but"/"nhưng" (typed without diacritics, only "nhung mà…": "nhung" is also "những", the plural), after a call ("ad ơi"), and before thanks, a laugh, an apology, a sign-off ("asking for a friend", "if
 * anyone knows") or a call for help typed without a comma ("… bao nhiêu cảm ơn nhé", "… ai biết chỉ với"), and before
 * an "and" that opens a question ("my cousin works at a bank and how much…") or an "or is that just …" doubting it
 * (and withoutPremiseJoin parts a why from the premise told beside it).
 * Every break starts at a space or an emoji (a lookbehind reads only what is before it): the lookahead saying so first
 * changes no break, and lets a split pass over the other characters without trying each alternative there.
 */
const CLAUSE_BREAK =
  /(?=[\s\p{Extended_Pictographic}])(?:(?<=[,:;.!?…])\s+|\s+[-–—]\s+|\s*\p{Extended_Pictographic}+\s*|\s+(?=(?:but|nhưng|nhung (?:ma|cu the|rot cuoc))\s)|(?<=\s(?:ơi|oi))\s+|\s+(?=(?:thanks|thank (?:you|u)|thx|tks|cảm ơn|cám ơn|cam on|cám on|hihi|haha|hehe|lol|lmao|sorry|xin lỗi|xin loi|asking for a friend|if (?:any ?one|anybody|someone|you) (?:knows?|remembers?)|(?:ty|tks) (?:bot|all|mn|guys|ad))\b|(?:có |co )ai (?:biết|biet|rành|ranh)\b|and (?=(?:how|what|whats|who|whos|when|where|why|which)\b)|or (?:is|was) (?:that|it|this) (?:just|all|only|simply)\b)|(?<!(?:^|\s)(?:có|co))\s+(?=ai (?:biết|biet|rành|ranh)\b))/iu;

/**
 * A short clause that only dates the question before it ("…to cỡ nào vậy, năm 2000 ấy", "…, back in 2000 i mean"): an
 * afterthought of the question, not a statement told beside it.
 */
const AFTERTHOUGHT =
  /^\s*(?:(?:in|back in|around|by|năm|nam|hồi|hoi|vào|vao|tầm|tam)\s+)*(?:19|20)\d\d\b(?:\s+\S+){0,2}?\s*[.?!]*\s*$/iu;

/** A why opening a clause, and a premise word opening one ("if", "when", "nếu", "mặc dù"). */
const WHY_OPENING = /^\s*(?:why|how come|tại sao|tai sao|vì sao|vi sao)\s/iu;
const PREMISE_OPENING = /^\s*(?:if|when|even though|although|though|even if|nếu|neu|mặc dù|mac du)\s/iu;
/** The auxiliaries that make a "when" ask ("when did …"); without one it tells a premise ("… when it hurts"). */
const AUXILIARY = [...EN_AUXILIARIES].join('|');
const PREMISE_AFTER_WHY = new RegExp(
  `\\s+(?=(?:if|when(?!\\s+(?:${AUXILIARY})\\s)|even though|although|though|even if|nếu|neu|mặc dù|mac du)\\s)`,
  'iu',
);
const WHY_AFTER_PREMISE = /\s+(?=(?:so )?(?:why|how come|tại sao|tai sao|vì sao|vi sao|thì sao|thi sao)\s)/iu;

/** A why and the premise told beside it as two clauses ("why keep spending | if it hurts earnings", "if AI drags results
 * down | why …"). Only a clause that opens with one of them is searched for the other. */
function withoutPremiseJoin(clause: string): string[] {
  const at = WHY_OPENING.test(clause)
    ? PREMISE_AFTER_WHY.exec(clause)
    : PREMISE_OPENING.test(clause)
      ? WHY_AFTER_PREMISE.exec(clause)
      : null;
  return at ? [clause.slice(0, at.index), clause.slice(at.index + at[0].length)] : [clause];
}

/** Words that point back at something said earlier in the message ("cái đó", "that figure"); folded. */
const REFERS_BACK =
  /\b(?:cai (?:do|nay|kia)|dieu (?:do|nay)|vu (?:do|nay)|chuyen (?:do|nay)|khoan (?:do|nay)|con so (?:do|nay))\b|\b(?:that|this|those|these) (?:one|ones|thing|things|figure|number|cost|amount|stuff)\b/;

/** The text without its Vietnamese opening filler, cut where the folded match ends (folding keeps NFC text's length). */
function withoutViPrefix(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  const folded = foldDiacritics(lower);
  const match = VI_FILLER_PREFIX.exec(folded);
  if (folded.length !== text.length) return text;
  if (match !== null) return text.slice(match[0].length);
  // A bare "nhưng" (but) as typed opens a filler too; folded, it would also be "những" (the plural: "những cty nào…").
  return lower.startsWith('nhưng ') ? withoutViPrefix(text.slice('nhưng '.length)) : text;
}

/**
 * The message without the frame saying where the asker saw something ("saw on facebook that", "thấy trên fb"): the
 * platform it names is no subject asked about. Folded when there is one; the text itself otherwise.
 */
export function withoutSeenOn(text: string): string {
  const folded = foldDiacritics(text.toLowerCase());
  SEEN_ON_FRAME.lastIndex = 0;
  return SEEN_ON_FRAME.test(folded) ? folded.replace(SEEN_ON_FRAME, ' ') : text;
}

/** The claim told before a question without its framing and greetings ("hey bot, my friend says X got bought," → "X got bought"). */
export function withoutClaimFrame(text: string): string {
  return text
    .replace(CLAIM_FRAME, ' ')
    .replace(SEEN_ON_FRAME, ' ')
    .replace(/[,:;.!?\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A bare comma: it splits only after a piece that closes on a question word (`ENDS_ASKING`). */
const BARE_COMMA = /,\s+/u;
/** A Vietnamese piece that closes on what it asks ("… nghĩa là sao", "… là gì", "… bao nhiêu", "… thế nào"). */
const ENDS_ASKING = /\b(?:gi|j|sao|bao nhieu|bn|the nao|ra sao|nao|bao gio|khi nao|o dau)$/;
/** A piece after a comma that compares with the one before ("…, bên nào lỗ nặng hơn", "…, cao hơn ko"): one question. */
const COMPARES_BEFORE = /\b(?:hon|nhat|which|more|less|bigger|higher)\b/;

/**
 * Where a message's second question may start: a question mark, ", and", "also", a comma before a question word
 * ("who's X, what does Y mean"), "còn", ", với", ", rồi" (then), "và", and "với" between two questions.
 */
const SPLITS = [
  /\?\s+(?=\S)/u,
  /,?\s+(?:and|also)\s+/iu,
  /,\s+(?=(?:how|what|whats|what's|who|whos|who's|when|where|why|which)\s)/iu,
  // "…, mà X nào …" (and which X …) joins two questions as "còn" does; both pieces must ask.
  /[,;]\s*(?:còn|con|với lại|voi lai|với|voi|rồi|roi|mà|ma)\s+/iu,
  /,?\s+(?:và|va)\s+/iu,
  // "với" (and) without a comma, between two questions of a few words each; not "so với", "cùng với", "đối với" (than, with).
  // "với lại" (and also) is one joiner.
  /(?<!(?:^|\s)(?:so|cùng|cung|đối|doi))\s+(?:với lại|voi lai|với|voi)\s+(?=\S+\s+\S+\s+\S)/iu,
  // Two questions joined by "rồi" (then) with no comma ("… bao nhiêu rồi Altman gọi OpenAI là gì"), or by a bare comma
  // between two that both ask ("… nghĩa là sao, Levi's được nhắc tới để làm gì").
  // Not "rồi mới/thì/cho …" ("xem thế nào rồi mới làm": then only; "đọc rồi cho em hỏi": having read it).
  /\s+(?:rồi|roi)\s+(?!(?:mới|moi|thì|thi|cho|mà|ma|sẽ|se|lại|lai|nên|nen)\s)/iu,
  BARE_COMMA,
];
/** The splitters after which a piece may be an ellipsis that borrows the question before it ("…, and character ai too"). */
const JOINING_SPLITS: ReadonlySet<RegExp> = new Set(
  [SPLITS[1], SPLITS[3], SPLITS[4], SPLITS[5]].filter((s) => s !== undefined),
);
/** An ellipsis: a few words and "too" / "as well" / "nữa" ("character ai too"), but not "me too". */
const ELLIPSIS = /^(?!(?:me|you|u|ya) )(?:\S+ ){1,4}(?:too|as well|nua)$/;
/** A statement made a question by its tag ("pichai said google overspent, right?") or a trailing question word ("… when?"). */
const TAG_ENDING = /\b(?:right|correct|yeah|yes|no|huh|true|innit|eh|when|what|who|where|how much|how many|how long)$/;

/** "and …", "còn …": the word that joins a part to the one before it. */
const LEADING_JOINER = /^(?:and|also|và|va|còn|con|với lại|voi lai)\s+/iu;

/** An English question opens with its question word; "and kick off the AI war" is not a second question. */
const EN_OPENING =
  /^(?:(?:yo|hey|hi|ok|okay|btw|tbh|ngl|lol|oh|wait|um|hmm|honestly|sorry|bot) )*(?:(?:and|also|but|so) )?(?:how|what|whats|who|whos|when|where|why|which|is|are|was|were|does|did|do|can|could|will|would|should|has|have)\b/;
/**
 * A Vietnamese question says so anywhere ("… bao nhiêu", "… thì sao", "kết luận sao"), or ends in "chưa" ("đã có … chưa":
 * has it … yet?); "ai" (who) only first, since "AI" is the topic.
 */
const VI_CUE =
  /\b(?:bao nhieu|bn|khi nao|gi|j|tai sao|vi sao|thi sao|the nao|ra sao|bi sao|sao vay|(?:nghia )?la sao|(?:noi|nghi|ket luan|danh gia|nhan xet|binh luan|giai thich|tinh) sao|khong|ko|hok|o dau|co phai|nao|may (?:ty|trieu|nghin|ngan|phan tram|nam|ngay|thang|quy|tuan|lan|nguoi|cong ty|cty|hang|con|cai|chiec))\b|\b(?:cua|la|do) ai (?:viet|noi|lam|dua tin)\b|\b(?:cua|la|nhung|gom) ai$|\bchua(?: (?:vay|z|nhi|ta|ha|a))?$/;
/**
 * A piece before a question mark that opens with "sao" asks why ("sao big tech vẫn đầu tư ào ạt? còn …"), unless "sao"
 * is a star or a copy ("sao kê", "sao chép", "sao lưu").
 */
const WHY_SAO = /^(?:(?:va|con|nhung|vay) )?sao (?!(?:vang|hoa|ke|chep|luu|ban|kim|bang)\b)/;
/** A leading "ai" asks who, but folded it is also the topic ("ai giúp mình cái" asks nobody anything). */
const VI_WHO_FIRST = /^(?:(?:va|con) )?ai\b/;

const foldedClause = (text: string) =>
  foldDiacritics(text.toLowerCase())
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim();
/** A premise told before or after a why ("… when it tanks profits"), folded: "when" without an auxiliary asks nothing. */
const PREMISE = new RegExp(`^(?:when (?!(?:${AUXILIARY}|exactly)\\b)|if |even if |even though |although |though )`);

/** Whether a text asks something: an English question opening (after any opening filler: "anyway what…", "just
 * curious, how…"), or a Vietnamese question word anywhere. */
const asks = (text: string) => {
  const folded = foldedClause(text);
  if (PREMISE.test(folded)) return false;
  return (
    EN_OPENING.test(folded.replace(FILLER_PREFIX, '')) ||
    VI_CUE.test(folded) ||
    VI_WHO_FIRST.test(folded) ||
    isTagClause(folded) ||
    JOINED_ELLIPSIS.test(folded)
  );
};
/** A clause of a yes/no tag alone ("đúng chứ", "phải hông ae", "right"): it asks whether what came before is so. */
const isTagClause = (folded: string) => {
  const words = folded.split(' ').filter((w) => w !== '');
  return words.some((w) => TAG_CLAUSE_CORES.has(w)) && words.every((w) => TAG_CLAUSE_WORDS.has(w));
};
/** An ellipsis joined to the question before it asks that question again of its own words ("and character ai too"). */
const JOINED_ELLIPSIS = /^(?:and|also|va|con) (?!(?:me|you|u|ya) )(?:\S+ ){0,3}\S+ (?:too|as well|nua)$/;
/** Whether a text asks something without doubt: "ai …" at its start may be the topic. */
const plainlyAsks = (text: string) => {
  const folded = foldedClause(text);
  return EN_OPENING.test(folded.replace(FILLER_PREFIX, '')) || VI_CUE.test(folded);
};

/** A Vietnamese line that closes on what it asks, or on a yes/no particle ("… không", "… chưa", "… à"). Folded. */
const VI_LINE_END =
  /\b(?:gi|j|sao|bao nhieu|bn|the nao|ra sao|nao|bao gio|khi nao|o dau|khong|ko|k|chua|ha|hok|hong|hem|a)$/;

/** Vietnamese question words that ask wherever they stand ("… bao nhiêu …", "… là gì …"); not a bare "ko" (not). */
const VI_WH_INSIDE = /\b(?:bao nhieu|bn|the nao|ra sao|khi nao|bao gio|o dau|tai sao|vi sao|gi|j)\b/;

/**
 * A line that asks by its whole shape: a question mark at its end, an English question opening, a Vietnamese line that
 * closes on what it asks or holds a question word. Not one whose only asking word is a "ko" inside ("tiếng anh ko tốt
 * lắm": "ko" negates).
 */
const lineAsks = (line: string): boolean => {
  const folded = foldedClause(line);
  return (
    /\?\s*$/u.test(line) ||
    EN_OPENING.test(folded.replace(FILLER_PREFIX, '')) ||
    VI_LINE_END.test(folded) ||
    VI_WH_INSIDE.test(folded)
  );
};

/**
 * A message typed on several lines, each of which asks ("what did zuckerberg admit\nwhat did pichai say"): its lines
 * closed as questions, so that cleaning the text (which makes a line break a space) keeps them apart. Any other text as
 * it is.
 */
export function withLinesAsked(raw: string): string {
  if (!raw.includes('\n')) return raw;
  const lines = raw
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 2 || !lines.every(lineAsks)) return raw;
  return lines.map((line) => (/[?!.]$/u.test(line) ? line : `${line}?`)).join(' ');
}

/** The questions of a message, in order (one element when it asks one). At most `max` parts. */
export function splitQuestions(text: string, max: number): string[] {
  const trimmed = text.trim();
  // Most messages ask one question: no splitter matches, and nothing is split or copied.
  if (!SPLITS.some((split) => split.test(trimmed))) return [trimmed.replace(LEADING_JOINER, '')];
  let parts = [trimmed];
  for (const split of SPLITS) {
    parts = parts.flatMap((part) => {
      const pieces = part.split(split).filter((p) => p.trim() !== '');
      // A piece asks by its words; before a question mark, also by a tag ("…, right?"); after a joiner, also as an
      // ellipsis ("… and character ai too").
      const asking = (piece: string, i: number) =>
        split === BARE_COMMA
          ? asks(piece) &&
            (i === pieces.length - 1 || ENDS_ASKING.test(foldedClause(piece))) &&
            (i === 0 || (!isTagClause(foldedClause(piece)) && !COMPARES_BEFORE.test(foldedClause(piece))))
          : asks(piece) ||
            (split === SPLITS[0] && i < pieces.length - 1 && TAG_ENDING.test(foldedClause(piece))) ||
            (split === SPLITS[0] && i < pieces.length - 1 && WHY_SAO.test(foldedClause(piece))) ||
            (i > 0 && JOINING_SPLITS.has(split) && ELLIPSIS.test(foldedClause(piece)));
      return pieces.length > 1 && pieces.every(asking) ? pieces : [part];
    });
    if (parts.length >= max) break;
  }
  return mapped(parts.slice(0, max), (p) => p.trim().replace(LEADING_JOINER, ''));
}
