// Follow-up questions that cannot stand alone ("and Meta?", "who reported that?", "why?", "the smallest item?",
// "còn Google thì sao", "ông ấy nói gì"): what kind of follow-up a question is. Pure functions over the folded question
// (lower case, no diacritics, punctuation dropped: normalizeForMatch).
import { CHAT_OPENERS, CHAT_TAILS, CON_WORDS } from '../../text/words/follow-up.js';

export type FollowUpKind =
  /** "and Meta?", "what about by 2026?", "còn Tesla thì sao": the previous question, about something else. */
  | 'ellipsis'
  /** "who reported that?", "nguồn tin nào nói vậy": the previous answer's own source or speaker. */
  | 'source'
  /** "why?", "tại sao?": the reason behind the previous answer. */
  | 'why'
  /** "the smallest item?", "khoản lớn nhất": the smallest or largest figure of the previous answer's series. */
  | 'smallest'
  | 'largest'
  /** "in vnd?", "đổi ra tiền việt được ko": the previous answer in another currency; the article gives US dollars only. */
  | 'currency'
  /** "is that a lot?", "nhiều không đó": how big the previous figure is; the article's own answer is that figure. */
  | 'size'
  /** "what came after that?", "sau đó": the next thing the article says. */
  | 'next'
  /** A pronoun or a bare question word ("how much?", "where does she work?", "ông ấy nói gì"): about the previous subject. */
  | 'reference';

const ELLIPSIS_START = /^(?:and|what about|how about|and what about|con|(?:the|vay|the thi) con)\b/;
// "in training specifically?", "just for inference?": the previous question narrowed to the words named.
const NARROWED =
  /^(?:(?:and|but|so) )?(?:just |only )?(?:in|for|on|of) (?:\S+ ){0,3}\S+ (?:specifically|only|alone|in particular)$|^(?:just|only) (?:in|for|on) (?:\S+ ){0,2}\S+$/;
// "tesla then?", "google then": a name and "then" alone.
const THEN_END = /^\S+(?: \S+)? then$/;
const VI_ELLIPSIS_END = /\bthi sao$/;
const SOURCE =
  /\b(?:who (?:reported|said|says) (?:that|it|so)|which (?:outlet|source|paper|publication) (?:said|reported|says) (?:so|that|it)|where (?:is|was) that from|ai (?:dua tin|bao cao) (?:do|vay|nay)|nguon tin nao noi vay|nguon nao)$/;
// One way of asking who said it or where it is from; a message of one or more of them ("ai nói thế, nguồn đâu").
const SOURCE_ASK =
  '(?:ai bao cao|ai dua tin(?: do)?|ai noi(?: vay| the| do| cau do| nhu vay)?|ai (?:du bao|du doan|uoc tinh)(?: vay| the| do| nhu vay)?|who reported(?: it| that)?|who (?:said|says)(?: it| that| so)?|who (?:predicted|predicts|forecast|forecasts|estimated|estimates|projected|projects)(?: it| that| this| so)?|says who|(?:sources?|src)(?: (?:for|on|of) (?:that|this|it))?|where(?: is| was| s|s) (?:that|this|it)(?: (?:number|figure|stat|stats|data|claim|quote|estimate|info))? from|where did (?:that|this|it)(?: (?:number|figure|stat|stats|data|claim|quote|estimate|info))? come from|nguon(?: dau| o dau| nao| tin nao| tin)?|(?:which|what) (?:paragraph|para|section|part)(?: (?:says|said|is|was|has) (?:that|it|this))?|(?:doan|phan) nao(?: (?:noi|viet|ghi|co)(?: vay| the| do| dieu do)?)?|(?:tin|thong tin|so lieu|con so)(?: nay| do)? (?:ai|nguon nao) (?:dua|dua ra|noi|bao cao)|(?:the )?(?:exact|actual|full|direct) (?:quote|wording|words)|(?:cau )?nguyen van(?: (?:la gi|the nao|ra sao))?|trich dan (?:nguyen van|chinh xac))';
const ONLY_SOURCE = new RegExp(`^${SOURCE_ASK}(?: ${SOURCE_ASK})*$`);
const WHY =
  /^(?:why|why so|but why|how come|tai sao|vi sao|sao vay|sao phai \w+ vay|sao the)(?: tho| though| vay| the)?$/;
