// The words that tell Vietnamese from English in a question (src/text/language.ts weighs them); folded, no diacritics.

/** Vietnamese function words and chat abbreviations typed without diacritics; "ai" (who) is left out: English says "AI". */
export const VIETNAMESE_WORDS: ReadonlySet<string> = new Set(
  (
    'la gi khong cua nhu the nao tai sao vi bao nhieu may khi bao gio duoc nhung cac mot va voi trong cho ve thi ma nay ' +
    'do de tu den da dang se bi rang theo nguoi cong ty nam ngay thang nghin trieu ty chi phi loi nhuan dau tu noi gi sao ' +
    'co hay hoac ong ho chung toi ban minh viet bai cua nhieu lam roi nhe nha oi vay day ay nhi ne thoi luon ' +
    'mua tien vao lon moi gia tang giam truong phieu von quy hang sap lai lo ' +
    'bn ko k j cty ntn dc ng tr hok hong z cp hihi hehe oke uk ak chao cam ra'
  ).split(' '),
);

/** Vietnamese phrases that count once more each, even when their syllables are shared with English ("the nao"). */
export const VIETNAMESE_PHRASES: readonly string[] = [
  'bao nhieu',
  'la gi',
  'nhu the nao',
  'tai sao',
  'vi sao',
  'khi nao',
  'bao gio',
  'cong ty',
  'the nao',
  'la ai',
  'co phai',
  'cam on',
  'xin chao',
];

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of to in on for at by with from and or but is are was were be been do does did have has had will would ' +
    'can could should what which who whom whose when where why how much many about as into than this that these those ' +
    'it its they their there he she his her we you your i my me not no yes said say says tell per cost costs ' +
    'company companies spend spent spending money lose loss year years day days percent million billion trillion ' +
    'hello hi hey yo sup thanks thank thx please lol ok okay good bad big make made get got just like really mean means meaning'
  ).split(' '),
);

/** An English question opening ("what does … mean") frames the question, even around Vietnamese words it asks about. */
export const ENGLISH_OPENINGS: ReadonlySet<string> = new Set(
  'what how why who whom whose when where which is are was were does do did can could will would should'.split(' '),
);
