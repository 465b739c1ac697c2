// Understands what a message wants when it is not one fact: the summary, the help text, small talk, or the article's
// source facts (author, where and when it was published, whether it is investment advice). Patterns are on folded text.
import { PhraseSet } from '../../text/phrase-set.js';
import { ARTICLE_SUMMARY_CUES, BOT_WORDS, GREETING_WORDS, HELP_CUES, SUMMARY_CUES } from '../../text/words/intents.js';
import { INTENT } from '../tuning.js';
import { anyOf } from '../../text/any-of.js';

export type Intent = 'summary' | 'help' | 'smalltalk' | 'source';

/** Whole-message patterns, tried in order; each anchored so that a question merely containing the words is not caught. */
const PATTERNS: readonly (readonly [Intent, RegExp])[] = [
  [
    'summary',
    /^(?:(?:can|could) (?:you|u) |please |pls )?(?:summari[sz]e|sum (?:it |this |that )?up|tl ?dr|tldr|recap|give me (?:a |the )?(?:summary|recap|gist|tl ?dr)|(?:a |the )?(?:short |quick |brief )?(?:summary|gist|overview))\b/,
  ],
  [
    'summary',
    /^(?:(?:yo|hey|hi|ok|okay|so|well) )*what(?: s| is|s) (?:this|the) (?:article|piece|post|story|text) (?:actually |really |even |exactly |basically )?(?:about|saying)\b/,
  ],
  [
    'summary',
    /^(?:what(?: s| is|s) )?(?:the )?(?:main|key|big) takeaways? (?:of|from) (?:this|the) (?:article|piece|post|story|text)\b/,
  ],
  ['summary', /^what does (?:this|the) (?:article|piece|post|story) (?:say|cover)$/],
  // "main points?", "key ideas of the piece": the article's points, asked with nothing else.
  [
    'summary',
    /^(?:what(?: s| is| are|s|re) )?(?:the )?(?:main|key|big|major) (?:points?|ideas?|takeaways?|themes?|arguments?)(?: (?:of|from|in) (?:this|the|that) (?:article|piece|post|story|text))?$/,
  ],
  ['summary', /\b(?:tom tat|tom luoc|tong ket|tong quan)\b/],
  [
    'summary',
    // After a word that sums up ("tóm lại bài này muốn nói gì", "nói chung bài viết nói về gì").
    /^(?:(?:tom lai|noi chung|rot cuoc|tuu chung|vay|the|ok) )?(?:bai|bai viet|bai bao|bai nay|bai viet nay|bai bao nay) (?:nay )?(?:muon )?(?:noi|viet|de cap) (?:ve )?(?:cai )?(?:gi|j)\b/,
  ],
  ['summary', /^(?:noi|ke) ngan gon (?:lai )?(?:bai|bai viet|bai bao|noi dung)\b/],
  ['summary', /^(?:noi dung|y chinh) (?:chinh )?(?:cua )?(?:bai|bai viet)/],
  [
    'help',
    /^(?:help|\/?help me|commands|how (?:do|can|should) i (?:even |actually |really )?use (?:this|the|you|u)|how (?:am i|are we) (?:supposed|meant) to use (?:this|the|you|u)|what can (?:you|this bot|the bot) do|what do you do|how does this (?:bot |thing |thingy )?work|what (?:kind of |kinda |kinds of |sort of |sorts of )?(?:stuff |things |questions )?(?:can|could|should) i ask(?: you| u| the bot| this bot)?$)\b/,
  ],
  [
    'help',
    /^(?:huong dan|tro giup|giup do|(?:ban|bot)(?: nay)? (?:co the )?lam (?:duoc |dc )?(?:nhung )?(?:gi|j)|(?:minh|toi|em|to|ta) (?:co the |nen )?hoi (?:ban |bot |may )?(?:duoc |dc )?(?:nhung )?(?:gi|j|cau gi|cai gi)(?: (?:vay|z|the|ta|nhi|ha|a))?$|dung (?:bot|ban) (?:the nao|nhu the nao|ntn)|bot (?:nay )?dung (?:sao|the nao|nhu the nao|ntn))\b/,
  ],
];

