// The bot's own words (labels, notices, errors) in English and Vietnamese; article content comes from knowledge/.
import type { Lang } from '../engine/types.js';

export interface UiStrings {
  readonly sourceParagraphButton: string;
  readonly relatedButton: string;
  readonly translationNote: string;
  readonly inEnglish: string;
  readonly didYouMean: string;
  readonly examplesLabel: string;
  readonly relatedTitle: string;
  readonly noRelated: string;
  readonly feedbackThanks: (vote: 'up' | 'down') => string;
  readonly slowDown: (seconds: number) => string;
  readonly genericError: string;
  readonly missingPermissions: string;
  readonly unknownCommand: (name: string) => string;
  readonly staleButton: string;
  readonly unknownFact: string;
  readonly missingOption: (option: string) => string;
  readonly invalidOption: (option: string, reason: string) => string;
  readonly summaryTitle: (length: 'short' | 'full') => string;
  readonly guildOnly: string;
  readonly cannotPinHere: string;
  readonly botMissing: (permissions: string) => string;
  readonly pinLimit: string;
  readonly pinFailedPermission: (permissions: string) => string;
  readonly pinned: string;
  readonly noQuotes: (query: string) => string;
  readonly direct: string;
  readonly reported: string;
  readonly figuresTitle: (subject: string) => string;
  readonly figuresOverviewTitle: string;
  readonly noFigures: (query: string) => string;
  readonly topicsTitle: string;
  readonly sourceTitle: string;
  readonly author: string;
  readonly firstPublished: string;
  readonly republishedBy: string;
  readonly publishedOn: string;
  readonly date: string;
  readonly translation: string;
  readonly machineTranslation: (from: string) => string;
  readonly humanTranslation: string;
  readonly disclaimer: string;
  readonly helpTitle: string;
  readonly helpIntro: (articleTitle: string) => string;
  readonly helpCommands: string;
  readonly helpExamples: string;
  readonly helpSources: string;
  readonly languageName: (code: string) => string;
  readonly pagePrevious: string;
  readonly pageNext: string;
  readonly pageCounter: (page: number, total: number) => string;
  readonly notYourPages: (command: string) => string;
  readonly pagesExpired: (command: string) => string;
  readonly readVietnamese: string;
  readonly readEnglish: string;
  readonly readOn: string;
  readonly readUnknownWhere: (where: string, count: number) => string;
}

const LANGUAGE_NAMES: Record<Lang, Record<string, string>> = {
  en: { zh: 'Chinese', vi: 'Vietnamese', en: 'English' },
  vi: { zh: 'tiếng Trung', vi: 'tiếng Việt', en: 'tiếng Anh' },
};

