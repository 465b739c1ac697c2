// The shape of the bot's own words: every key exists in each language's file (en.ts, vi.ts), checked by the compiler
// and by tests/text/strings.test.ts. Article content comes from knowledge/, never from here.

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
  /** Said once per channel when a mention cannot be answered in a thread there. */
  readonly threadPermissions: (permissions: string) => string;
  /** A thread's name when the question gives none (a bare mention). */
  readonly threadNameFallback: string;
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
  /** The engine's replies that are not a fact. */
  readonly declined: string;
  readonly emptyQuestion: string;
  readonly helpMessage: string;
  readonly smallTalkMessage: string;
  readonly verdict: Readonly<Record<'yes' | 'no', string>>;
  /** A follow-up ("who said that?", "and Meta?") asked with no earlier answer to refer to. */
  readonly clarifySaid: string;
  readonly clarifyAbout: string;
  /** A comparison's sentences; the numbers in them come from the knowledge's structured figures. */
  readonly compare: {
    readonly figureName: (subject: string, label: string) => string;
    readonly missing: (side: string) => string;
    readonly different: (a: string, b: string) => string;
    readonly points: (higher: string, lower: string, points: number) => string;
    readonly same: (a: string, b: string) => string;
    readonly times: (bigger: string, smaller: string, times: number, about: boolean) => string;
    /** A part of a whole, asked as a share ("what share of X is Y"): the percent it makes. */
    readonly share: (part: string, whole: string, percent: number, about: boolean) => string;
  };
  /** The `ask` command line's text output. */
  readonly cli: {
    readonly source: string;
    readonly english: string;
    readonly note: string;
    readonly confidence: string;
    readonly related: string;
  };
  /** /insights (moderators) and its per-day chart. */
  readonly insights: {
    readonly title: (days: number) => string;
    readonly summary: (total: number, answered: string, declined: string, clarified: string) => string;
    readonly questions: string;
    readonly languages: string;
    readonly unansweredTitle: string;
    readonly nearest: string;
    readonly dislikedTitle: string;
    readonly votes: (down: number, up: number) => string;
    readonly example: string;
    readonly none: string;
    readonly noQuestions: (days: number) => string;
    readonly notRecording: string;
    readonly knowledge: (hash: string, loadedAt: string) => string;
    readonly answeredBy: string;
    readonly chartTitle: (days: number) => string;
    readonly chartSubtitle: string;
    readonly answered: string;
    readonly declined: string;
    readonly clarified: string;
    readonly chartAlt: (days: number, total: number, answered: number, declined: number) => string;
  };
  /** Chart image labels. */
  readonly chartSource: string;
  readonly chartLabel: string;
}
