// The words that make and answer a yes/no question (src/engine/understand/yes-no.ts reads them); folded, unless said.
import type { Lang } from '../lang.js';

/** Negated auxiliaries typed without their apostrophe ("hasnt", "didnt"): negators, and auxiliaries when they open. */
export const EN_BARE_NEGATED_AUXILIARIES: ReadonlySet<string> = new Set(
  'isnt arent wasnt werent doesnt dont didnt hasnt havent hadnt cant couldnt wouldnt shouldnt wont aint'.split(' '),
);
/** English auxiliaries that open a yes/no question ("does OpenAI …"). */
export const EN_AUXILIARIES: ReadonlySet<string> = new Set([
  // The negated ones are their contractions' first halves ("wasn't" folds to "wasn t").
  ...'does do did is are was were has have had can could will would should isn doesn didn wasn weren aren hasn haven hadn couldn wouldn shouldn'.split(
    ' ',
  ),
  ...EN_BARE_NEGATED_AUXILIARIES,
]);
/** Words that open a sentence before its question ("so is it…", "wait, did they…"): skipped to find the auxiliary. */
export const EN_OPENERS: ReadonlySet<string> = new Set(
  'so wait ok okay hmm hm um uh oh ah er erm eh huh welp and but well also then'.split(' '),
);

/**
 * Words that open a frame before the question ("according to Cahn, does …", "in 2000 was Cisco …", "per the article,
 * is …"): the auxiliary is looked for a few words further on.
 */
export const EN_FRAME_OPENERS: ReadonlySet<string> = new Set('according per in since after before by based'.split(' '));

/** Wh-words: one before the auxiliary makes a framed question a wh-question ("in which year did …"). */
export const EN_WH_WORDS: ReadonlySet<string> = new Set('what which who whom whose how why when where'.split(' '));

/**
 * Verbs that make a statement of a line ending in "?" ("Covello reckons …?", "Wall St expects …?"); an auxiliary anywhere
 * does too ("Character AI was started by …?"). Without one, "Nvidia market share?" is a keyword query, not a claim.
 */
export const EN_STATEMENT_VERBS: ReadonlySet<string> = new Set(
  (
    'says said reckons reckoned thinks thought believes believed expects expected claims claimed admits admitted ' +
    'calls called wants needs spends spent makes made earns earned loses lost holds held controls owns started ' +
    'founded joined became becomes settles settled rose fell dropped grew gets got went goes might may must works worked'
  ).split(' '),
);

/** Words that open a premise ("if …", "because …", "nếu …", "vì …"): a negation just after one is not what is asked. */
export const PREMISE_WORDS: ReadonlySet<string> = new Set('if because since unless neu vi'.split(' '));

/** Words after an English auxiliary that make it a wh-question or a request, not a yes/no question. */
export const NOT_YES_NO: ReadonlySet<string> = new Set('you what which who how why when where'.split(' '));

/** Per language: folded Vietnamese text has "no" from "nổ", so English negators are not read in Vietnamese. */
export const NEGATORS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set([...'not no cannot never without t nor'.split(' '), ...EN_BARE_NEGATED_AUXILIARIES]),
  vi: new Set('khong chua chang ko k'.split(' ')),
};
/**
 * Copulas between a negator and the phrase it negates ("không phải là đơn vị duy nhất"): not counted in the window, so
 * the whole phrase after them is negated. Folded and as written (a fact's words keep their diacritics).
 */
export const NEGATION_COPULAS: ReadonlySet<string> = new Set(['phai', 'la', 'phải', 'là']);

/**
 * A contrast that negates what follows it ("driven by FOMO rather than real revenue", "as opposed to profits"): the
 * first word, read as "not" when the second follows it. Folded English.
 */
export const CONTRAST_NEGATORS: ReadonlyMap<string, string> = new Map([
  ['rather', 'than'],
  ['opposed', 'to'],
]);

/** Words joining a list a negation spans ("không phải doanh thu hay ứng dụng thực tế", "not revenue or real use"). */
export const NEGATION_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'hay',
  'hoac',
  'hoặc',
  'va',
  'và',
  'or',
  'and',
  'nor',
]);

/** Negators that are determiners: they negate the noun they stand before, not the words after it. */
export const DETERMINER_NEGATORS: ReadonlySet<string> = new Set(['no']);

/**
 * Said of a comparison asked with "more": "only" in the fact says no ("earn only $20 billion" against $60 billion
 * spent). Matched against the fact's words as written, so "chỉ" keeps its diacritics.
 */
export const ONLY_WORDS: ReadonlySet<string> = new Set(['only', 'chỉ']);

