// Function words and question-word phrases of English and Vietnamese (folded, no diacritics) that carry no topic for
// retrieval: src/text/stopwords.ts adds their stems, src/engine/analyzer.ts masks the phrases.

export const ENGLISH_STOPWORDS: readonly string[] = (
  'a an the of to in on for at by with from and or but nor is are was were be been being am do does did doing done ' +
  'have has had having will would can could should shall may might must it its itself this that these those there here ' +
  'their theirs they them he him his she her hers we us our ours you your yours i me my mine what which who whom whose ' +
  'when where why how much many about as into onto than then so if not no yes any some all also just only very please ' +
  'tell tells told say says said saying according article text piece author writer mention mentions mentioned ' +
  'does doesnt dont didnt isnt arent wasnt know explain give show me whats hows whos wheres whys thing things ' +
  'get got gets go going went like really actually exactly kind sort lot lots one ones s t re ve ll d happen happened happening describe compare list show give define ' +
  // Contractions split at the apostrophe ("didn't" → "didn t"), a conjunction, "instead", and judgements that ask for a
  // view rather than name a topic ("is overspending fine"): otherwise each would read as a word unknown to the article.
  'didn doesn isn aren wasn weren hasn haven hadn couldn wouldn shouldn while instead fine alright ' +
  // The same contractions typed without the apostrophe ("why cant they wait", "im curious").
  'cant wont werent hasnt havent hadnt couldnt wouldnt shouldnt im ive youre theyre thats theres ' +
  // Words that insist on precision ("the actual day", "the exact figure") or point at someone ("the goldman guy"), a tag
  // that asks for agreement ("…, right?", "the right horizon") and intensifiers ("definitely didn't"): they name no
  // topic of their own.
  'actual exact precise precisely specific specifically guy guys dude fella right definitely certainly surely ' +
  // "What does X refer to": asks for a meaning like "mean", and names no topic of its own.
  'refer refers referred referring ' +
  // How one thing bears on another ("how does nvidia fit into the gold rush", "how does X relate to Y"): asks what the
  // article says of both, and names no topic of its own.
  'fit fits relate relates related relation relationship connected connection ' +
  // "does it at least give …", "at the very least": a hedge that names no topic.
  'least ' +
  // "Which old networking giant": an age that points at someone, as "guy" does ("how old is" is read as an age asked).
  'old ' +
  // An unnamed "some day" ("what will AI eventually do") places the question in time and names no topic.
  'eventually ultimately someday ' +
  // Indefinite pronouns ("keeping everything running", "does anyone make money"): they point, naming no topic.
  'everything anything something everyone anyone someone everybody anybody somebody ' +
  // Prepositions of time and place that name no topic ("during the gold rush", "among the giants").
  'during throughout among amongst within via ' +
  // Intensifiers that stress the question ("where does amazon even show up"), naming no topic.
  'even ' +
  // Small counts written as words ("which two of them", "the three biggest"), as "one" is: they count what the question
  // names and name nothing themselves. Not "seven", the article's ("Magnificent Seven"), nor "five", an idiom's
  // ("explain it like i'm five").
  'two three four six eight nine ten ' +
  // "not being able to wait" says can, as "can" does.
  'able'
).split(' ');

// "ai" (who) is not here: folded, it is the same token as "AI". Kept small on purpose: folded, many syllables collide
// with content ("tư" in "đầu tư", "chi" in "chi phí").
export const VIETNAMESE_STOPWORDS: readonly string[] = (
  'la cua va cac mot nhung duoc voi trong thi ma nay kia do de nhu the nao gi bao sao khi da se bi rang theo ' +
  'bai viet noi cai hay hoac nua cung con ho ong toi minh chung vay day nhi ne roi a oi u ha nhe khong co ve ' +
  'cho o len qua lam rat nhat hon nguoi biet giai thich lieu phai khau dang ay ' +
  // "kiểu" (like, "kiểu mong AI làm được gì") hedges as English "like" does; "xưa" ("hồi xưa", back then) places the
  // question in time as "hồi đó" does. Neither names a topic, and no fact uses them.
  'kieu xua'
).split(' ');

/**
 * Words about the text itself: function words whose stems stay content. "who wrote the article" asks about the
 * article's origin, and the knowledge reads them the same way.
 */
export const ABOUT_THE_TEXT: ReadonlySet<string> = new Set(
  'according article piece mention mentions mentioned describe compare define'.split(' '),
);

/** Question-word phrases whose syllables would otherwise read as content ("tại sao" → "tài chính"). */
export const STOP_PHRASES: readonly string[] = [
  'tai sao',
  'vi sao',
  'bao nhieu',
  'la gi',
  'nhu the nao',
  'the nao',
  // "ra sao" (how is it going), as "thế nào": "ra" (out) is no content of its own.
  'ra sao',
  'khi nao',
  'bao gio',
  'co phai',
  'hay khong',
  'duoc khong',
  'phai khong',
  'cho biet',
  'cho toi biet',
  'noi gi',
  'what about',
  'how about',
  'tell me',
  'xay ra',
  'chuyen gi',
  'la ai',
  'nhung ai',
  'cua ai',
  // "là tổ chức gì" (what organisation is it) asks what a name is, as "là gì" does; the article never says "tổ chức".
  'to chuc gi',
  'to chuc nao',
  // "cụ thể là bao nhiêu" (specifically, how much): insists on precision, as "exactly" does, and names no topic.
  'cu the',
  // "chính xác hôm nào" (exactly which day): precision insisted on, as "cụ thể" is.
  'chinh xac',
  // "kết cục" (the outcome: "kết cục khác nhau thế nào") asks what became of something, as "what happened" does.
  'ket cuc',
  // "tóm lại" (in short) is no "lãi" (profit): folded, "lai" is both.
  'tom lai',
  // "về việc X" (about X: "nói gì về việc mua GPU") names the matter X, no job.
  've viec',
  // "X được nhắc đến / xuất hiện trong bài thế nào" (how is X mentioned): asks X's part in the text, as "mentioned"
  // does. Not "nhắc đến" alone ("nhắc đến Nvidia lại nghĩ tới Cisco": evoking), nor "xuất hiện" alone (a launch).
  'duoc nhac den',
  'duoc nhac toi',
  'duoc de cap',
  'xuat hien trong',
];

/**
 * Phrases whose syllables, folded, spell a glossary word they do not mean: "cụ thể" (specifically) is not "cũ"
 * (earlier). A concept found only inside one is not read (src/engine/analyzer.ts).
 */
export const NOT_CONCEPT_PHRASES: readonly string[] = [
  'cu the',
  'tom lai',
  // "về việc X" (about X, "nói gì về việc mua GPU") is no job: "việc" names the matter that follows.
  've viec',
  // "xuất hiện trong bài" (appears in the article) is a mention, no launch.
  'xuat hien trong',
  // "hàng ngày" (daily), "hàng năm" (yearly), "hàng tỷ" (billions of): folded, "hàng" is "hãng" (company).
  'hang ngay',
  'hang tuan',
  'hang thang',
  'hang quy',
  'hang nam',
  'hang tram',
  'hang nghin',
  'hang trieu',
  'hang ty',
  // "lao đầu vào" (plunge into), "đầu vào" (input): folded, "đầu" is "đâu" (where).
  'dau vao',
];

/**
 * A syllable typed without accents that names no concept after one of these words earlier in the question: "tại sao X
 * lại Y" (why X then Y), folded, reads "lãi" (profit).
 */
export const NOT_CONCEPT_AFTER: ReadonlyMap<string, readonly string[]> = new Map([['lai', ['sao']]]);