/**
 * `PATTERNS` with each run of patterns of one intent joined into one (`anyOf`), in the same order: the first run that
 * matches holds the first pattern that matches. One test per intent instead of one per pattern.
 */
const PATTERN_RUNS: readonly (readonly [Intent, RegExp])[] = PATTERNS.reduce<[Intent, RegExp[]][]>(
  (runs, [intent, pattern]) => {
    const last = runs.at(-1);
    if (last?.[0] === intent) last[1].push(pattern);
    else runs.push([intent, [pattern]]);
    return runs;
  },
  [],
).map(([intent, patterns]) => [intent, anyOf(patterns)] as const);

/** The article itself, as a question names it ("this", "the piece", "this article"). */
const ARTICLE = String.raw`(?:(?:this|the|that) (?:article|piece|post|story|text|report)|this)`;
const VI_ARTICLE = String.raw`(?:bai|bai viet|bai bao)(?: (?:nay|do|goc))?`;

/**
 * Advice asked ("should i buy nvidia now", "good time to sell?", "có nên mua không"): the source's disclaimer, which
 * says the article gives none, answers it.
 */
const ADVICE =
  String.raw`investment advice|financial advice` +
  // "does the article recommend buying any stock": advice asked of the article.
  String.raw`|${ARTICLE} (?:\S+ )?(?:recommend|recommends|recommending|advise|advises|advising|urge|urges|urging|tell|tells|telling)(?: \S+){0,2} (?:buy|buying|sell|selling|invest|investing|short|shorting)` +
  String.raw`|should (?:i|we|u|you|one) (?:(?:still|now|just|really) )?(?:buy|sell|invest|short|hold|dump|ape|load up|go all in|all in|yolo|put (?:my |our )?money)|(?:good|right|bad|best) time to (?:buy|sell|invest|get in)|(?:is it|is now) (?:a )?(?:good|smart|wise) (?:time )?to (?:buy|sell|invest)` +
  String.raw`|(?:take|treat|read|see) ${ARTICLE} as (?:a |an )?(?:signal|sign|tip|advice|recommendation|buy signal|sell signal)|(?:buy|sell|dump|short|invest)\w* (?:\S+ ){0,4}(?:based on|because of|going by) ${ARTICLE}`;
const VI_ADVICE =
  String.raw`tu van dau tu|khuyen nghi dau tu|loi khuyen dau tu` +
  String.raw`|(?:doc xong|doc bai nay|theo ${VI_ARTICLE}|dua vao ${VI_ARTICLE}) (?:\S+ ){0,3}(?:co )?nen (?:mua|ban|all in|xuong tien|dau tu|om|xuc|gom)` +
  // "đọc bài này rồi all in nvda được không": acting on it, asked as "may I".
  String.raw`|(?:all in|xuong tien|vao tien|mua vao|bat day|xa hang|ban thao)(?: \S+){0,2} (?:duoc|dc|ok) (?:khong|ko|k|chua|hong|hem)` +
  // "có nên mua cổ phiếu nvidia không", "nên all in nvda ko", "giờ vào tiền được chưa".
  String.raw`|(?:(?:minh|toi|em|tui|to|e|ae|anh em|mn|ban|bro) (?:co )?nen|co nen) (?:(?:tiep tuc|bay gio|gio|luc nay) )?(?:mua|ban|dau tu|all in|xuong tien|vao tien|om|gom|xuc|chot loi|cat lo|bat day|xa hang)|(?:gio|bay gio|luc nay) (?:co )?(?:nen )?(?:vao tien|xuong tien|mua vao|bat day)`;