export const UI: Readonly<Record<Lang, UiStrings>> = {
  en: {
    sourceParagraphButton: 'Source paragraph',
    relatedButton: 'Related',
    translationNote: 'Translation note',
    inEnglish: 'In English',
    didYouMean: 'Did you mean:',
    examplesLabel: 'Nothing in the article is close. Examples of what you can ask:',
    relatedTitle: 'Related questions',
    noRelated: 'The article has no related facts for this one.',
    feedbackThanks: (vote) => (vote === 'up' ? 'Thanks — noted. 👍' : 'Thanks — noted: it helps fix wrong answers. 👎'),
    slowDown: (seconds) => `Slow down a little: you can ask again in ${seconds} s.`,
    genericError: 'Something went wrong on my side. Please try again in a moment.',
    missingPermissions:
      'I am missing a permission in this channel, so I could not finish. A moderator can check my role.',
    unknownCommand: (name) => `I do not know the command /${name}. Try /help.`,
    staleButton: 'This button is no longer valid. Ask again with /ask.',
    pagePrevious: '◀',
    pageNext: '▶',
    pageCounter: (page, total) => `${page}/${total}`,
    notYourPages: (command) => `Only the member who ran /${command} can turn these pages. Run /${command} yourself.`,
    pagesExpired: (command) => `These pages have expired. Run /${command} again.`,
    readVietnamese: 'Vietnamese (verbatim)',
    readEnglish: 'English (our rendering)',
    readOn: 'Read on ▶',
    readUnknownWhere: (where, count) =>
      `The article has no paragraph or section "${where}". Give a paragraph number (1-${count}) or pick a section.`,
    unknownFact: 'That fact is no longer in the knowledge base. Ask again with /ask.',
    missingOption: (option) => `The option "${option}" is required.`,
    invalidOption: (option, reason) => `The option "${option}" is not valid: ${reason}`,
    summaryTitle: (length) => (length === 'short' ? 'Summary' : 'Full summary'),
    guildOnly: 'This command only works in a server channel.',
    cannotPinHere:
      'I cannot pin messages in this setup (the HTTP endpoint runs without a bot token), so nothing was posted. Use /summary to show it instead.',
    botMissing: (permissions) =>
      `I need the ${permissions} permission in this channel to pin the summary. A moderator can grant it to my role.`,
    pinLimit:
      'The summary is posted, but I could not pin it: this channel has reached Discord’s limit of pinned messages. Unpin an old message and try again.',
    pinFailedPermission: (permissions) =>
      `The summary is posted, but Discord refused to pin it: I need the ${permissions} permission in this channel.`,
    pinned: '📌 Summary posted and pinned.',
    noQuotes: (query) => `No quote in the article matches “${query}”. Try /quote without a speaker to see them all.`,
    direct: 'quoted',
    reported: 'reported',
    figuresTitle: (subject) => `The article’s numbers: ${subject}`,
    figuresOverviewTitle: 'The article’s numbers, by subject (pick one with /figure for details)',
    noFigures: (query) => `The article has no numbers about “${query}”. Try /figure without a subject to see them all.`,
    topicsTitle: 'What the article covers',
    sourceTitle: 'About the source',
    author: 'Author',
    firstPublished: 'First published by',
    republishedBy: 'Republished by',
    publishedOn: 'Published on',
    date: 'Date',
    translation: 'Translation',
    machineTranslation: (from) =>
      `Machine translation from ${from}: the bot cites the Vietnamese text verbatim and corrects misleading wording in its answers.`,
    humanTranslation: 'Not machine translated.',
    disclaimer: 'Disclaimer',
    helpTitle: 'How to use this bot',
    helpIntro: (articleTitle) =>
      `I answer questions about one article, “${articleTitle}”, in English or Vietnamese, and show the exact sentence and paragraph (¶) each answer comes from.`,
    helpCommands: 'Commands',
    helpExamples: 'Try asking',
    helpSources:
      'Every answer cites the Vietnamese text verbatim; use “Source paragraph” under an answer to read the whole paragraph.',
    languageName: (code) => LANGUAGE_NAMES.en[code] ?? code,
  },
  vi: {
    sourceParagraphButton: 'Đoạn nguồn',
    relatedButton: 'Liên quan',
    translationNote: 'Ghi chú bản dịch',
    inEnglish: 'Tiếng Anh',
    didYouMean: 'Có phải bạn muốn hỏi:',
    examplesLabel: 'Bài viết không có nội dung gần với câu hỏi. Ví dụ những câu bạn có thể hỏi:',
    relatedTitle: 'Câu hỏi liên quan',
    noRelated: 'Bài viết không có thông tin liên quan đến ý này.',
    feedbackThanks: (vote) =>
      vote === 'up' ? 'Cảm ơn — đã ghi nhận. 👍' : 'Cảm ơn — đã ghi nhận: điều này giúp sửa các câu trả lời sai. 👎',
    slowDown: (seconds) => `Chậm lại một chút nhé: bạn có thể hỏi tiếp sau ${seconds} giây.`,
    genericError: 'Đã có lỗi xảy ra ở phía bot. Vui lòng thử lại sau giây lát.',
    missingPermissions:
      'Bot thiếu một quyền trong kênh này nên không thể hoàn tất. Người điều hành có thể kiểm tra vai trò của bot.',
    unknownCommand: (name) => `Bot không biết lệnh /${name}. Hãy thử /help.`,
    staleButton: 'Nút này không còn hiệu lực. Hãy hỏi lại bằng /ask.',
    pagePrevious: '◀',
    pageNext: '▶',
    pageCounter: (page, total) => `${page}/${total}`,
    notYourPages: (command) => `Chỉ người đã dùng /${command} mới lật được các trang này. Hãy tự dùng /${command}.`,
    pagesExpired: (command) => `Các trang này đã hết hạn. Hãy dùng lại /${command}.`,
    readVietnamese: 'Tiếng Việt (nguyên văn)',
    readEnglish: 'Tiếng Anh (bản dịch của chúng tôi)',
    readOn: 'Đọc tiếp ▶',
    readUnknownWhere: (where, count) =>
      `Bài viết không có đoạn hay phần "${where}". Hãy nhập số đoạn (1-${count}) hoặc chọn một phần.`,
    unknownFact: 'Thông tin này không còn trong cơ sở tri thức. Hãy hỏi lại bằng /ask.',
    missingOption: (option) => `Cần có tùy chọn "${option}".`,
    invalidOption: (option, reason) => `Tùy chọn "${option}" không hợp lệ: ${reason}`,
    summaryTitle: (length) => (length === 'short' ? 'Tóm tắt' : 'Tóm tắt đầy đủ'),
    guildOnly: 'Lệnh này chỉ dùng được trong kênh của máy chủ.',
    cannotPinHere:
      'Bot không thể ghim tin nhắn trong cấu hình này (điểm cuối HTTP chạy không có token bot), nên chưa đăng gì. Hãy dùng /summary để xem bản tóm tắt.',
    botMissing: (permissions) =>
      `Bot cần quyền ${permissions} trong kênh này để ghim bản tóm tắt. Người điều hành có thể cấp quyền này cho vai trò của bot.`,
    pinLimit:
      'Bản tóm tắt đã được đăng nhưng không thể ghim: kênh này đã đạt giới hạn tin nhắn ghim của Discord. Hãy bỏ ghim một tin cũ rồi thử lại.',
    pinFailedPermission: (permissions) =>
      `Bản tóm tắt đã được đăng nhưng Discord từ chối ghim: bot cần quyền ${permissions} trong kênh này.`,
    pinned: '📌 Đã đăng và ghim bản tóm tắt.',
    noQuotes: (query) =>
      `Không có trích dẫn nào trong bài khớp với “${query}”. Hãy thử /quote không kèm người nói để xem tất cả.`,
    direct: 'trích nguyên văn',
    reported: 'thuật lại',
    figuresTitle: (subject) => `Số liệu trong bài: ${subject}`,
    figuresOverviewTitle: 'Số liệu trong bài, theo chủ thể (chọn một chủ thể với /figure để xem chi tiết)',
    noFigures: (query) =>
      `Bài viết không có số liệu nào về “${query}”. Hãy thử /figure không kèm chủ thể để xem tất cả.`,
    topicsTitle: 'Nội dung bài viết',
    sourceTitle: 'Về nguồn bài viết',
    author: 'Tác giả',
    firstPublished: 'Đăng lần đầu bởi',
    republishedBy: 'Đăng lại bởi',
    publishedOn: 'Đăng trên',
    date: 'Ngày',
    translation: 'Bản dịch',
    machineTranslation: (from) =>
      `Bản dịch máy từ ${from}: bot trích nguyên văn tiếng Việt và chỉnh lại các chỗ dịch dễ gây hiểu lầm trong câu trả lời.`,
    humanTranslation: 'Không phải bản dịch máy.',
    disclaimer: 'Tuyên bố miễn trừ',
    helpTitle: 'Cách dùng bot',
    helpIntro: (articleTitle) =>
      `Bot trả lời câu hỏi về một bài viết, “${articleTitle}”, bằng tiếng Việt hoặc tiếng Anh, kèm câu gốc và số đoạn (¶) của mỗi câu trả lời.`,
    helpCommands: 'Các lệnh',
    helpExamples: 'Thử hỏi',
    helpSources:
      'Mọi câu trả lời đều trích nguyên văn bài tiếng Việt; bấm “Đoạn nguồn” dưới câu trả lời để đọc cả đoạn.',
    languageName: (code) => LANGUAGE_NAMES.vi[code] ?? code,
  },
};

/** The embed colour of every reply (Discord blurple), so the bot's messages look alike. */
export const EMBED_COLOR = 0x5865f2;
export const DECLINED_COLOR = 0xfee75c;
