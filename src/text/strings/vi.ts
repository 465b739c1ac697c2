// Every word the bot itself says in Vietnamese (the keys are in types.ts; the other language's file has the same).
import type { UiStrings } from './types.js';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { zh: 'tiếng Trung', vi: 'tiếng Việt', en: 'tiếng Anh' };

/** Vietnamese writes a decimal comma: 2,5. */
const decimal = (value: number) => String(value).replace('.', ',');

export const VI: UiStrings = {
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
  threadPermissions: (permissions) =>
    `Bot không thể trả lời trong chủ đề (thread) ở đây: bot cần quyền ${permissions} trong kênh này. Trong lúc chờ, hãy dùng /ask.`,
  threadNameFallback: 'Câu hỏi về bài viết',
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
  noFigures: (query) => `Bài viết không có số liệu nào về “${query}”. Hãy thử /figure không kèm chủ thể để xem tất cả.`,
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
  helpSources: 'Mọi câu trả lời đều trích nguyên văn bài tiếng Việt; bấm “Đoạn nguồn” dưới câu trả lời để đọc cả đoạn.',
  languageName: (code) => LANGUAGE_NAMES[code] ?? code,
  declined: 'Bài viết không đề cập đến điều này, nên tôi không thể trả lời dựa trên bài viết.',
  emptyQuestion: 'Hãy đặt một câu hỏi về bài viết.',
  helpMessage:
    'Tôi trả lời câu hỏi về bài viết, bằng tiếng Việt hoặc tiếng Anh, mỗi câu trả lời kèm đoạn nguồn nguyên văn. Hãy hỏi về một con số, một người, một công ty hay một lý do; "tóm tắt" cho bản tóm tắt ngắn. Ví dụ:',
  smallTalkMessage: 'Chào bạn! Tôi trả lời câu hỏi về bài viết. Bạn thử hỏi, ví dụ:',
  verdict: { yes: 'Có', no: 'Không' },
  clarifySaid: 'Nói điều gì? Chưa có câu trả lời nào trước đó để tham chiếu. Hãy hỏi cả câu, ví dụ:',
  clarifyAbout: 'Về điều gì? Chưa có câu trả lời nào trước đó để tham chiếu. Hãy hỏi cả câu, ví dụ:',
  compare: {
    figureName: (subject, label) => `${label} của ${subject}`,
    missing: (side) => `Bài viết không nêu ${side}.`,
    different: (a, b) => `Hai con số này đo những thứ khác nhau (${a} và ${b}), nên không so sánh được.`,
    points: (higher, lower, points) => `${higher} cao hơn ${lower} ${decimal(points)} điểm phần trăm.`,
    same: (a, b) => `${a} xấp xỉ ${b}.`,
    times: (bigger, smaller, times, about) =>
      `${bigger} gấp ${about ? 'khoảng ' : ''}${decimal(times)} lần ${smaller}.`,
    share: (part, whole, percent, about) => `${part} chiếm ${about ? 'khoảng ' : ''}${percent}% ${whole}.`,
  },
  cli: {
    source: 'Nguồn',
    english: 'Tiếng Anh',
    note: 'Ghi chú bản dịch',
    confidence: 'độ tin cậy',
    related: 'Liên quan',
  },
  insights: {
    title: (days) => `Thống kê — ${days} ngày qua`,
    summary: (total, answered, declined, clarified) =>
      `**${total}** câu hỏi · đã trả lời ${answered} · từ chối ${declined} · hỏi lại ${clarified}`,
    questions: 'Câu hỏi',
    languages: 'Ngôn ngữ',
    unansweredTitle: 'Câu hỏi chưa trả lời được nhiều nhất',
    nearest: 'dữ kiện gần nhất',
    dislikedTitle: 'Câu trả lời bị 👎 nhiều nhất',
    votes: (down, up) => `👎 ${down} · 👍 ${up}`,
    example: 'ví dụ',
    none: '(không có)',
    noQuestions: (days) => `Không có câu hỏi nào được ghi lại trong máy chủ này trong ${days} ngày qua.`,
    notRecording:
      '⚠️ Kho dữ liệu đang không dùng được: bot vẫn trả lời nhưng không ghi lại câu hỏi (xem nhật ký của bot).',
    knowledge: (hash, loadedAt) => `Dữ liệu kiến thức ${hash} (nạp lúc ${loadedAt})`,
    answeredBy: 'Trả lời bởi',
    chartTitle: (days) => `Số câu hỏi mỗi ngày, ${days} ngày qua`,
    chartSubtitle: 'Câu hỏi trong máy chủ này, theo cách bot xử lý (ngày theo giờ UTC)',
    answered: 'Đã trả lời',
    declined: 'Từ chối',
    clarified: 'Hỏi lại',
    chartAlt: (days, total, answered, declined) =>
      `Biểu đồ cột số câu hỏi mỗi ngày trong ${days} ngày qua: ${total} câu hỏi, ${answered} đã trả lời, ${declined} bị từ chối.`,
  },
  chartSource: 'Nguồn',
  chartLabel: 'Biểu đồ',
};