const ADVICE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:${ADVICE})\b`),
  new RegExp(String.raw`\b(?:${VI_ADVICE})\b`),
];

/**
 * Questions about the source, matched anywhere (the reply is then ranked among the facts of kind "source" only): who
 * wrote it, where and when it came out, that it is a machine translation and of what, whether it is advice and how far
 * to trust it.
 */
const SOURCE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:author|writer|who wrote|written by|who (?:is|s) behind|published|publisher|where (?:is|was) (?:this|it)|source of (?:this|the) (?:article|piece)|${ADVICE}` +
      String.raw`|when (?:did|was) ${ARTICLE} (?:come out|came out|get posted|go up|go live|drop|dropped|appear|written|posted|released|put out|out)` +
      // "what date was this posted on", "which day did the article come out".
      String.raw`|(?:what|which) (?:date|day|month|year) (?:was|is|did) ${ARTICLE} (?:come out|get posted|go up|go live|appear|written|posted|published|released|put out|out)` +
      // "what date is this article from", "when's this piece from".
      String.raw`|(?:what|which) (?:date|day|month|year) (?:is|was) ${ARTICLE} from|when(?: is| was| s|s) ${ARTICLE} from` +
      // "did zuckerberg write this article?": who wrote it is asked, whoever is named.
      String.raw`|(?:write|wrote|writes|authored|penned) ${ARTICLE}` +
      String.raw`|where did ${ARTICLE} (?:originally |first )?(?:appear|run|come from)|originally (?:written|posted|appeared|ran|came out)` +
      String.raw`|machine translat\w*|auto ?translat\w*|google translat\w*|(?:was|is) ${ARTICLE} translated|original language|language (?:was|is) ${ARTICLE}|(?:is|was) ${ARTICLE} (?:a |an )?(?:\S+ )?translation|translated from|(?:was|is) (?:it|${ARTICLE}) originally (?:in|written in)|originally in (?:what|which)` +
      String.raw`|36 ?kr|36 krypton|wechat|(?:trust|rely on) ${ARTICLE}|how (?:reliable|credible|trustworthy|legit) is ${ARTICLE}|(?:is|was) ${ARTICLE} (?:reliable|credible|trustworthy|legit)|(?:is|are) the (?:info|information|content) (?:here|in (?:this|it)) (?:reliable|credible|trustworthy|legit|accurate))\b`,
  ),
  new RegExp(
    String.raw`\b(?:tac gia|ai viet|nguoi viet|dang (?:o|tren) (?:dau|bao nao)|xuat ban|nguon (?:bai|cua bai)|y kien ca nhan|quan diem ca nhan|${VI_ADVICE}` +
      String.raw`|${VI_ARTICLE} (?:duoc )?(?:viet|ra|len song|len bai|ra lo|len) (?:vao |hoi |luc )?(?:(?:ngay|nam|thang|hoi|luc|khi|hom) nao|bao gio|(?:ngay|thang|nam)(?: (?:may|nao))?(?: (?:ngay|thang|nam))? (?:may|nao))|${VI_ARTICLE} (?:duoc )?(?:dang|dang tai|phat hanh) (?:ngay|hoi|luc|khi|vao|nam|thang|tren|len|bao gio|tu)` +
      // "bài viết do Sam Altman viết à" (written by …): who wrote it is asked, whoever is named.
      String.raw`|${VI_ARTICLE} (?:la )?(?:do|duoc|boi) (?:\S+ ){1,4}viet\b` +
      // "bài này lấy từ nguồn nào", "bài này dịch từ đâu": where it was taken from.
      String.raw`|${VI_ARTICLE} (?:duoc )?(?:lay|trich|dich|dang lai|copy) (?:lai )?(?:tu|o) (?:nguon|bao|trang|dau)` +
      // "bài này của báo nào thế": which outlet it is from.
      String.raw`|${VI_ARTICLE} (?:la )?cua (?:bao|trang|tap chi|ben|kenh|tai khoan|nguon|web|website) (?:nao|gi|j)` +
      String.raw`|dich may|dich bang may|may dich|google dich|dich tu (?:tieng )?(?:trung|hoa|anh)|(?:dich|chuyen ngu) (?:tu|sang) (?:tieng|ngon ngu) (?:gi|j|nao)|ban goc|bai goc|nguyen ban|ngon ngu goc|tieng goc|viet bang tieng (?:gi|j|nao)` +
      String.raw`|36 ?kr|36 krypton|wechat|tin (?:tuong |duoc |dc )?(?:vao )?${VI_ARTICLE}|${VI_ARTICLE} (?:co )?(?:dang tin|tin duoc|tin dc|uy tin))\b`,
  ),
];