/** Vietnamese sentence-final particles that make a statement a yes/no question ("… không", "… chưa", "… hả"). */
export const VI_YES_NO_PARTICLES: ReadonlySet<string> = new Set('khong chua ko k ha hong hok hem khum'.split(' '));

/**
 * Words that may close a Vietnamese question after its particle: politeness ("ạ", folded "a") and whom it is asked of
 * ("đúng không mn", "phải ko ae", "có không bạn ơi"); skipped to find the particle.
 */
export const VI_CLOSING_WORDS: ReadonlySet<string> = new Set(
  'a mn ae ad ban bn bro anh chi em oi nhe nha vay the ta voi z hic huhu bot'.split(' '),
);

/**
 * A Vietnamese question opening with a negated "phải" ("không phải … sao", "chẳng phải … à"): it asks whether what
 * follows is so, like "isn't it true that …".
 */
export const VI_NEGATED_OPENING: ReadonlySet<string> = new Set('khong ko k chang chu'.split(' '));
/**
 * A Vietnamese question opening with "chẳng lẽ" / "lẽ nào" / "không lẽ" (surely not …?): it doubts what follows, and
 * asks whether it is so. Folded, the opening's two words.
 */
export const VI_DOUBTING_OPENINGS: readonly (readonly [string, string])[] = [
  ['chang', 'le'],
  ['khong', 'le'],
  ['ko', 'le'],
  ['le', 'nao'],
];
/** The words that close such a question ("… sao", "… à", "… chứ"). */
export const VI_NEGATED_OPENING_CLOSERS: ReadonlySet<string> = new Set('sao a ha chu'.split(' '));

/**
 * English tags that turn a statement into a yes/no question ("…, right?", "… correct?", "…, yeah?"); folded. A tag
 * counts after a comma or before a question mark, so "the right" or "the correct figure" inside a question is no tag.
 */
export const EN_YES_NO_TAGS: readonly string[] = [
  'right',
  'rite',
  'ryt',
  'correct',
  'yeah',
  'yea',
  'yes',
  'yep',
  'true',
  'no',
  'isn t it',
  'is that right',
  'is that correct',
  'is that true',
  'is it',
  'am i right',
  'huh',
  'eh',
  'innit',
  'or not',
  // "…, or nah": or not, as chat says it.
  'or nah',
  'legit',
  // Asking whether the claim is accurate ("…, that accurate?", "… is that accurate").
  'accurate',
  'that accurate',
  'is that accurate',
  'that right',
  'that true',
  'that correct',
  'for real',
  'hasn t it',
  'wasn t it',
  'didn t it',
  'doesn t it',
  'won t it',
  'aren t they',
  'don t they',
  'didn t they',
  'haven t they',
  'didn t he',
  'doesn t he',
  'isn t he',
  'wasn t he',
  'ya',
  // A clause pointing back at the claim ("…, that's what he said?", "…, that's the number?").
  'that s what he said',
  'that s what she said',
  'that s what they said',
  'that s what it says',
  'is that what he said',
  'is that what it says',
  'that s the number',
  'is that what the article says',
  'is that what the piece says',
  'that s what the article says',
  'that s the figure',
  // The same, negated ("…, isn't that what it says?").
  'isn t that what it says',
  'isnt that what it says',
  'isn t that what the article says',
  'isn t that what he said',
  // Both answers offered ("…, yes or no?", "… true or false?"): it asks which.
  'yes or no',
  'true or false',
  'true or not',
];

/**
 * Openings that put the claim after them to the test ("true or false: …", "correct me if i'm wrong but …", "fact check:
 * …", "đúng hay sai: …"): what follows is asked as a yes/no question. Folded; a contraction's apostrophe may be left out.
 */
export const YES_NO_FRAMES: readonly string[] = [
  'true or false',
  'yes or no',
  'fact check',
  'correct me if i m wrong',
  'correct me if im wrong',
  'correct me if i am wrong',
  'dung hay sai',
  'that hay gia',
];

/**
 * Tags that close a claim even with no comma before them and no question mark ("kathleen is at xtb right", "it launched
 * in 2022 didnt it"): words that end no statement of the article's topics otherwise. Folded; a negated one also counts.
 */
export const EN_BARE_YES_NO_TAGS: ReadonlySet<string> = new Set([
  'right',
  // "right" as chat spells it ("…, that's the take here rite").
  'rite',
  'ryt',
  'correct',
  'yeah',
  'yea',
  'yep',
  'innit',
  'or nah',
]);

/**
 * Vietnamese sentence-final particles that ask for confirmation ("… à", "… hả", "… nhỉ"): read on the text as typed, since
 * folded "à" is also the polite "ạ" (which asks nothing); a final "a" counts when the question is typed without
 * diacritics.
 */
