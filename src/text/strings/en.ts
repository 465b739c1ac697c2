// Every word the bot itself says in English (the keys are in types.ts; the other language's file has the same).
import type { UiStrings } from './types.js';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { zh: 'Chinese', vi: 'Vietnamese', en: 'English' };

export const EN: UiStrings = {
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
  languageName: (code) => LANGUAGE_NAMES[code] ?? code,
  declined: 'The article does not cover that, so I cannot answer it from the article.',
  emptyQuestion: 'Ask a question about the article.',
  helpMessage:
    'I answer questions about the article, in English or Vietnamese, each answer with its verbatim source paragraph. Ask about a figure, a person, a company or a reason; "summarize" gives the short summary. For example:',
  smallTalkMessage: 'Hi! I answer questions about the article. Try, for example:',
  verdict: { yes: 'Yes', no: 'No' },
  cli: {
    source: 'Source',
    english: 'In English',
    note: 'Translation note',
    confidence: 'confidence',
    related: 'Related',
  },
  chartSource: 'Source',
  chartLabel: 'Chart',
};
