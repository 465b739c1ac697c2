// Small talk and filler: greetings, thanks, questions about the bot and the friendly clauses said around a question
// (src/engine/small-talk.ts drops the words; src/engine/understand/message.ts drops the filler clauses). Folded.

/** Greetings, thanks and words about the bot: said around a question, never part of what it asks. */
export const SMALL_TALK_WORDS: ReadonlySet<string> = new Set(
  (
    'hello hi hey hiya yo sup thanks thank thx tks cheers bye goodbye morning afternoon evening night good great cool nice ' +
    'ok okay oke okie okela lol lmao haha hihi hehe huhu hmm wow joke jokes funny bot chatbot you your yourself ' +
    'hii hiii heyy heyyy thnx tysm ty helpful ngl ' +
    // Street greetings, goodbyes and praise ("gm", "aight, cya", "goated"), and their Vietnamese ("alo", "pp", "khen").
    'gm gn cya aight goated alo pp khen ghe vl wassup wazzup whatsup mornin gtg ttyl ' +
    'chao xin cam on nha nhe nhen ak uk ban khoe vui qua tuyet voi cuoi chuyen ke hay tam biet'
  ).split(' '),
);

/** Phrases of small talk: greetings, thanks and questions about the bot itself. */
export const SMALL_TALK_PHRASES: readonly string[] = [
  'how are you',
  'who are you',
  'what are you',
  'what can you do',
  'what do you do',
  'are you a bot',
  'tell me a joke',
  'super helpful',
  'very helpful',
  'really helpful',
  'so helpful',
  'good bot',
  'that helped',
  'that helps',
  'helped a lot',
  'helps a lot',
  'helped a ton',
  'that was helpful',
  'nice bot',
  // A closing that says the asker is done ("thanks, that's all I needed", "got it, makes sense").
  'all i needed',
  'all i need',
  'that s all',
  'thats all',
  'that s it',
  'thats it',
  'got it',
  'makes sense',
  'see you',
  'see ya',
  'ban la ai',
  'ban co the lam gi',
  'ban lam duoc gi',
  'ban khoe khong',
  'ke chuyen cuoi',
  'cam on',
  'cam on ban nhieu',
  'cam on nhieu',
  'xin chao',
  'chao buoi sang',
  'chao buoi toi',
  // Is anyone there, is it a person, that cleared it up, goodbye, have a good one, best bot (and in Vietnamese).
  'anybody home',
  'anyone home',
  'anybody there',
  'anyone there',
  'real person',
  'a human',
  'are you human',
  'are you real',
  'kinda bot',
  'cleared it up',
  'cleared that up',
  'clears it up',
  'makes sense now',
  'best bot',
  'on this server',
  'this whole server',
  'i m off',
  'im off',
  'catch you later',
  'catch u later',
  'catch ya later',
  'see you later',
  'see ya',
  'talk later',
  'have a good one',
  'having a good one',
  'have a nice day',
  'hope you re',
  'hope your',
  'hope ur',
  'co do khong',
  'co do hong',
  'co ai khong',
  'co ai do khong',
  'cam on bot',
  'bot nhieu',
  'ban nhieu',
  'nhieu nha',
  'nhieu nhe',
  'hieu roi',
  'hieu ra roi',
  'da hieu',
  'de thuong',
  'mot cai',
  'xin vl',
  'xin qua',
  'xin xo',
  '10 diem',
  'diem 10',
  'di ngu',
  'di ngu day',
  'thoi em',
  'thoi minh',
  'thoi tui',
  'bye bot',
  // Praise of the bot as a bot ("pretty smart for a bot"), and "I'll ask more tomorrow" as a goodbye.
  'for a bot',
  'smart bot',
  'pretty smart',
  'so smart',
  'cya later',
  'mai hoi tiep',
  'mai hoi',
  'hoi tiep sau',
  'hoi sau nha',
  'bye bye',
  'what s up',
  'appreciate it',
  'you re the best',
  'ur the best',
  'thanks for the help',
  'thx for the help',
  'are you chatgpt',
  // Is the bot up, signing off, good wishes, praise for the explanation, "had lunch yet" (in both languages).
  'u alive',
  'you alive',
  'bot con song',
  'ban con song',
  'may con song',
  'still alive',
  'log off',
  'logging off',
  'gonna log off',
  'signing off',
  'chuc mot ngay',
  'tot lanh',
  'chuc ban',
  'chuc bot',
  'ngu ngon',
  'de hieu',
  'an com chua',
  'an trua chua',
  'an toi chua',
  'an sang chua',
  // "what's up" typed without its apostrophe, "I'm out" as a goodbye, "a person or an AI?" asked of the bot, the
  // Vietnamese "hế lô" (hello) and "khỏe hem" (how are you).
  'whats up',
  'wats up',
  'im out',
  'i m out',
  'or an ai',
  'or a bot',
  'he lo',
  'khoe hem',
  'khoe hong',
  'khoe ko',
  'khoe khong',
  // The room addressed after a greeting or a goodnight ("chào buổi tối mọi người", "ngủ ngon cả nhà"), and "a person
  // or a machine?" asked of the bot in Vietnamese ("m là người hay máy vậy").
  'moi nguoi',
  'ca nha',
  'cac ban',
  'nguoi hay may',
  'may hay nguoi',
  'nguoi hay bot',
  'bot hay nguoi',
  'nguoi that hay',
  // "m" is the chat spelling of "mày" (you) asking the bot who or what it is ("m là ai", "m là bot à").
  'm la ai',
  'm la nguoi',
  'm la bot',
  'm la may',
  // Thanks said with a word between ("that really helped", "thanks a ton"), which model the bot is ("are you chatgpt or
  // some other model"), and who made it ("who built you", "bot này ai làm ra vậy").
  'really helped',
  'thanks a ton',
  'other model',
  'what model',
  'which model',
  'who made you',
  'who built you',
  'who created you',
  'who made this bot',
  'who built this bot',
  'ai lam ra',
  'ai tao ra',
];

