// Idioms, informal phrases and slang people use in questions (English and Vietnamese), with the plain words an article
// would use for them: the second list that rewrites a question's words (src/text/idioms.ts applies it to the folded
// tokens, after the abbreviations). Each phrase is matched word by word on stems ("jumped ship" and "jumps ship" are
// one entry), so write its words folded and in their plain form.

/**
 * Verbs that mean another verb right before an amount ("dropped 600 mil on AI": spent it; "a 50% drop" and "dropped
 * 50%" stay a fall). Folded stems → plain word.
 */
export const BEFORE_AMOUNT_IDIOMS: Readonly<Record<string, string>> = {
  drop: 'spend',
};

/** Folded English idioms and informal phrases → plain words. */
export const ENGLISH_IDIOMS: Readonly<Record<string, string>> = {
  'in the hole': 'in loss',
  'bottom line': 'profit',
  'pass the hat': 'raise money',
  'jump ship': 'leave and join',
  'rule of thumb': 'simple rule',
  'kick off': 'start',
  // A layoff said with its object in the middle ("laid people off", "let staff go").
  'lay people off': 'lay off',
  'lay staff off': 'lay off',
  'lay workers off': 'lay off',
  'lay employees off': 'lay off',
  'lay them off': 'lay off',
  'let people go': 'lay off',
  'let staff go': 'lay off',
  'let workers go': 'lay off',
  'let employees go': 'lay off',
  'shell out': 'spend',
  // "a bunch of his staff", "a big chunk went to nvidia": a group, a part.
  'a bunch of': 'a group of',
  'bunch of': 'group of',
  chunk: 'part',
  'fork out': 'spend',
  'splash out': 'spend',
  'rake in': 'earn',
  'go belly up': 'collapse',
  'strike it rich': 'get rich',
  'make a killing': 'get rich',
  'bang for the buck': 'worth the money',
  'sit back': 'wait',
  'pull back': 'cut spending',
  'make a fortune': 'get rich',
  'pan for gold': 'mine gold',
  '49 ers': 'gold rush miners',
  'forty niners': 'gold rush miners',
  'dry up': 'fall',
  'put out': 'report',
  coder: 'programmer',
  overhyped: 'bubble',
  'turn of the millennium': 'in 2000',
  spree: 'boom',
  frenzy: 'boom',
  craze: 'boom',
  reckon: 'think',
  roughly: 'about',
  'young firm': 'startup',
  'young company': 'startup',
  'pull in': 'earn',
  'big player': 'big tech',
  'walk away with': 'make',
  'down the road': 'in the future',
  'under pressure from': 'questioned by',
  'land on': 'say about',
  parallel: 'comparison',
  'article raise': 'article mention',
  // "where does amazon (even) show up in the article": where it is mentioned.
  'show up in': 'mentioned in',
  'come up in': 'mentioned in',
  'pop up in': 'mentioned in',
  'raise concern': 'mention risk',
  'raise doubt': 'mention doubt',
  'a run': 'a rise',
  // "what's the deal with X": what about X.
  'what s the deal with': 'what about',
  'whats the deal with': 'what about',
  'big picture': 'big overall',
  'end on': 'conclude with',
  'wrap up with': 'conclude with',
  lesson: 'conclusion',
  'big run': 'big rise',
  // "could X go the way of Cisco", "end up like Cisco": repeat its history.
  'go the way of': 'repeat the history of',
  'end up like': 'repeat the history of',
  'meet the same fate as': 'repeat the history of',
  // "where did the money end up": where it went ("end up like X" above is another idiom, read first: longer).
  'end up': 'go',
  // "so hard to get hold of", "get their hands on": to get, to buy.
  'get hold of': 'get',
  'get a hold of': 'get',
  'get their hands on': 'buy',
  'get your hands on': 'buy',
  'get my hands on': 'buy',
  'get its hands on': 'buy',
  'get his hands on': 'buy',
  'get our hands on': 'buy',
  // "the stock tanked", "it tanks their earnings": falls, or makes fall.
  tank: 'fall',
  // "who reported that …", "which outlet was reporting …": who said it (the source), not a research report asked.
  'who report': 'who say',
  'outlet report': 'outlet say',
  'paper report': 'paper say',
  'site report': 'site say',
  'was report': 'was say',
  'one report that': 'one say that',
  'first report': 'first say',
  // "shoveling cash into AI": investing in it, not the gold rush's shovels.
  'shovel cash into': 'invest cash in',
  'shovel money into': 'invest money in',
  'prop up': 'support',
  'root reason': 'reason',
  'root cause': 'reason',
  'add up': 'total',
  // Cisco described by what it sold ("the router maker", "that networking company from the 90s").
  'router maker': 'cisco',
  'router company': 'cisco',
  'network gear maker': 'cisco',
  // Owning up and being grilled: "cop to overspending", "confess", "grilled by analysts". "cop" alone: an idiom ending
  // in "to" would split the stop phrase "tổ chức gì".
  cop: 'admit',
  'own up': 'admit',
  confess: 'admit',
  grill: 'question',
  googler: 'google employee',
  bullish: 'optimistic',
  bearish: 'pessimistic',
  // "didn't X use to be …": before.
  'use to be': 'was before',
  'used to be': 'was before',
  'circle back': 'return',
  'crash and burn': 'collapse',
  // "having a rough time", "a hard time making AI pay": struggling.
  'rough time': 'struggle',
  'hard time': 'struggle',
  // "how much will they pull from AI": earn from it.
  'pull from': 'earn from',
  // Fans' nicknames for the chip makers by their brand colours.
  'team green': 'nvidia',
  'team red': 'amd',
  // "the shovel metaphor": the analogy the article draws.
  metaphor: 'analogy',
  'build out': 'expanding',
  // "past tech shifts" are simply tech shifts; "in the past" is before ("past 50%", a threshold, is left alone).
  'past tech': 'tech',
  'in the past': 'before',
  // "have the luxury of waiting": the time to.
  'luxury of': 'time to',
  // "gives dotcom-era vibes", "cisco vibes": reminds of.
  'vibe of': 'remind of',
  vibe: 'remind',
  // "how did X fare": how did it go.
  fare: 'go',
};