const WHY_START = /^(?:and |but |so )?(?:why|tai sao|vi sao|sao)\b/;
// "then why keep going", "vậy sao vẫn chi": a why opened by "then"/"vậy"/"thế" asks about what was just said.
const THEN_WHY_START = /^(?:then|so then|vay|the|vay thi|the thi) (?:why|tai sao|vi sao|sao)\b/;
const THEN_LAST = /\b(?:then|vay thi|the thi)$/;
// "so why not just cut back?": a why-not answers the previous answer back, about what it said.
const WHY_NOT_START = /^(?:and |but |so )?why not\b/;
// "why does it matter", "tại sao lại lo như vậy": a why about what was just said ("it", "that", "như vậy").
const POINTS_AT_ANSWER = /(?<!\bworth )\b(?:it|that)\b|\bnhu (?:vay|the)\b/;
// A message that only asks the previous figure in another currency ("in vnd?", "how much is that in euros", "đổi ra vnd
// dc ko", "quy ra tiền việt", "bao nhiêu tiền việt").
const CURRENCY_ONLY =
  /^(?:(?:so |and )?(?:how much is (?:that|it|this) |what is (?:that|it) |whats (?:that|it) |convert (?:that |it )?)?(?:in|into|to) (?:vnd|vietnamese dong|viet dong|vn dong|dong|euros?|eur|yen|pounds?|gbp)|(?:the |vay |con )?(?:doi|quy|tinh|chuyen)(?: (?:ra|sang|qua|thanh))? (?:vnd|tien viet(?: nam)?|viet nam dong|dong|tien ta)(?: (?:thi|la))?(?: (?:duoc|dc))?(?: (?:bao nhieu|bn|nhieu))?(?: (?:ko|khong|k|hok|hong|nhi))?|(?:la )?(?:bao nhieu|bn) (?:tien viet(?: nam)?|vnd))$/;
// "is that a lot?", "thats a lot right", "nhiều không đó", "vậy là nhiều hay ít": how big the figure just given is.
const SIZE_ONLY =
  /^(?:(?:so |and |but )?(?:is|was|isnt|wasnt) (?:that|it|this) (?:a lot|much|big|huge|a big deal|a lot of money)(?: or not| or what)?(?: right)?|(?:thats|that is|its) (?:a lot|huge)(?: right)?|(?:vay |the |cai do |con so do |so do )?(?:(?:co|la) )?(?:nhieu|lon)(?: (?:khong|ko|k|hok|hong|hay it|hay nho))?(?: do)?)$/;
const SMALLEST = /\b(?:smallest|least|lowest|nho nhat|it nhat|thap nhat)\b/;
const LARGEST =
  /\b(?:biggest|largest|highest|most expensive|costliest|priciest|lon nhat|nhieu nhat|cao nhat|ton nhat|dat nhat)\b/;
// "which is the biggest?", "cái nào tốn nhất": "which" points at an item of the list just given.
const ITEM = /\b(?:item|part|one|cost|khoan|muc|phan|which|cai nao)\b/;
const NEXT =
  /\b(?:what came (?:next|after that)|what happened (?:next|later|after that)|what happened to it (?:later|next|after that)|and then|sau do chuyen gi|sau do)\b/;
// Pronouns that point back at something said before ("this article" and Vietnamese "vậy", "đó là" do not).
const PERSON = /\b(?:he|she|his|her|him)\b|\b(?:ong|ba|anh|co|chi) ay\b|^(?:ong|ba) do\b/;
// "ổng", "bả" (he, she: "ông ấy", "bà ấy" run together) as typed: folded they are "ông" and "bà" (Mr, Mrs).
const VI_PERSON_TYPED = /(?:^|[\s,.?!])(?:ổng|bả)(?=$|[\s,.?!])/u;
const VI_PERSON_WORD = /(?<=^|[\s,.?!])(?:ổng|bả)(?=$|[\s,.?!])/giu;
// "since then …", "từ đó …" opening a question; "back then", "at the time": the time of the previous answer.
const THEN_POINTER =
  /^(?:since then|ever since|tu (?:do|luc do|khi do)|ke tu (?:do|luc do|khi do)|(?:hoi|thoi) (?:do|ay))\b|\bback then\b|\bat (?:that|the) time\b/;