/**
 * Instructions asked for the asker to follow ("how do i set up a vlan", "how to make ripped jeans at home", "cách làm
 * quần jean tại nhà", "công thức nấu phở"): the article is no manual, so no fact answers them, whatever words they share
 * with it. "how do i use this bot" is help, read before this.
 */
const INSTRUCTIONS =
  /(?:^|\b(?:so|ok|okay|hey|pls|please|but|and|also|anyway|btw|lol) )(?:how (?:to|do i|do you|can i|should i|would i|do we|can we|could i) (?!use\b|ask\b)|(?:give me |show me )?(?:a )?(?:recipe|tutorial|step by step guide)\b)|\b(?:cach (?:lam|nau|che|sua|lap|tu lam|tao|lam ra|may|cat|giat|trong)|lam sao de|lam the nao de|huong dan (?:lam|nau)|cong thuc (?:nau|lam))\b/;

/** Whether a message asks for instructions to follow (`INSTRUCTIONS`). Folded text. */
export function asksInstructions(folded: string): boolean {
  return INSTRUCTIONS.test(folded);
}

/** Whether a question about the source asks for advice (to buy, sell or act on the article): its disclaimer answers. */
export function asksAdvice(folded: string): boolean {
  return ADVICE_PATTERNS.some((p) => p.test(folded));
}

/** A source fact that speaks of advice (the disclaimer: "not investment advice"), in either language. Folded text. */
export function speaksOfAdvice(factText: string): boolean {
  return /\b(?:advice|loi khuyen|khuyen nghi|tu van)\b/.test(factText);
}

/**
 * The author named as the one who concludes, argues or judges ("what does the author conclude", "tác giả rút ra nhận
 * định gì"), or as the one whose view is asked ("according to the author, …", "theo tác giả, …"): a question about
 * what the article says, not about who wrote it; so is what the author settles, claims or expects ("the writer settles
 * the bubble debate?"), and what the author calls, says or means ("why does the author call X a Y"). Removed before the source patterns.
 */
const AUTHOR_VIEW =
  /\b(?:author|writer)(?: s)? (?:(?:\S+ ){0,2}(?:conclude|concludes|concluded|conclusion|argue|argues|believe|believes|think|thinks|view|verdict|take on|takeaway|takeaways|point|message|ask|asks|asking|raise|raises|raising|pose|poses|suggest|suggests|predict|predicts|warn|warns|stance|opinion|settle|settles|settled|resolve|resolves|resolved|decide|decides|claim|claims|claimed|admit|admits|agree|agrees|doubt|doubts|dismiss|dismisses|reckon|reckons|expect|expects|prove|proves|answer|answers|call|calls|called|describe|describes|described|mean|means|meant|say|says|said|compare|compares|compared|liken|likens|likened|mention|mentions|mentioned|bring up|brings up|bringing up|brought up|cite|cites|cited|quote|quotes|quoted|wrap|wraps|wrapping|sum|sums|summing|end|ends|ending|close|closes|closing|finish|finishes)\b)|\b(?:question|questions|point|message|takeaway|argument|conclusion|verdict|lesson|opinion|view) (?:that |which )?(?:the |this )?(?:author|writer)\b|\b(?:tac gia|nguoi viet) (?:\S+ ){0,2}(?:ket luan|nhan dinh|rut ra|cho rang|lap luan|danh gia|nghi|dat ra|muon noi|dat cau hoi|thong diep|khang dinh|giai quyet|chot|tin|bac bo|dong y|du bao|du doan|ket bai|khep lai|ket thuc|tom lai)\b|\b(?:tac gia|nguoi viet) (?:\S+ ){0,4}(?:so sanh|so voi|lien tuong|nhac den|nhac toi|de cap)\b|\b(?:cau hoi|thong diep|quan diem|bai hoc|ket luan|nhan dinh) (?:ma |cua )?(?:tac gia|nguoi viet)\b|\b(?:according to|in the view of) the (?:author|writer)\b|\b(?:theo|doi voi) (?:tac gia|nguoi viet)\b/g;

