// Understands what a message wants when it is not one fact: the summary, the help text, small talk, or the article's
// source facts (author, where and when it was published, whether it is investment advice). Patterns are on folded text.

export type Intent = 'summary' | 'help' | 'smalltalk' | 'source';

/** Whole-message patterns, tried in order; each anchored so that a question merely containing the words is not caught. */
const PATTERNS: readonly (readonly [Intent, RegExp])[] = [
  [
    'summary',
    /^(?:(?:can|could) (?:you|u) |please |pls )?(?:summari[sz]e|sum (?:it |this |that )?up|tl ?dr|tldr|recap|give me (?:a |the )?(?:summary|recap|gist|tl ?dr)|(?:a |the )?(?:short |quick |brief )?(?:summary|gist|overview))\b/,
  ],
  [
    'summary',
    /^(?:(?:yo|hey|hi|ok|okay|so|well) )*what(?: s| is|s) (?:this|the) (?:article|piece|post|story|text) (?:actually |really )?(?:about|saying)\b/,
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
    /^(?:bai|bai viet|bai bao|bai nay|bai viet nay|bai bao nay) (?:nay )?(?:muon )?(?:noi|viet|de cap) (?:ve )?(?:cai )?(?:gi|j)\b/,
  ],
  ['summary', /^(?:noi|ke) ngan gon (?:lai )?(?:bai|bai viet|bai bao|noi dung)\b/],
  ['summary', /^(?:noi dung|y chinh) (?:chinh )?(?:cua )?(?:bai|bai viet)/],
  [
    'help',
    /^(?:help|\/?help me|commands|how (?:do|can|should) i use (?:this|the|you|u)|how (?:am i|are we) (?:supposed|meant) to use (?:this|the|you|u)|what can (?:you|this bot|the bot) do|what do you do|how does this (?:bot )?work|what (?:kind of |kinda |kinds of |sort of |sorts of )?(?:stuff |things |questions )?(?:can|could|should) i ask(?: you| u| the bot| this bot)?$)\b/,
  ],
  [
    'help',
    /^(?:huong dan|tro giup|giup do|(?:ban|bot)(?: nay)? (?:co the )?lam (?:duoc |dc )?(?:nhung )?(?:gi|j)|(?:minh|toi|em|to|ta) (?:co the |nen )?hoi (?:ban |bot |may )?(?:duoc )?(?:nhung )?(?:gi|j|cau gi|cai gi)$|dung (?:bot|ban) (?:the nao|nhu the nao|ntn)|bot (?:nay )?dung (?:sao|the nao|nhu the nao|ntn))\b/,
  ],
];

/** Questions about the source, matched anywhere (the reply is then ranked among the facts of kind "source" only). */
const SOURCE_PATTERNS: readonly RegExp[] = [
  /\b(?:author|writer|who wrote|written by|who (?:is|s) behind|published|publisher|where (?:is|was) (?:this|it)|investment advice|financial advice|source of (?:this|the) (?:article|piece))\b/,
  /\b(?:tac gia|ai viet|nguoi viet|dang (?:o|tren) (?:dau|bao nao)|xuat ban|nguon (?:bai|cua bai)|tu van dau tu|khuyen nghi dau tu|loi khuyen dau tu)\b/,
];

/**
 * The author named as the one who concludes, argues or judges ("what does the author conclude", "tác giả rút ra nhận
 * định gì"), or as the one whose view is asked ("according to the author, …", "theo tác giả, …"): a question about
 * what the article says, not about who wrote it; so is what the author settles, claims or expects ("the writer settles
 * the bubble debate?"). Removed before the source patterns.
 */
const AUTHOR_VIEW =
  /\b(?:author|writer)(?: s)? (?:(?:\S+ ){0,2}(?:conclude|concludes|concluded|conclusion|argue|argues|believe|believes|think|thinks|view|verdict|take on|takeaway|takeaways|point|message|ask|asks|asking|raise|raises|raising|pose|poses|suggest|suggests|predict|predicts|warn|warns|stance|opinion|settle|settles|settled|resolve|resolves|resolved|decide|decides|claim|claims|claimed|admit|admits|agree|agrees|doubt|doubts|dismiss|dismisses|reckon|reckons|expect|expects|prove|proves|answer|answers)\b)|\b(?:question|questions|point|message|takeaway|argument|conclusion|verdict|lesson|opinion|view) (?:that |which )?(?:the |this )?(?:author|writer)\b|\b(?:tac gia|nguoi viet) (?:\S+ ){0,2}(?:ket luan|nhan dinh|rut ra|cho rang|lap luan|danh gia|nghi|dat ra|muon noi|dat cau hoi|thong diep|khang dinh|giai quyet|chot|tin|bac bo|dong y|du bao|du doan)\b|\b(?:cau hoi|thong diep|quan diem|bai hoc|ket luan|nhan dinh) (?:ma |cua )?(?:tac gia|nguoi viet)\b|\b(?:according to|in the view of) the (?:author|writer)\b|\b(?:theo|doi voi) (?:tac gia|nguoi viet)\b/g;

export function messageIntent(folded: string, smallTalk: boolean): Intent | undefined {
  for (const [intent, pattern] of PATTERNS) if (pattern.test(folded)) return intent;
  // A question about the source is asked even among greetings ("hello everyone, where is this article from"), whose
  // other words are all function words.
  if (
    SOURCE_PATTERNS.some((p) => p.test(folded)) &&
    SOURCE_PATTERNS.some((p) => p.test(folded.replace(AUTHOR_VIEW, ' ')))
  )
    return 'source';
  return smallTalk ? 'smalltalk' : undefined;
}
