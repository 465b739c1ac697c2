// Chat words: what people say around a question on a chat server, about themselves, the people they talk to and the
// conversation (apologies, hedges, family and friends, the server, chat abbreviations). None names anything an article
// is about; a question keeps one only when the article itself uses it (src/engine/query.ts). Folded, lower case.

/** Asides and hedges ("btw", "honestly", "tbh"): about how the asker speaks, never about whom or what. */
export const ASIDE_WORDS: ReadonlySet<string> = new Set(
  (
    'honestly genuinely seriously basically kinda sorta anyway anyways tbh fr ngl imo imho iirc afaik fwiw btw lol lmao ' +
    // a hesitation or surprise before the question ("hmm", "ahh ok so", "wait wait")
    'wait hm ah oh uh um er erm eh huh aw welp aha'
  ).split(' '),
);

/**
 * Hesitations and exclamations, each as typed once: typed with letters held down ("hmmm", "ahhh", "ummm") they are read
 * as these.
 */
export const INTERJECTIONS: ReadonlySet<string> = new Set('hm ah oh uh um er erm eh huh aw welp aha'.split(' '));

/** Words of the conversation around a question, never of what it asks (unless the article uses the word). */
export const CHAT_WORDS: ReadonlySet<string> = new Set(
  // apologies, hedges and asides
  (
    'hm ah oh uh um er erm eh huh aw welp aha ' +
    'sorry sry soz apologies apologise apologize oops honestly genuinely seriously basically kinda sorta anyway ' +
    'again anyways wait tbh fr ngl imo imho idk iirc afaik fwiw btw lol lmao rofl xd omg smh pls plz pleaseee appreciate appreciated ' +
    'advance curious silly dumb stupid noob newbie lurker lurking sanity drama typo typos rant probably wild ' +
    // hedges on what is asked ("google maybe overspent"): how sure the asker is, not what they ask
    'maybe perhaps possibly prolly ' +
    // how the asker feels or wants the answer ("been crying since", "a one-liner")
    'cry crying cried liner oneliner want wants wanted ' +
    // "anything about X?", "smth on Y": a stand-in for what is asked, which the rest names
    'anything something smth sth ' +
    // hearsay ("my buddy swears …")
    'swear swears swore sworn insists insisted ' +
    // people one talks to or about
    'friend friends buddy bro bros dude mate guys folks peeps yall everybody everyone somebody anybody someone dad mom mum ' +
    'wife husband brother sister roommate coworker coworkers colleague colleagues teacher classmate uncle aunt ' +
    'manager cousin neighbour neighbor ' +
    // the conversation and the place
    'mods mod admin admins discord channel thread dinner homework ' +
    // a place in the text the asker points at ("there's a line about norvig", "the passage on levi's")
    'line passage snippet excerpt ' +
    // Vietnamese (folded): addressing people, chat abbreviations and particles
    'bac ae mn ad huhu kkk hic chut xiu haha ' +
    // "bữa trước" (the other day), "ko rành"/"rảnh" (not versed in / free), "hum nay" (today)
    'bua ranh hum ' +
    // where and how long people talked ("đi cà phê", "cãi nhau mãi")
    'cafe caphe phe mai ' +
    // "quay lại X" (back to X): steering the conversation
    'quay ' +
    // the asker ("em", "tui", "tao")
    'em e tui tao'
  ).split(' '),
);

/** Words about asking itself ("asking for a friend", "noob question", "remind me"): around small talk, still small talk. */
export const ASKING_WORDS: ReadonlySet<string> = new Set(
  'ask asks asking asked question questions q remind reminder tell know wonder wondering explain hoi'.split(' '),
);

/**
 * A count of the reply's form ("in 3 bullet points", "5 câu thôi", "1 chữ"): how to answer, not a number asked about.
 * Folded; group 1 is the count.
 */
export const FORMAT_COUNT =
  /\b(\d+) (?:bullet points?|bullets?|sentences?|lines?|words?|paragraphs?|cau|dong|chu|gach dau dong)\b/g;