// "của họ" (their), "how much of that", "trong đó" (of which): they point back even in a longer question.
const LONG_POINTER = /\bcua ho\b|\bhow much of (?:that|it)\b|^trong (?:so )?do\b/;
// "nó" (it) as typed with its accent: folded it is also English "no".
const VI_IT_TYPED = /(?:^|[\s,.?!])nó(?=$|[\s,.?!])/u;
// "is oracle one of them": whether a thing named belongs to the list just given.
const ONE_OF_THEM = /\bone of (?:them|those|these)\b|\bmot trong (?:so )?(?:do|ho|chung)\b/;
// "who's predicting that", "who came up with that": a short question whose object is the answer just given.
const THAT_LAST = /\bthat$/;
// "họ" (they) folds to "ho", as does the "hỗ" of "hỗ trợ" (support).
// "nó" ends a Vietnamese question as its object ("ai lập ra nó"); English "or no", "yes no", "say no" do not point back.
// "worth it" points at nothing said before: the "it" of the idiom ("is ai worth it").
const PRONOUN =
  /(?<!\bworth )\b(?:it|its|they|them|their)\b|\b(?:than|was|is|said|did) that\b|\b(?:ong|ba|anh|co|chi) ay\b|\bcua no\b|^no\b|(?<!\b(?:or|hay|yes|say|said|says|answer|just)) no$|\bho\b(?! tro)/;
// "that money", "over that stretch", "khoản đó", "lúc đó": something the previous answer named.
const THAT_THING =
  /\b(?:that|those) (?:money|cash|capex|budget|bill|loss|losses|cost|costs|investment|amount|sum|figure|number|spending|stretch|period|time|deal|report|company|guy)\b|\b(?:khoan|so tien|tien|luc|hoi|thoi gian|cong ty|cty|bao cao|con so|thoi diem|vu|chuyen|viec|du bao|nhan dinh|cau noi|dieu) (?:do|ay)\b|\b(?:that|this) (?:rule|claim|idea|prediction|forecast|estimate|quote|stat|theory|company|startup|firm|one)\b|\b(?:cong ty|cty|hang) nay\b/;
// "more than that", "bigger than it", "nhiều hơn thế": a comparison with the previous answer, whatever it names.
const THAN_THAT =
  /\b(?:more|less|fewer|bigger|larger|smaller|higher|lower) than (?:that|it|this)$|\bhon (?:the|vay|do)$/;
const BARE =
  /^(?:how much|how many|when|where|who|what|how long|(?:for|within|in) how long|which|(?:on|for|in|into) what|(?:over |in )?how many (?:years|months)|bao nhieu|khi nao|o dau|ai|(?:(?:den|toi) nay )?(?:duoc )?bao lau(?: roi)?|trong bao lau|(?:tinh )?(?:trong )?(?:khoang )?(?:bao nhieu|may) (?:nam|thang)|the nao|how soon|bao gio|luc nao|(?:vao |trong )?(?:nam|thang) nao|(?:in )?(?:what|which) year|trong vong bao lau|(?:per|each|a) what(?: (?:a |each |per )?(?:month|year|quarter|day))*(?: or (?:per |a |each )?(?:month|year|quarter|day))?|(?:over |in |for )?(?:what|which) (?:time ?frame|timeframe|time span|period|stretch|horizon)|(?:per|a|each) (?:year|quarter|month) or (?:in )?(?:total|overall|all)|(?:in )?total or (?:per|a|each) (?:year|quarter|month))$/;
// "is that more than google?", "cái đó nhiều hơn google ko": the previous answer's measure, asked of the subject named
// (only the name is the follow-up's own words); "vậy có hơn google ko" (is it more than google).
const THAT_THAN =
  /^(?:(?:is|was|are|so is|and is) (?:that|it|this)|(?:cai|khoan|con so) do(?: co)?|(?:vay|the) co) (?:more|less|bigger|larger|smaller|higher|lower|nhieu|it|lon|cao|thap)(?: hon| than)\b|^(?:vay|the|cai do|khoan do) co hon\b/;

// "how does nvidia fit into that", "what does cisco have to do with it", "vậy nvidia liên quan gì đến chuyện đó": a
// subject of its own, related to what was just said.
const RELATES_TO_THAT =
  /\b(?:(?:fit (?:into|in with)|fits (?:into|in with)|relate to|relates to|related to|connected to|connect to|have to do with|has to do with|tie into|ties into|tie in with|play into|plays into|figure into) (?:that|this|it|all (?:that|this))|(?:lien quan|dinh)(?: (?:gi|j))?(?: (?:den|toi|voi|vao))? (?:do|chuyen do|vu do|cai do|dieu do|chuyen nay|vu nay))\b/;