export const VI_YES_NO_TAGS: readonly string[] = ['à', 'á', 'hả', 'hở', 'nhỉ', 'chứ', 'chứ gì'];

/**
 * The same particles typed without diacritics ("… a", "… chu gi"): read only when the question has no diacritics at all,
 * where "a" and "chu" are not the polite "ạ" or "chú" (uncle).
 */
export const VI_PLAIN_YES_NO_TAGS: readonly string[] = ['a', 'chu', 'chu gi'];

/**
 * A translation note that says the machine translation is wrong ("is a mistranslation", "should read"): the wording it
 * quotes, and that wording's literal gloss, are not what the article means ("AI mapping" for AI image generation).
 */
export const SAYS_MISTRANSLATED = /\bmistranslat|\bshould read\b/;

/**
 * A yes/no comparison of two things ("spends more on staff than on training", "chi cho nhân sự nhiều hơn đào tạo"):
 * what comes before the split is compared with what comes after. Folded.
 */
export const MORE_THAN = /\b(?:more|bigger|larger|higher|greater)\b(.*)\bthan\b|\b(?:nhieu|lon|cao) hon\b/;
export const LESS_THAN = /\b(?:less|fewer|smaller|lower|cheaper)\b(.*)\bthan\b|\b(?:it|nho|thap) hon\b/;

/**
 * A rate asked per year or per quarter ("12 tỷ mỗi năm", "$60B a year", "quarterly"): a figure of the same amount given
 * per the other period says no. "a year ago" and "a quarter of the market" are no rate. Folded.
 */
export const PER_YEAR =
  /\b(?:per year|per annum|each year|every year|annually|yearly|a year(?! (?:ago|earlier|before|later|after|of)\b)|moi nam|hang nam)\b/;
/** A rate asked per month ("12 billion a month"): a figure given per quarter or per year says no. */
export const PER_MONTH =
  /\b(?:per month|each month|every month|monthly|a month(?! (?:ago|earlier|before|later|after|of)\b)|moi thang|hang thang)\b/;
/**
 * The quarter or the year a claim places an amount in ("lỗ 5 tỷ trong quý này", "this year"): a figure given for the
 * other period says no, as a rate asked per the other period does. Folded.
 */
export const THIS_QUARTER = /\b(?:this quarter|this qtr|in the quarter|quy nay)\b/;
// The whole year ("cả năm", "the full year") places it in a year too.
export const THIS_YEAR = /\b(?:this year|this yr|nam nay|ca nam|full year|whole year|entire year)\b/;
/**
 * A number claimed as a multiple ("tăng 600 lần", "up 6x", "600 times"): group 1 the number. Against a percentage it
 * is another figure unless it states the same rise (600% is 7 times the start, loosely 6). Folded.
 */
export const MULTIPLE = /\b(\d+(?:\.\d+)?) ?(?:lan|times|x|fold)\b/;
/** A span of a decade claimed ("over a decade", "trong một thập kỷ"): ten years. Folded. */
export const A_DECADE = /\b(?:a decade|one decade|mot thap ky|1 thap ky|mot thap nien)\b/;
export const PER_QUARTER =
  /\b(?:per quarter|each quarter|every quarter|quarterly|a quarter(?! (?:ago|earlier|before|later|after|of)\b)|moi quy|hang quy)\b/;

/**
 * The words of working for an organisation ("does X work at Y", "X có làm việc ở Y không"): a yes/no question whose other
 * words are all these asks the person's organisation. Folded.
 */
export const AFFILIATION_WORDS: ReadonlySet<string> = new Set(
  // Working there, or holding a role there ("a partner at …", "analyst at …").
  (
    'work works worked working employed employee job lam viec lam viec ' +
    'partner analyst director head researcher economist doi tac ' +
    // "the Morgan Stanley guy": a person of that employer.
    'guy dude bloke person lady man woman'
  ).split(' '),
);

/** A company's top role claimed of a person ("Google's CEO", "giám đốc điều hành", "the founder"). Folded. */
export const CLAIMED_ROLE =
  /\b(?:ceo|chief executive|founder|co founder|cofounder|chairman|chairwoman|president|cto|cfo|giam doc dieu hanh|tong giam doc|nha sang lap|nguoi sang lap|chu tich)\b/;

/**
 * The words of a top role ("CEO", "giám đốc điều hành", "founder"): a person claimed in one at another organisation than
 * the one the knowledge records for them is not (whatever their role there). Folded.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  'ceo ceos chief executive founder founders cofounder chairman chairwoman president boss cto cfo giam doc dieu hanh sang lap chu tich sep'.split(
    ' ',
  ),
);

/**
 * Words for a person after an employer's name, with "the" before it ("the Morgan Stanley guy"): the name is where the
 * person works. Folded.
 */