/**
 * Days, weeks or months counted up to the article ("how many days into the ai race was this published", "how long after
 * chatgpt did this come out"): a figure of the article's story (600 days since ChatGPT), not a fact about the source.
 */
const COUNTED_SINCE = /\bhow (?:many (?:days|weeks|months)|long after)\b/;

const CUES = new PhraseSet<Intent | 'article'>([
  ...SUMMARY_CUES.map((cue) => [cue, 'summary'] as const),
  ...ARTICLE_SUMMARY_CUES.map((cue) => [cue, 'article'] as const),
  ...HELP_CUES.map((cue) => [cue, 'help'] as const),
]);

/** What the engine knows of a message besides its words, for the requests worded freely (`SUMMARY_CUES`, `HELP_CUES`). */
export interface IntentContext {
  /** It names a person, company or other subject: it asks about that, not for the article or the bot. */
  readonly namesSubject: boolean;
  /** A fact answers it confidently. */
  readonly confident: boolean;
  /** The best fact's ranking score ("recap why the giants keep investing" ranks that fact high). */
  readonly topScore: number;
}

/** The request after a greeting or an address ("hey, what can you do", "bot, main points?"), by the patterns. */
function patternAfterGreeting(folded: string): Intent | undefined {
  const words = folded.split(' ');
  for (let k = 1; k < words.length && GREETING_WORDS.has(words[k - 1] ?? ''); k += 1) {
    const rest = words.slice(k).join(' ');
    for (const [intent, pattern] of PATTERN_RUNS) if (pattern.test(rest)) return intent;
  }
  return undefined;
}

export function messageIntent(folded: string, smallTalk: boolean, context?: IntentContext): Intent | undefined {
  for (const [intent, pattern] of PATTERN_RUNS) if (pattern.test(folded)) return intent;
  const greeted = GREETING_WORDS.has(folded.slice(0, folded.indexOf(' '))) ? patternAfterGreeting(folded) : undefined;
  if (greeted) return greeted;
  const cued = context ? cuedIntent(folded, context) : undefined;
  // Help before small talk ("so what are you for" asks what the bot does).
  if (cued === 'help') return cued;
  // A question about the source is asked even among greetings ("hello everyone, where is this article from"), whose
  // other words are all function words. Taking the author's view out only removes matches: it is done only when there
  // is one to remove.
  if (
    SOURCE_PATTERNS.some((p) => p.test(folded)) &&
    SOURCE_PATTERNS.some((p) => p.test(folded.replace(AUTHOR_VIEW, ' '))) &&
    !COUNTED_SINCE.test(folded)
  )
    return 'source';
  // Small talk before the summary ("thx for the summary" thanks for it).
  if (smallTalk) return 'smalltalk';
  return cued;
}

/**
 * A summary or help request worded freely, around chat ("i'm not reading allat, gimme the gist", "what are you even
 * for"): a cue anywhere, in a message that names no subject. A summary cue counts when no fact answers confidently nor
 * ranks high on the rest (one that names the article, when none ranks high) ("a quick recap of why the giants keep investing" asks that fact); a help cue when no fact
 * answers confidently, or when it is asked of the bot ("what can i do with u").
 */
function cuedIntent(folded: string, { namesSubject, confident, topScore }: IntentContext): Intent | undefined {
  if (namesSubject) return undefined;
  const words = folded.split(' ');
  const cued = CUES.found(words);
  if (topScore < INTENT.cuedSummaryMaxScore && (cued.includes('article') || (cued.includes('summary') && !confident)))
    return 'summary';
  if (cued.includes('help') && (!confident || words.some((w) => BOT_WORDS.has(w)))) return 'help';
  return undefined;
}