/**
 * A question naming a subject of its own, asked of how it relates to what was just said (`RELATES_TO_THAT`): it stands on
 * its own when its own words answer, and is read with the previous question's words when they do not.
 */
export function relatesToPrevious(folded: string): boolean {
  return RELATES_TO_THAT.test(folded);
}

/** The question less its words relating it to what was said ("how does nvidia fit into that" → "how does nvidia"). */
export function withoutRelation(folded: string): string {
  return folded.replace(RELATES_TO_THAT, ' ').replace(/\s+/g, ' ').trim();
}

/** The kind of follow-up, or undefined for a question that stands on its own (as far as its words tell). */
export function followUpKind(folded: string, namesSubjectOf: () => boolean, raw = folded): FollowUpKind | undefined {
  // Whether the message names a subject of its own: asked only where a pattern needs it (it costs a full analysis).
  let named: boolean | undefined;
  const namesSubject = () => (named ??= namesSubjectOf());
  const text = withoutChat(folded);
  if (text === '') return undefined;
  const words = text.split(' ');
  // Folded "con" is "còn" (and …?) only when typed so, or typed without diacritics and not a word such as "con số".
  const typed = raw.trim().toLowerCase();
  if (words[0] === 'con' && !typed.startsWith('còn') && (/\P{ASCII}/u.test(typed) || CON_WORDS.has(words[1] ?? '')))
    return undefined;
  // Every test below is pure: the cheap ones (word counts, a test done once) are made first, and none of a condition's
  // parts is evaluated for its effects. namesSubject stays last, as it is the costly one.
  const whyStart = WHY_START.test(text);
  if (WHY.test(text) || (whyStart && words.length <= 3 && !namesSubject())) return 'why';
  // "why does it matter for big tech?": a why about the previous answer ("it", "that"), even when it names a subject;
  // not the "it" of "worth it" ("why does zuckerberg think it is worth it" asks his reason).
  if (whyStart && words.length <= 8 && POINTS_AT_ANSWER.test(folded)) return 'why';
  if (words.length <= 6 && WHY_NOT_START.test(text) && !namesSubject()) return 'why';
  // "so why keep spending then?": a why closed by "then" asks about what was just said, as one opened by it does.
  if (whyStart && words.length <= 8 && THEN_LAST.test(text) && !namesSubject()) return 'why';
  // "then why keep pouring money in", "sao ông ấy vẫn chi tiếp": a why pointing back by "then" or at the person just
  // named asks that answer's reason.
  if (
    words.length <= 8 &&
    (THEN_WHY_START.test(text) || (whyStart && (PERSON.test(text) || VI_PERSON_TYPED.test(typed)))) &&
    !namesSubject()
  )
    return 'why';
  // "555 bil - what's that number", "600 billion, who said that": a message opening with a figure points at that figure,
  // not at an earlier answer; so does a longer question closed by "and who said it" (its own words say what was said).
  const ownFigure = /^\d/.test(text);
  if (ONLY_SOURCE.test(text) || (words.length <= 8 && !ownFigure && SOURCE.test(text) && !namesSubject()))
    return 'source';
  if (CURRENCY_ONLY.test(text)) return 'currency';
  if (SIZE_ONLY.test(text)) return 'size';
  if (NEXT.test(text) && !namesSubject()) return 'next';
  if (words.length <= 5 && ITEM.test(text) && SMALLEST.test(text) && !namesSubject()) return 'smallest';
  if (words.length <= 5 && ITEM.test(text) && LARGEST.test(text) && !namesSubject()) return 'largest';
  if (words.length <= 7 && ELLIPSIS_START.test(text)) return 'ellipsis';
  if (words.length <= 7 && NARROWED.test(text)) return 'ellipsis';
  // "cái đó có nhiều hơn tiền suy luận ko": with no subject named, the new words are read with the old subject.
  if (words.length <= 12 && THAT_THAN.test(text)) return 'ellipsis';
  if (words.length <= 8 && ONE_OF_THEM.test(text)) return 'reference';
  // "does nvidia have more than that?": the previous question's measure, asked about the subject named here.
  if (words.length <= 9 && THAN_THAT.test(text)) return namesSubject() ? 'ellipsis' : 'reference';
  if (words.length <= 7 && VI_ELLIPSIS_END.test(text)) return 'ellipsis';
  if (THEN_END.test(text) && namesSubject()) return 'ellipsis';
  if (BARE.test(text)) return 'reference';
  if (ownFigure) return undefined;
  if (words.length <= 9 && (PRONOUN.test(text) || THAT_THING.test(text)) && !namesSubject()) return 'reference';
  if (words.length <= 6 && THAT_LAST.test(text) && !namesSubject()) return 'reference';
  if (words.length <= 14 && VI_IT_TYPED.test(typed) && !namesSubject()) return 'reference';
  if (words.length <= 14 && (PERSON.test(text) || VI_PERSON_TYPED.test(typed)) && !namesSubject()) return 'reference';
  if (words.length <= 14 && LONG_POINTER.test(text) && !namesSubject()) return 'reference';
  if (words.length <= 12 && THEN_POINTER.test(text) && !namesSubject()) return 'reference';
  return undefined;
}