export const EMPLOYER_PERSON_NOUNS: ReadonlySet<string> = new Set('guy dude bloke person lady man woman'.split(' '));

/** Words before an employer's name ("is at Morgan Stanley", "làm ở …", "works for …"). Folded. */
export const EMPLOYER_PREPOSITIONS: ReadonlySet<string> = new Set('at for with o tai cho'.split(' '));

/**
 * Words that place a person right after their name ("Jim Covello of Morgan Stanley", "Cahn from a16z", "Brooks bên
 * Goldman"): an appositive naming where they work. Folded.
 */
export const APPOSITIVE_EMPLOYER_WORDS: ReadonlySet<string> = new Set('of from at o tai ben cua'.split(' '));

/**
 * A clause made only of a yes/no tag ("…, đúng chứ", "…, phải hông ae", "…, right"): it asks whether the rest is so, so
 * it is no filler. Its words are all of these (folded), with at least one of `TAG_CLAUSE_CORES`.
 */
export const TAG_CLAUSE_CORES: ReadonlySet<string> = new Set([
  ...'dung phai chu chuan right rite ryt correct true accurate'.split(' '),
  ...VI_YES_NO_PARTICLES,
]);
export const TAG_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...TAG_CLAUSE_CORES,
  ...VI_CLOSING_WORDS,
  ...'ko khong k nhi ha hen yeah yea yep ya is that it or not am i'.split(' '),
]);

/**
 * What a claim says a number measures, by the figure measures (knowledge `figure.measure`) each kind of word names:
 * "big tech will spend $20 billion" claims spending of the $20 billion that the article gives as revenue. Folded; a
 * Vietnamese verb only right before an amount, since folded "chi" is also "chỉ" (only) and "thu" also "thử" (try).
 */
export const CLAIMED_MEASURES: readonly { readonly words: RegExp; readonly measures: readonly string[] }[] = [
  {
    words:
      /\b(?:spend|spends|spent|spending|invest|invests|invested|investing|investment|capex|pour|pours|poured|pouring|chi tieu|dau tu|rot|do tien|bo ra|chi(?= (?:ra |toi |den |khoang |hon |gan |tam )?\d))\b/,
    measures: ['ai-spending', 'cost'],
  },
  {
    words:
      /\b(?:earn|earns|earned|earning|earnings|revenue|revenues|income|sales|bring in|brings in|brought in|generate|generates|pull|pulls|pulling|pull in|rake in|rakes in|raking in|doanh thu|thu nhap|kiem|kiem duoc|thu ve|thu(?= (?:duoc |ve |toi |khoang |hon |gan )?\d))\b/,
    measures: ['ai-revenue', 'revenue-needed'],
  },
  {
    words: /\b(?:lose|loses|lost|losing|loss|losses|thua lo|lo(?= (?:toi |khoang |hon |gan )?\d))\b/,
    measures: ['loss'],
  },
  {
    words:
      /\b(?:stock|stocks|share price|shares (?:are|is|have|has|were|was|rose|gained|jumped|climbed|went)|co phieu|gia co phieu)\b/,
    measures: ['stock-gain'],
  },
  {
    words: /\b(?:market share|share of|thi phan|chiem|hold|holds|held|dominate|dominates|control|controls)\b/,
    measures: ['market-share'],
  },
];

/**
 * A share claimed of a whole ("laid off half its staff", "phần lớn nhân viên"): a quantity, like a number, that a fact
 * with no figures cannot say yes to. Folded.
 */
export const CLAIMED_SHARE =
  /\b(?:half|a third|two thirds|a quarter of|most of|the majority of|majority of|mot nua|nua so|phan lon|da so|mot phan ba)\b/;

/**
 * A former employer ("founded by ex-Google staff", "do cựu nhân viên Google thành lập"): the word after the marker and
 * any words for staff is the organisation. Folded; group 1 is the organisation's (first) word.
 */
export const FORMER_EMPLOYER =
  /\b(?:ex|former|cuu)(?: (?:nhan vien|employees?|staff|staffers|workers?|engineers?|researchers?|people|folks|guys|members?|of|cua|o|tai|from|at))* (\S+)/;

/** Who a claim or a fact says reported something ("according to The Information", "comes from Bloomberg"). Folded English; group 1 the source's first word. */
export const REPORTED_BY =
  /\b(?:according to|comes from|come from|came from|reported by|sourced from|citing|cites) (?:the )?(\S+)/;