/** Platforms where one reads things: named in "saw on facebook that…", they are not what is asked about. Folded. */
const PLATFORMS = String.raw`(?:tiktok|twitter|x|reddit|youtube|yt|facebook|fb|instagram|insta|threads)`;

/** Where one saw something ("saw on tiktok that", "read in a reddit thread"). Folded, for a RegExp. */
const SAW_ON = String.raw`(?:(?:saw|seen|read|heard|watched)(?: (?:a|some|this) (?:post|video|clip|thread|tweet|reel))? (?:on|in) (?:a |the |some )?(?:${PLATFORMS}(?: (?:post|video|clip|thread|tweet|reel|comment)s?)?|the news|a podcast|the internet|online)|(?:was |been )?(?:scrolling|scrolled|browsing)(?: through| on)? ${PLATFORMS})(?: that)?`;

/** Vietnamese: "thấy trên facebook", "đọc trên tiktok", "nay lướt fb". Folded, for a RegExp. */
const VI_SAW_ON = String.raw`(?:(?:nay|hom nay|hom qua|toi qua|sang nay|luc nay|vua) )?(?:(?:minh|em|e|toi|tui|to) )?(?:(?:thay|xem|doc|nghe)(?: (?:ai do|nguoi ta|mn|moi nguoi))? (?:tren|o)|luot(?: (?:tren|o))?) (?:${PLATFORMS}|mang|bao|group|nhom)`;

/** The frame naming where the asker saw something (folded text), which names a platform, not a subject. */
export const SEEN_ON_FRAME = new RegExp(String.raw`\b(?:(?:i )?${SAW_ON}|${VI_SAW_ON})\b`, 'giu');