/**
 * Whether the follow-up points back at the time of the previous answer ("who opened a bank back then", "từ đó …"): its
 * own words may ask about someone else of that time, not the previous subject.
 */
export function pointsAtTime(folded: string): boolean {
  return THEN_POINTER.test(withoutChat(folded));
}

/** Whether the follow-up is a question word alone ("how long?", "trong bao lâu"): it asks the previous question again. */
export function isBareQuestion(folded: string): boolean {
  return BARE.test(withoutChat(folded));
}

/** The folded message without the chat words that open or close it ("ok …", "… tho"), keeping at least one word. */
function withoutChat(folded: string): string {
  const trimmed = folded.trim();
  const words = trimmed.split(' ');
  let start = 0;
  let end = words.length;
  while (end - start > 1 && CHAT_OPENERS.has(words[start] ?? '')) start += 1;
  while (end - start > 1 && CHAT_TAILS.has(words[end - 1] ?? '')) end -= 1;
  // Nothing dropped: the trimmed text is what its words joined again would be.
  return start === 0 && end === words.length ? trimmed : words.slice(start, end).join(' ');
}

/** The message with its "ổng"/"bả" replaced by the person's name ("cty của ổng" → "cty của Sam Altman"), if it has one. */
export function withPersonNamed(raw: string, name: string, person = false): string | undefined {
  if (VI_PERSON_TYPED.test(raw.toLowerCase())) return raw.replace(VI_PERSON_WORD, name);
  // "where does he work" → "where does David Cahn work"; "what was her take" → "what was Kathleen Brooks's take" (only
  // when the name is a person's).
  if (person && EN_PERSON_WORD.test(raw))
    return raw.replace(EN_POSSESSIVE_WORD, `${name}'s`).replace(EN_PERSON_WORD_ALL, name);
  return undefined;
}
const EN_PERSON_WORD = /\b(?:he|she|him|his|her)\b/iu;
const EN_PERSON_WORD_ALL = /\b(?:he|she|him)\b/giu;
const EN_POSSESSIVE_WORD = /\b(?:his|her)\b/giu;

/**
 * Whether a follow-up points back at a person by a Vietnamese pronoun of two words ("ông ấy", "bà ấy"): typed plain,
 * "ong ay ban gi" (what did he sell) is no chat with the bot ("bạn"), as a greeting's "hế lô" ("he") may be.
 */
export function pointsAtPersonByTitle(folded: string): boolean {
  return VI_PERSON_TITLE.test(folded);
}
const VI_PERSON_TITLE = /\b(?:ong|ba|anh|co|chi) ay\b/;

/** Whether a follow-up points back at a person ("he", "ông ấy") rather than a company or a thing ("they", "it", "nó"). */
export function pointsAtPerson(folded: string): boolean {
  return PERSON.test(folded);
}

/** The follow-up's own words, without the words that only tie it to the previous turn ("and", "what about", "thì sao"). */
export function ownWords(folded: string): string {
  return withoutChat(folded)
    .replace(THAT_THAN, '')
    .replace(/^(?:and what about|what about|how about|and|con|(?:the|vay|the thi) con|the)\b/, '')
    .replace(/\b(?:thi sao|then)$/, '')
    .replace(/\b(?:that|it|this|so|do|vay|ong ay|ba ay)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