/** Folded Vietnamese slang and informal phrases → plain words (folded). */
export const VIETNAMESE_IDIOMS: Readonly<Record<string, string>> = {
  toang: 'sup do',
  'khach sop': 'khach hang lon',
  'dong tien bat gao': 'dang tien',
  'luong beo': 'luong thap',
  'nguoc doi': 'trai nguoc',
  'chi dam': 'chi nhieu',
  'phat len': 'giau len',
  'do nghe': 'cong cu',
  'do xo di tim vang': 'con sot vang',
  'non tre': 'khoi nghiep',
  'nguoi cu': 'cuu nhan vien',
  'lap ra': 'thanh lap',
  'ke ban': 'nguoi ban',
  'cu dau tu': 'van dau tu',
  'cu do tien': 'van do tien',
  // "vẫn cứ" (still keep on) and "cứ đốt tiền": folded, "cứ" would read as "cũ" (former).
  'van cu': 'van',
  // "đi vào vết xe đổ" (follow in the overturned cart's tracks): repeat the same history.
  'vet xe do': 'lap lai lich su',
  // "X ngày tuổi" (X days old): a number of days.
  'ngay tuoi': 'ngay',
  'cu dot tien': 'van dot tien',
  'cu chi': 'van chi',
  // "làm người ta nhớ tới Cisco" (reminds people of Cisco): the article's "không nghĩ đến Cisco".
  'nho toi': 'nghi den',
  'nho den': 'nghi den',
  // "cộng hết / cộng lại" (add it all up): the total.
  'cong het': 'tong',
  'cong lai': 'tong lai',
  'noi cau gi': 'noi gi',
  // "mấy ông trùm" (the bosses, tycoons): the big players, "ông lớn".
  'ong trum': 'ong lon',
  // "chảy vào túi ai" (flows into whose pocket): who is paid.
  'chay vao tui': 'tra vao cho',
  'vao tui': 'vao cho',
  // "ông đó làm chức gì" (what post does he hold): who he is.
  'lam chuc gi': 'la ai',
  'chuc vu': 'vai tro',
  // "nói gọn (1 chữ) thì …" (in short, in a word): a way of answering, not what is asked.
  'noi gon': 'noi',
  // "chống độc quyền" (antitrust) is a regulator's case, not the article's "độc quyền thị trường" (monopoly).
  'chong doc quyen': 'antitrust',
};
