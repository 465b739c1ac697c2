// Function words of English and Vietnamese (folded, without diacritics) that carry no topic for retrieval.
import { stemToken } from './stem.js';
import type { Lang } from './lang.js';

const ENGLISH =
  'a an the of to in on for at by with from and or but nor is are was were be been being am do does did doing done ' +
  'have has had having will would can could should shall may might must it its itself this that these those there here ' +
  'their theirs they them he him his she her hers we us our ours you your yours i me my mine what which who whom whose ' +
  'when where why how much many about as into onto than then so if not no yes any some all also just only very please ' +
  'tell tells told say says said saying according article text piece author writer mention mentions mentioned ' +
  'does doesnt dont didnt isnt arent wasnt know explain give show me whats hows whos wheres whys thing things ' +
  'get got gets go going went like really actually exactly kind sort lot lots one ones s t re ve ll d happen happened happening describe compare list show give define';

// Vietnamese function words. "ai" (who) is not here: folded, it is the same token as "AI".
// Kept small on purpose: folded, many syllables collide with content ("tư" in "đầu tư", "chi" in "chi phí").
const VIETNAMESE =
  'la cua va cac mot nhung duoc voi trong thi ma nay kia do de nhu the nao gi bao sao khi da se bi rang theo ' +
  'bai viet noi cai hay hoac nua cung con ho ong toi minh chung vay day nhi ne roi a oi u ha nhe khong co ve ' +
  'cho o len qua lam rat nhat hon nguoi biet giai thich lieu phai';

// The engine compares stemmed tokens, so each list also holds its function words' stems ("does" → "doe", "those" →
// "thos"). Words about the text itself ("article", "describe") keep their stems as content: "who wrote the article" asks
// about the article's origin, and the knowledge reads them the same way.
const ABOUT_THE_TEXT: ReadonlySet<string> = new Set(
  'according article piece mention mentions mentioned describe compare define'.split(' '),
);
const withStems = (words: readonly string[]): ReadonlySet<string> =>
  new Set([...words, ...words.filter((word) => !ABOUT_THE_TEXT.has(word)).map(stemToken), '$']);
const ENGLISH_STOPWORDS: ReadonlySet<string> = withStems(ENGLISH.split(' '));
const VIETNAMESE_STOPWORDS: ReadonlySet<string> = withStems(VIETNAMESE.split(' '));

/** Folded tokens that are ignored for scoring (they still count for language and question-kind detection). */
const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...VIETNAMESE_STOPWORDS]);

/**
 * Whether a folded token is a function word. With a language, only that language's list applies: folded, the
 * English "so" is the Vietnamese "sợ" (fear) and "do" is "đô" (dollar).
 */
export function isStopword(token: string, lang?: Lang): boolean {
  if (lang === 'en') return ENGLISH_STOPWORDS.has(token);
  if (lang === 'vi') return VIETNAMESE_STOPWORDS.has(token);
  return STOPWORDS.has(token);
}