/** Filler said around a question, in both languages (folded, matched at clause level). */
export const FILLER: readonly RegExp[] = [
  /^(?:hey|hi|hello|yo|ok|okay|so|well|um|uh|guys|everyone|all|folks|bot|friends?|good (?:morning|afternoon|evening)|morning)(?: (?:everyone|all|guys|folks|bot|there))?$/,
  /^(?:quick (?:question|one|q)|just curious|just wondering|random question|question|honestly|actually|basically|btw|by the way|long time lurker here|sorry(?: if this is (?:dumb|stupid|obvious))?|i'?m new here|i m new here|new here|thanks|thank you|thx|ty|cheers|please|pls)$/,
  /^(?:i (?:was|am|m) (?:arguing|debating|chatting|talking) with (?:a|my) (?:friend|colleague|coworker|boss)(?: about)?|i (?:might|may) be misremembering(?: but)?|not sure if this was covered(?: but)?|i read somewhere that .*|honestly i'?m confused|i'?m confused|i m confused)$/,
  // What someone else claims, or what the asker heard or did, told before the question ("ok so my boss keeps saying ai
  // is a bubble lol", "heard cisco was once the biggest company", "long story short i sold my nvda too early").
  /^(?:(?:ok|okay|so|well|lol|haha|btw|yo|hey|hi|bot) )*(?:my|a) (?:friend|buddy|boss|manager|colleague|coworker|co worker|roommate|dad|mom|brother|sister|cousin|wife|husband|partner|teacher|uncle|aunt|neighbour|neighbor)(?: (?:who|who'?s|who s|that) .+?)? (?:claims|says|said|keeps saying|thinks|told me|reckons|swears|insists|is convinced|won'?t shut up about|won t shut up about|keeps (?:going on|talking|ranting) about) .*$/,
  // What the asker believed before asking ("ngl i thought chatgpt came out in 2023", "i assumed it was google").
  /^(?:(?:ngl|tbh|honestly|lol|ok|okay|so|well|wait|hmm) )*i (?:thought|assumed|figured|always thought|was sure|was under the impression) .*$/,
  /^(?:(?:ok|okay|so|well) )*(?:i )?(?:heard|read somewhere|saw somewhere) (?:that )?.+$/,
  /^long story short .*$/,
  // Where the asker saw it ("saw on tiktok that nvidia owns…", "thấy trên facebook share bài này quá trời").
  new RegExp(`^(?:(?:ok|okay|so|well|lol) )*(?:i )?${SAW_ON}(?: .+)?$`),
  new RegExp(`^${VI_SAW_ON}(?: .*)?$`),
  /^(?:anyway|anyways|anyhow)$/,
  // A doubt after the question ("… or is that just twitter drama", "… or is it all hype"): it asks nothing new.
  /^or (?:is|was) (?:that|it|this) (?:just|all|only|simply)(?: .*)?$/,
  // A disclaimer of intent after the question ("…, just curious, no shade", "no offense", "hỏi chút").
  /^(?:no (?:shade|offense|offence|hate|pressure|rush|worries)|(?:just|genuinely|honestly) asking|honest question|hoi (?:chut|ti|xiu|nhanh))$/,
  // A count of the questions to come ("two things:", "2 questions", "hai câu hỏi nhé").
  /^(?:(?:ok|okay|so|hey) )?(?:two|2|three|3|a couple of|couple of|a few|few) (?:things|questions|qs|q s)(?: (?:for you|please|pls))?$/,
  /^(?:(?:minh|em|toi|to) (?:co |hoi )?)?(?:hai|2|ba|3|vai) (?:cau hoi|cau|dieu|y)(?: (?:nhe|nha|a|voi))?$/,
  /^(?:i'?m |i m )?not sure if i'?m (?:reading|understanding|getting|following) (?:this|it|that) right$/,
  /^(?:chao|xin chao|hi|alo|ad oi|ban oi|bot oi|mn oi|moi nguoi oi|chao moi nguoi|chao ban|e|ê|oi|cam on|cam on nhieu|cam on ban|thanks)$/,
  /^(?:(?:ok|okay|so|well) )*i (?:was|am|m|ve been|have been) (?:reading|looking at|going through)(?: about)? (?:this|it|the article|the piece|this article)(?: and (?:got|am|m|i m) (?:confused|lost))?$/,
  /^quick (?:question|one|q) before i (?:sleep|go|leave|log off|head out)$/,
  /^(?:e |em |minh |to )?chao (?:cac bac|ca nha|moi nguoi|mn|cac ban|ban|ad)$/,
  // "ai biết chỉ mình với" (anyone know, tell me): "ai" is "who" here, not AI.
  /^(?:co )?ai (?:biet|ranh|hieu)(?: (?:thi )?(?:chi|giup|noi cho|bao|giai thich cho))?(?: (?:minh|em|e|toi|tui|to))?(?: (?:voi|nhe|nha|khong|ko|k|hong|a|ha))?$/,
  /^(?:minh|em|e|toi) moi vao (?:nhom|server|group|day)$/,
  // A quarrel, a confession or a guess told before the question ("hôm qua cãi nhau với ông bạn về vụ tesla", "thú thật
  // là mình ko rành tài chính lắm", "uhm mình đoán là google tiêu nhiều lắm").
  /^(?:(?:hom qua|hom truoc|hom kia|hom nay|toi qua|sang nay|luc nay|vua) )?(?:minh |toi |em |to )?(?:cai nhau|tranh luan|ban luan|noi chuyen|ca khia) voi .*$/,
  // An outing told before the question ("hôm qua đi cà phê với mấy ông bạn", "tối qua đi nhậu với team").
  /^(?:(?:hom qua|hom truoc|hom kia|hom nay|toi qua|sang nay|luc nay|vua) )?(?:minh |toi |em |to )?(?:di (?:ca phe|cafe|caphe|cf|nhau|choi|an(?: trua| toi| sang)?)|ngoi (?:ca phe|cafe|caphe|cf|nhau)) voi .*$/,
  /^(?:(?:thu that|noi that|that ra|thuc ra)(?: la)? )?(?:minh|toi|em|to) (?:ko|k|khong|hong|chang|cha) (?:ranh|hieu|biet|gioi|ro|sanh) .*$/,
  /^(?:(?:uhm|um|uh|hmm|u|o|ừm|ờ) )?(?:minh|toi|em|to) (?:doan|nghi|tuong|cu tuong|doan chac)(?: la| rang)? .*$/,
  // A request to whoever reads ("can someone remind me", "does anyone know"): the question follows.
  /^(?:(?:hey|so|ok|okay) )?(?:can|could|would|will) (?:someone|anyone|somebody|anybody|you|u|y all|you guys) (?:please |pls )?(?:remind|tell|help|explain(?: to)?|clarify(?: for)?|refresh)(?: me| us)?(?: again| quickly)?(?: please| pls)?$/,
  /^(?:(?:does|do) )?(?:any ?one|anybody|someone|you guys|y all) (?:know|remember|recall)$/,
  // Who knows and can explain ("ai biết chỉ mình với", "có ai rành không"): a call for help that asks nothing itself.
  /^(?:co )?ai (?:biet|ranh|hieu|ro)(?: (?:thi|ko|khong|hong|k|hok))?(?: (?:chi|giup|giai thich|noi|cho|nói))?(?: (?:minh|em|toi|to|e|voi|nhe|nha|cai|di|a|ak|ha|hem|z|vay|ne|moi|biet|voi a))*$/,
  /^(?:cho (?:minh|toi|em|to) hoi(?: chut| ti| xiu| nhe| voi)?|minh moi vao nhom|hoi ngu chut|xin loi neu hoi (?:ngo ngan|ngu)|that ra minh cung khong chac lam|tien hoi luon|hom qua tranh luan voi ban|minh doc bai roi ma van chua hieu|minh muon biet)$/,
  // What the asker did with the article or is doing with the answer ("after reading half of it", "đọc mãi ko hiểu",
  // "nãy giờ đọc mà vẫn lú", "mới đọc xong bài"), and a time to go ("before i go to bed").
  /^(?:after|while) (?:reading|skimming|going through)(?: (?:half|most|part|some|the first half) of)? (?:it|this|that|the article|the piece|the post)$/,
  /^(?:(?:minh|em|toi|to|tui) )?(?:(?:nay gio|doc) )?(?:doc|xem)(?: (?:mai|hoai|nay gio|ki|ky))?(?: (?:ma|roi))?(?: van)? (?:(?:ko|k|khong|hok|chua|chang) (?:hieu|hieu gi|thong)|lu|rot|ngu|chong mat)(?: (?:gi|lam|qua|luon|het|ca))*$/,
  /^(?:(?:minh|em|toi|to|tui) )?(?:moi|vua) (?:doc|xem) (?:xong |het )?(?:bai|bai nay|bai bao)(?: (?:xong|roi))?$/,
  /^before i (?:go to (?:bed|sleep)|sleep|log off|head out|leave|forget)$/,
  // A question announced ("ok dumb q incoming", "câu hỏi nhanh nè", "tiện đây hỏi luôn", "hỏi ngu chút nha").
  /^(?:(?:ok|okay|so) )?(?:dumb|stupid|silly|quick|noob|random|weird) (?:q|question|one)s?(?: (?:incoming|time|alert|here|for you))?$/,
  /^(?:cau hoi nhanh|hoi nhanh|tien day hoi luon|nhan tien hoi luon|tien day|nhan tien|hoi ngu (?:chut|ti|xiu))(?: (?:ne|nha|nhe|thoi|nghen|a|voi))*$/,
  // Who the asker is ("mình là sinh viên kinh tế", "mình dân ngoại đạo nên hỏi hơi ngáo", "i'm a student"): said of the
  // asker, never of the article.
  /^(?:minh|em|toi|to|tui) (?:la |dang la )?(?:sinh vien|hoc sinh|dan ngoai dao|ngoai dao|dan tai chinh|dan it|nguoi moi|newbie|ga mo)(?: .*)?$/,
  /^(?:i'?m|i m|im|i am) (?:just )?(?:a|an) (?:student|teacher|engineer|developer|dev|newbie|beginner|journalist|writer|retiree|econ major|finance student)(?: (?:here|lol|btw))?$/,
];

/**
 * A closing said after the question ("… pretty please", "… be honest", "… hóng trả lời", "… mong được giải đáp", "… nhờ
 * bot chỉ giáo"), as typed (with or without diacritics), with nothing after it but "!" or "." : how it is asked, not what.
 * (Not after "?": "do investors appreciate it?" asks.) A source of the source-less ("would love a source too") is one:
 * every answer gives its source.
 */
export const CLOSING = String.raw`(?:pretty please|please and thank you|appreciate (?:ya|you|u)|appreciate it(?=\s*!)|much appreciated|be honest|(?:no|not in a) rush|cheers (?:mate|bro|guys|all|bot)|thanks a (?:bunch|lot|ton|million)|(?:would|i'?d) love (?:a |the )?(?:source|link|citation)s?(?: (?:too|as well))?|(?:hóng|hong) (?:trả lời|tra loi|câu trả lời|cau tra loi|cao nhân|cao nhan)(?: (?:giải đáp|giai dap))?|mong (?:được|duoc|đc|dc) (?:giải đáp|giai dap|trả lời|tra loi|chỉ giáo|chi giao)|(?:nhờ|nho) (?:bot|ad|mn|mọi người|moi nguoi|các bác|cac bac|ae) (?:chỉ giáo|chi giao|giải đáp|giai dap|giúp|giup)(?: (?:với|voi))?|(?:hơi|hoi) ngáo(?: (?:tí|ti|chút|chut|xíu|xiu))?(?: (?:thông cảm|thong cam))?|thông cảm|thong cam|just (?:wondering|curious|asking)|(?:idk )?(?:i'?m|im|i m) (?:so |a bit |kinda )?(?:confused|lost)|idk|(?:giải thích|giai thich) (?:dễ hiểu|de hieu)(?: (?:giúp|giup|cho|dùm|dum))?(?: (?:mình|minh|em|tui))?(?: (?:với|voi))?|(?:ko|k|không|khong|hok) (?:biết|biet) (?:hỏi|hoi) (?:vậy|vay|thế|the|z) (?:có )?(?:đúng|dung) (?:ko|k|không|khong|hok|hem|hông|hong))`;

/**
 * Where a parenthesis that ends a clause begins ("… (sorry if obvious)"): the parenthesis is a clause of its own, weighed
 * like any other (one that names something, "(nvidia's ceo)", stays).
 */
export const PARENTHESIS_BREAK = /\s*(?=\([^()]*\)[\s.!?]*$)/u;

/** Filler that opens a clause which goes on to ask: "I was arguing with a friend about how much…". */
export const FILLER_PREFIX =
  /^(?:(?:so |and |but |ok |okay )?(?:i (?:was|am|m) (?:arguing|debating|chatting|talking) with (?:a|my) (?:friend|colleague|coworker|boss) about|just curious,?|just wondering,?|quick (?:question|one|q):?|sorry if (?:this is )?(?:a )?(?:dumb|stupid|obvious)(?: q| question)?,? but|not sure if this is the right place to ask,? but|(?:i'?m |i m )?not sure if i'?m (?:reading|understanding|getting|following) (?:this|it|that) right,? but|anyways?,?|not sure if this was covered,? but|i (?:might|may) be misremembering,? but|hey,? so regarding [^,]+,|so regarding [^,]+,|(?:so )?i (?:just |finally )?(?:read|skimmed|finished|went through|looked at|(?:was|am|m|ve been|have been) (?:reading|skimming|looking at)) (?:(?:the |this |that |your )?(?:article|piece|post|story|text|link)|this|that|it)(?: (?:again|twice|earlier|yesterday|today|quickly|last night))?,? and|(?:so |ok |okay )?(?:i'?m|i m|im|i am) (?:writing|doing|making|working on|preparing) (?:a|an|my|our) (?:blog post|blog|post|essay|report|paper|thread|video|presentation|assignment|newsletter|piece)(?: (?:about|on) (?:this|it|that|the article|this article))?,? and|(?:so )?my (?:teacher|professor|prof|lecturer|boss|manager) (?:assigned|sent|shared|gave)(?: (?:me|us))? (?:this|the|that) (?:article|piece|post|link|reading)(?: (?:to|for) (?:me|us|the class|class))?,? and|and|but|also|(?:wait|hold on|hang on)(?:,?\s+(?:wait|hold on|hang on))*,?(?=\s+(?:who|whos|who's|what|whats|what's|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|would|so|ok|okay|but|and|i|the)\b))\s+)+/iu;

/**
 * Vietnamese filler that opens a clause which goes on to ask ("cho e hỏi ông Altman…", hearsay: "nghe đâu OpenAI lỗ…");
 * matched on the folded text.
 */
export const VI_FILLER_PREFIX =
  /^(?:(?:hoi ngai hoi|ngai hoi|hoi ngu) nhung |(?:(?:cac|may) (?:bac|anh|chi|ban|anh chi|ac)|moi nguoi|mn|ae|anh em|ad|admin) (?=cho )|cho (?:(?:minh|toi|em|e|to) )?hoi (?:chut |ti |xiu |nhe |voi )?|nhung (?:ma (?:cu the |rot cuoc )?|cu the |rot cuoc )|(?:the |vay |thi )?(?:rot cuoc|noi chung|cu the) (?:thi |la )?|(?:hom qua |hom truoc )?(?:minh|toi|em|to) (?:doc luot|doc|nghe) thay (?:noi|bao) |(?:(?:minh|toi|em|e|to|tui) )?nghe (?:dau|noi|bao|don|nguoi ta (?:noi|bao|don)) (?:la |rang )?|(?:(?:minh|toi|em|e|to|tui) )?(?:(?:moi|vua) )?doc (?:xong |het )?(?:bai|bai nay|bai bao)(?: xong| roi)? (?:thi |roi )?(?:thac mac|muon hoi|hoi)(?: (?:chut|xiu|ti))?(?: la)? |thac mac (?:la |chut |xiu )|vay gio (?:thi )?)+/;

/** The framing of a claim told before a question ("my friend says", "heard", "long story short"), with greetings. */
export const CLAIM_FRAME =
  /\b(?:(?:hey|hi|hello|yo|ok|okay|so|well|lol|haha|btw|bot)\b[,!]?\s*)+|\b(?:my|a) (?:friend|buddy|boss|manager|colleague|coworker|co worker|roommate|dad|mom|brother|sister|cousin|wife|husband|partner|teacher|uncle|neighbour|neighbor) (?:claims|says|said|keeps saying|thinks|told me|reckons|swears)(?: that)?\b|\b(?:i )?(?:heard|read somewhere|saw somewhere)(?: that)?\b|\blong story short\b/giu;
