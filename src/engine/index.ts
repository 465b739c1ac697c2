// The answer engine: builds every index once from the knowledge base, then answers questions synchronously.
import { mapped } from '../text/packed.js';
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';
import { detectLanguage } from '../text/language.js';
import { stemToken } from '../text/stem.js';
import { cleanText, foldDiacritics, foldedTokens, normalizeForMatch } from '../text/normalize.js';
import { ANSWER_THRESHOLD, confidenceOf } from './confidence.js';
import { factIndexSteps, type FactIndex } from './fact-index.js';
import { runSteps, type BuildSteps } from './steps.js';
import { lazyLookups, usefulness } from './lookups.js';
import { questionSuggester, suggesterIndexSteps, type SuggesterIndex } from './suggest.js';
import { decide, type DecideInput } from './decide.js';
import {
  analyzeQueryCore,
  completeQuery,
  looksLikeInjection,
  namesBesidesTopic,
  topicOf,
  type QueryAnalysis,
  type QueryCore,
} from './query.js';
import { rankFacts, type FactScore } from './ranking.js';
import {
  answeredReply,
  clarifyReply,
  comparisonReply,
  declinedReply,
  intentReply,
  multiReply,
  nearMissReply,
  suggestionFor,
  type ComparisonSide,
} from './reply.js';
import {
  asksOnly,
  asksShare,
  asksViews,
  comparisonSides,
  figureRelation,
  scaledValue,
  thanClaim,
} from './understand/comparison.js';
import {
  followUpKind,
  relatesToPrevious,
  withoutRelation,
  isBareQuestion,
  ownWords,
  pointsAtPerson,
  pointsAtPersonByTitle,
  pointsAtTime,
  withPersonNamed,
  type FollowUpKind,
} from './understand/follow-up.js';
import {
  hasVerdict,
  isStatementQuestion,
  isYesNoQuestion,
  isYesNoTagOnly,
  misreadWords,
  withoutYesNoTag,
  withVerdict,
  wordsOf,
} from './understand/yes-no.js';
import { COMPARISON, FOLLOW_UP, MESSAGE, NEAREST_ENTITY_COVERAGE, REPLY } from './tuning.js';
import { isContentFree, isSmallTalk } from './small-talk.js';
import { messageIntent } from './understand/intents.js';
import { expandAbbreviations } from '../text/abbreviations.js';
import {
  splitQuestions,
  withoutClaimFrame,
  withoutFiller,
  withoutPoliteness,
  withLinesAsked,
  withoutSeenOn,
} from './understand/message.js';
import type { AnswerEngine, AskOptions, ConversationTurn, Reply, Suggestion } from './types.js';
import type { Figure } from '../knowledge/schema.js';
import type { Lang } from '../text/lang.js';

export type * from './types.js';
export { CONVERSATION_TURNS } from './tuning.js';

/** A pronoun that may stand for a product's maker: "it", "they", "nó", "họ". */
const MAKER_PRONOUN = /\b(?:it|its|they|them|their|no|ho)\b/;
/** "they", "their", "họ" (folded "ho", not the "hỗ" of "hỗ trợ"): a group, never one person. */
const PLURAL_PRONOUN = /\b(?:they|them|their)\b|\bho\b(?! tro)/;

/** A phrase in single quotes ("chả hiểu 'chi phí lý luận' là gì"), not an apostrophe ("don't", "cisco's"). */
const SINGLE_QUOTED = /(?<!\p{L})'[^']*\s[^']*'(?!\p{L})/u;

/** A possessive pronoun on a comparison side ("its share of …", "thị phần của nó"), as typed. */
const SIDE_PRONOUN = /(?<!\p{L})(?:its|their|nó|họ)(?!\p{L})/u;

/** What a person's view is asked as ("David Cahn say"). */
const STRINGS_SAY: Readonly<Record<Lang, string>> = { en: 'say', vi: 'nói gì' };

/** "what else", "còn gì nữa", "cái khác": a follow-up that asks for another fact than the one just given. */
const ELSE = /\b(?:else|other|nua|khac)\b/;
// A question that asks for a company or a person ("which company does nvidia recall", "cty nào …"): a pronoun after its
// answer points at the one answered, not at the one the question named.
const ASKS_WHICH_ONE = /^(?:which|what) (?:\w+ )?(?:company|companies|firm|one)\b|^who\b|\b(?:cong ty|cty|hang) nao\b/;

const { didYouMean: DID_YOU_MEAN, examples: EXAMPLES, alternativeShare: ALTERNATIVE_SHARE } = REPLY;

/** What the engine saw in a question and how it ranked the facts (for the bench and for debugging). */
interface Explanation {
  readonly query: QueryAnalysis;
  readonly ranked: readonly FactScore[];
  readonly confidence: number;
}

/** The four stages of answering, in order: what each saw and decided (for `ask --explain`). */
type Stage = 'understand' | 'retrieve' | 'decide' | 'compose';
interface StageTrace {
  readonly stage: Stage;
  /** Which question (the whole message, the message without filler, or one part of it). */
  readonly question: string;
  readonly note: string;
}

export interface ExplainingAnswerEngine extends AnswerEngine {
  explain(question: string): Explanation;
  /** Answers like `ask`, and says what each stage saw and decided. */
  explainStages(
    question: string,
    options?: AskOptions,
  ): { readonly reply: Reply; readonly trace: readonly StageTrace[] };
}

/** "Not to be confused with …" / "Đừng nhầm với …": the sentence of an answer that names other facts to rule them out. */
const DISAMBIGUATION = /(?:Not to be confused with|Đừng nhầm với)(?:[^.]|\.(?=\d))*\./g;

/** An answer without the sentences that say what the fact is not. */
function withoutDisambiguation(answer: string): string {
  return answer.replace(DISAMBIGUATION, ' ');
}

/** A folded question ending in "bao nhiêu" / "bn" / "mấy" (how much, how many): a name after it reads as what is counted. */
const COUNTED_LAST = /\b(?:bao nhieu|bn|may)$/;

/** The follow-ups a part of a several-question message can be: ones that cannot stand alone ("… and who reported it?"). */
const PART_FOLLOW_UPS: ReadonlySet<FollowUpKind> = new Set(['source', 'why', 'reference']);

/**
 * A part dated by the part before it ("when did chatgpt launch? and what did nvidia's stock do after that"): asked with
 * that part's subject too, even when it names its own. Folded.
 */
const AFTER_PREVIOUS =
  /\b(?:after that|after this|since then|since that|sau (?:do|vu do|khi do)|tu (?:do|luc do|khi do)|ke tu (?:do|luc do|khi do))\b/;

/** Builds the engine at once (start-up, tests, the CLI). */
export function createAnswerEngine(kb: KnowledgeBase): ExplainingAnswerEngine {
  return runSteps(answerEngineSteps(kb));
}

/**
 * What building an engine costs: the retrieval index and the autocomplete index, plain data that depends on the
 * knowledge base alone (the engine cache, src/engine/snapshot.ts, stores it; the engine is made from it at once).
 */
export interface EngineIndexes {
  readonly index: FactIndex;
  /** Called by the first autocomplete (the engine cache decodes it then, not before the first answer). */
  readonly suggester: () => SuggesterIndex;
}

/** The indexes' build as steps (see src/engine/steps.ts). */
export function* engineIndexSteps(kb: KnowledgeBase): BuildSteps<EngineIndexes> {
  const index = yield* factIndexSteps(kb);
  yield;
  const suggester = yield* suggesterIndexSteps(kb);
  return { index, suggester: () => suggester };
}

/**
 * The engine's build as steps of a few milliseconds each (see src/engine/steps.ts): a knowledge reload runs them
 * between requests, so that building the new engine never holds the answers up for long.
 */
export function* answerEngineSteps(kb: KnowledgeBase): BuildSteps<ExplainingAnswerEngine> {
  const indexes = yield* engineIndexSteps(kb);
  yield;
  return yield* engineSteps(kb, indexes);
}

/** The engine over indexes already built (or read from the engine cache): a few milliseconds. */
export function engineFromIndexes(kb: KnowledgeBase, indexes: EngineIndexes): ExplainingAnswerEngine {
  return runSteps(engineSteps(kb, indexes));
}

function* engineSteps(kb: KnowledgeBase, indexes: EngineIndexes): BuildSteps<ExplainingAnswerEngine> {
  const { index } = indexes;
  const lookups = lazyLookups(kb);
  yield;
  const inbound = new Map<string, number>();
  for (const fact of kb.facts) for (const id of fact.related) inbound.set(id, (inbound.get(id) ?? 0) + 1);
  const mostUseful: readonly Fact[] = [...kb.facts].sort(
    (a, b) => usefulness(b, inbound) - usefulness(a, inbound) || a.paragraph - b.paragraph,
  );

  // A question about the source in words no source fact shares ("bài viết này được đăng vào tháng nào": "đăng" folds to
  // the stopword "đang") ranks none of them: they are offered last, unscored, the first of them (the origin) by default.
  const unrankedSources: readonly FactScore[] = kb.facts.flatMap((fact, factIndex) =>
    fact.kind === 'source'
      ? [
          {
            factIndex,
            fact,
            score: 0,
            paraphrase: 0,
            coverage: 0,
            bm25: 0,
            entityCoverage: 1,
            predicateCoverage: 0,
            askedPredicateCoverage: 0,
            numberConflict: false,
            numberMatch: false,
            personMismatch: false,
            measureMismatch: false,
            missingAttributes: 0,
            periodMismatch: false,
            yearMismatch: false,
          },
        ]
      : [],
  );

  const isNameWord = (word: string): boolean => index.nameWords.has(word);
  // What the decide stage reads of an entity: the same for every question, so made once.
  const namesById = new Map(
    kb.entities.map((entity) => [
      entity.id,
      [...new Set([entity.name.en, entity.name.vi, ...entity.aliases].map((name) => normalizeForMatch(name)))],
    ]),
  );
  const entityReaders: Pick<DecideInput, 'entityType' | 'organisationOf' | 'nameOf' | 'namesOf' | 'roleOf'> = {
    entityType: (id) => kb.entitiesById.get(id)?.type,
    organisationOf: (id) => kb.entitiesById.get(id)?.organisation,
    nameOf: (id) => kb.entitiesById.get(id)?.name.en,
    namesOf: (id) => namesById.get(id) ?? [],
    roleOf: (id) => {
      const role = kb.entitiesById.get(id)?.role;
      return role === undefined ? undefined : normalizeForMatch(`${role.en} ${role.vi}`);
    },
  };
  // The words of a comparison side that name its subject: an organisation's or a person's name and its short aliases,
  // not the words of a description ("gã khổng lồ tìm kiếm" would make "lỗ" a name).
  const sideNameWords = new Set<string>();
  for (const entity of kb.entities) {
    if (entity.type === 'term' || entity.type === 'event' || entity.type === 'place') continue;
    for (const name of [entity.name.en, ...entity.aliases]) {
      const words = foldedTokens(name, 200);
      if (name === entity.name.en || words.length <= COMPARISON.maxNameWords)
        for (const w of words) sideNameWords.add(w);
    }
  }
  const detectQuestionLanguage = (text: string): Lang | undefined => detectLanguage(text, isNameWord);
  const defaultSuggestions = (lang: Lang, count: number): Suggestion[] =>
    mostUseful.slice(0, count).map((fact) => suggestionFor(fact, lang));

  // While one ask runs, each text is analysed and ranked once: its stages read the same text several times (is it a
  // follow-up, a comparison, several parts?), and both are pure functions of the text. Dropped when the ask returns.
  // A text whose subjects are all a stage needs is read only that far (`analyzeQueryCore`); the rest comes on demand.
  let cores: Map<string, QueryCore> | undefined;
  let analyses: Map<string, QueryAnalysis> | undefined;
  let evaluations: Map<string, Explanation> | undefined;
  // Keyed by the cleaned text, which is all a reading depends on (`analyzeQueryCore` cleans first): a rewrite that
  // differs only in spacing ("… qua muc  ", a side with no names to add) is read once.
  const coreOf = (text: string): QueryCore => {
    const key = cleanText(text);
    const known = cores?.get(key);
    if (known) return known;
    const core = analyzeQueryCore(key, index);
    cores?.set(key, core);
    return core;
  };
  /**
   * Whether a clause names something the article could be asked about: an entity or term, a number, a quoted phrase.
   * "AI" is the article's topic, and the Vietnamese "ai" is "who": on its own it says nothing of what is asked. (Not a
   * concept of the glossary: folded, "tí", "chỉ", "bạn", "lỗi" are "tỷ", "chi", "bán", "lời".)
   */
  const carriesContent = (clause: string): boolean =>
    /[\p{N}"“”«»‘’]/u.test(clause) ||
    SINGLE_QUOTED.test(clause) ||
    namesBesidesTopic(coreOf(clause).analysis.entities, index) ||
    looksLikeInjection(foldDiacritics(coreOf(clause).cleaned.toLowerCase()));
  /**
   * Whether a text tries to instruct the bot (`QueryAnalysis.injection`), read without analysing the whole text when it
   * was not analysed: a tagged yes/no question is analysed without its tag, and reading it whole only for this cost a
   * second analysis.
   */
  const isInjection = (text: string): boolean =>
    analyses?.get(cleanText(text))?.injection ?? looksLikeInjection(foldDiacritics(cleanText(text).toLowerCase()));
  /** The people, companies and other subjects a text names. */
  const subjectsOf = (text: string): readonly string[] => coreOf(text).subjects;
  const analyze = (text: string): QueryAnalysis => {
    const key = cleanText(text);
    const known = analyses?.get(key);
    if (known) return known;
    const query = completeQuery(coreOf(key), index);
    analyses?.set(key, query);
    return query;
  };
  /**
   * The view of one person asked ("what does covello think", "cahn's argument") and answered by an opinion of theirs: the
   * person's other views, close behind, answer it too, so the margin is taken against the first fact that is not theirs
   * (not when it also names what the article does not know: "what does zuckerberg think about apple").
   */
  const viewRunnerUp = (query: QueryAnalysis, ranked: readonly FactScore[]): FactScore | undefined => {
    const [top] = ranked;
    const [person] = query.subjects;
    if (
      !top ||
      query.subjects.length !== 1 ||
      query.unknownWords.length > 0 ||
      !query.kinds.has('quote') ||
      index.entityTypes.get(person ?? '') !== 'person' ||
      top.fact.kind !== 'opinion' ||
      top.fact.entities[0] !== person
    )
      return undefined;
    return ranked.find((s) => s.fact.entities[0] !== person);
  };
  const evaluate = (question: string): Explanation => {
    const key = cleanText(question);
    const known = evaluations?.get(key);
    if (known) return known;
    const query = analyze(key);
    const ranked = rankFacts(query, index, kb.entitiesById);
    const confidence = confidenceOf(query, ranked[0], viewRunnerUp(query, ranked) ?? ranked[1]);
    const explanation = { query, ranked, confidence };
    evaluations?.set(key, explanation);
    return explanation;
  };

  // The facts' answers and figure labels, folded once (the attribute and yes/no checks read them), each the first
  // time a check reads it: most questions read a few facts' at most. What an answer says the fact is not ("Not to be
  // confused with … Nvidia's 600% stock gain") is left out: it speaks of other facts, so it gives nothing asked.
  const foldedAnswers = new Map<string, string>();
  const foldedFigures = new Map<string, string>();
  const factText = (fact: Fact): string => {
    let text = foldedAnswers.get(fact.id);
    if (text === undefined) {
      text = normalizeForMatch(`${withoutDisambiguation(fact.answer.en)} ${withoutDisambiguation(fact.answer.vi)}`);
      foldedAnswers.set(fact.id, text);
    }
    return text;
  };
  const figureText = (fact: Fact): string => {
    let text = foldedFigures.get(fact.id);
    if (text === undefined) {
      text = normalizeForMatch(fact.figures.map((x) => `${x.label.en} ${x.label.vi}`).join(' '));
      foldedFigures.set(fact.id, text);
    }
    return text;
  };

  // The words a translation note calls a mistranslation that no answer uses, per fact, worked out the first time a
  // yes/no verdict reads a fact (only facts with a note have any).
  let answerWords: ReadonlySet<string> | undefined;
  const misread = new Map<string, ReadonlySet<string>>();
  const misreadOf = (fact: Fact): ReadonlySet<string> => {
    let words = misread.get(fact.id);
    if (words === undefined) {
      answerWords ??= new Set(kb.facts.flatMap((f) => wordsOf(`${f.answer.en} ${f.answer.vi}`, true)));
      words = fact.translationNote ? misreadWords(fact.translationNote.en, answerWords) : new Set<string>();
      misread.set(fact.id, words);
    }
    return words;
  };

  // Collects the stages' notes while explainStages runs (the engine is synchronous, so one collector suffices).
  let tracing: StageTrace[] | undefined;
  const note = (stage: Stage, question: string, text: () => string) => {
    if (tracing) tracing.push({ stage, question, note: text() });
  };

  /** Understands, retrieves, decides and composes the reply to one question. */
  const answerOne = (question: string, options: AskOptions = {}): Reply => {
    const reply = answerOneTraced(question, options);
    note(
      'compose',
      question,
      () =>
        `${reply.kind ?? '?'}: ${reply.factId ?? '-'}${reply.nearest ? ` (nearest ${reply.nearest.factId})` : ''}, answered ${reply.answered}, confidence ${reply.confidence}`,
    );
    return reply;
  };

  const answerOneTraced = (question: string, options: AskOptions = {}): Reply => {
    // A statement with a yes/no tag ("…, right?", "… à") is asked without it: the tag is no word of what is asked.
    const statement = withoutYesNoTag(question);
    const { query, ranked, confidence } = evaluate(statement ?? question);
    note('understand', question, () =>
      [
        `language ${query.detectedLang ?? 'unknown'}`,
        `subjects [${query.subjects.join(', ')}]`,
        `kinds [${[...query.kinds].join(', ')}]`,
        `measure ${query.measure ?? '-'}`,
        `periods [${[...query.periods].join(', ')}]`,
        `numbers [${query.numbers.map((n) => `${n.value}${n.unit ? ` ${n.unit}` : ''}`).join(', ')}]`,
        `unknown words [${query.unknownWords.join(', ')}]`,
        query.smallTalk ? 'small talk' : '',
        query.injection ? 'injection' : '',
      ]
        .filter((x) => x !== '')
        .join('; '),
    );
    note(
      'retrieve',
      question,
      () =>
        ranked
          .slice(0, 3)
          .map(
            (s) =>
              `${s.fact.id} ${s.score.toFixed(3)}${s.measureMismatch ? ' measure≠' : ''}${s.periodMismatch ? ' period≠' : ''}`,
          )
          .join(' | ') || 'no candidate',
    );
    note('decide', question, () => `confidence ${confidence.toFixed(3)} (answer at ≥ ${ANSWER_THRESHOLD})`);
    const lang: Lang = options.lang ?? query.detectedLang ?? options.fallbackLang ?? 'en';
    const folded = normalizeForMatch(query.cleaned);
    const intent =
      folded === ''
        ? undefined
        : messageIntent(folded, query.smallTalk || isSmallTalk(folded.split(' ')), {
            namesSubject: query.subjects.length > 0,
            confident: confidence >= ANSWER_THRESHOLD,
            topScore: ranked[0]?.score ?? 0,
          });
    const yesNo =
      statement !== undefined ||
      isYesNoQuestion(folded) ||
      // Read with chat spellings expanded: "wat does … mean by 600 days?" asks what, it claims nothing.
      (query.detectedLang === 'en' && isStatementQuestion(question, expandAbbreviations(folded.split(' ')).join(' ')));
    note('understand', question, () => `intent ${intent ?? 'fact'}; yes/no ${yesNo}${statement ? ' (tag)' : ''}`);
    if (isContentFree(query.tokens) && intent === undefined)
      return { ...declinedReply(lang, 0, defaultSuggestions(lang, EXAMPLES), true), suggestionsAre: 'examples' };
    if (intent === 'summary') {
      const summary = lookups
        .summary('short', lang)
        .map((s) => s.text)
        .join(' ');
      return intentReply('summary', lang, summary, defaultSuggestions(lang, EXAMPLES));
    }
    if (intent === 'help' || intent === 'smalltalk')
      return intentReply(intent, lang, undefined, defaultSuggestions(lang, EXAMPLES));
    // decide: which fact answers, if any (decide.ts: the checks in order).
    const decision = decide({
      query,
      ranked:
        intent === 'source' && !ranked.some((s) => s.fact.kind === 'source') ? [...ranked, ...unrankedSources] : ranked,
      confidence,
      folded,
      intent,
      yesNo,
      lang,
      factText,
      figureText,
      misread: misreadOf,
      isName: isNameWord,
      ...entityReaders,
      confidenceOf: (fact, runnerUp) => confidenceOf(query, fact, runnerUp),
      note: (text) => note('decide', question, text),
    });
    const { chosen, verdict, missing } = decision;
    const chosenConfidence = decision.confidence;
    const top = ranked[0];

    // compose.
    if (!chosen) {
      // Only related candidates are "did you mean"; an unrelated decline gets labelled example questions instead.
      const namesSubject = query.subjects.length > 0;
      const candidates = ranked
        .filter(
          (s) =>
            s.score > 0 &&
            ((namesSubject && s.entityCoverage > 0) ||
              s.coverage >= REPLY.relatedMinCoverage ||
              s.paraphrase >= REPLY.relatedMinParaphrase),
        )
        .slice(0, DID_YOU_MEAN);
      const examples = candidates.length === 0;
      note('compose', question, () =>
        examples ? 'no related candidate: example questions' : `did you mean ${candidates.length}`,
      );
      const suggestions = examples
        ? defaultSuggestions(lang, EXAMPLES)
        : candidates.map((s) => suggestionFor(s.fact, lang));
      const near = top && query.subjects.length > 0 && top.entityCoverage >= NEAREST_ENTITY_COVERAGE ? top : undefined;
      const subject = query.subjects[0] ? kb.entitiesById.get(query.subjects[0])?.name[lang] : undefined;
      const declined =
        near && subject
          ? nearMissReply(
              kb,
              near.fact,
              lang,
              Math.min(confidence, ANSWER_THRESHOLD - 0.01),
              suggestions,
              subject,
              missing[0]?.label[lang],
            )
          : declinedReply(lang, Math.min(confidence, ANSWER_THRESHOLD - 0.01), suggestions);
      return { ...declined, suggestionsAre: examples ? 'examples' : 'related' };
    }
    const best = chosen;
    const alternatives = ranked
      .slice(1, 1 + DID_YOU_MEAN)
      .filter((s) => s.fact.id !== best.fact.id && s.score > 0 && s.score >= best.score * ALTERNATIVE_SHARE)
      .map((s) => suggestionFor(s.fact, lang));
    const reply = answeredReply(kb, best.fact, lang, chosenConfidence, alternatives);
    return verdict === 'yes' || verdict === 'no'
      ? { ...reply, answer: withVerdict(verdict, lang, reply.answer) }
      : reply;
  };

  const ask = (question: string, options: AskOptions = {}): Reply => {
    cores = new Map();
    analyses = new Map();
    evaluations = new Map();
    try {
      return askWithin(question, options);
    } finally {
      cores = undefined;
      analyses = undefined;
      evaluations = undefined;
    }
  };

  /** The article itself named ("this article", "bài này", "bài viết"). Folded text. */
  const ARTICLE_NAMED = /\b(?:(?:this|the) (?:article|piece|post)|bai)\b/;
  const askWithin = (question: string, options: AskOptions): Reply => {
    // Lines that each ask are kept apart as questions before cleaning makes their breaks spaces.
    const text = withoutPoliteness(cleanText(typeof question === 'string' ? withLinesAsked(question) : ''), (t) =>
      isSmallTalk(normalizeForMatch(t).split(' ')),
    );
    const folded = normalizeForMatch(text);
    // "sum it up", "how do I use you": a request about the whole article or the bot is no follow-up, whatever its pronoun.
    // Thanks or a goodbye ("ty, that cleared it up") is small talk, not a follow-up about "that".
    // So is a question about the article's source that names the article ("bài này lấy từ nguồn nào").
    const intent = messageIntent(folded, false);
    const asksAboutTheBot =
      intent === 'summary' || intent === 'help' || (intent === 'source' && ARTICLE_NAMED.test(folded));
    const followUpAsked = asksAboutTheBot ? undefined : followUpKind(folded, () => namesSubject(text), text);
    // A laugh around a plain ask of the last answer ("who said that lol", "why lol") is still that ask.
    const standsAlone =
      asksAboutTheBot ||
      (isSmallTalk(folded.split(' ')) &&
        !['source', 'why', 'currency', 'size'].includes(followUpAsked ?? '') &&
        // "ông ấy bán gì" (what did he sell; "ban gi" also reads "bạn gì"): a person pointed back at is no chat.
        !(followUpAsked === 'reference' && pointsAtPersonByTitle(folded)));
    const kind = standsAlone ? undefined : followUpAsked;
    if (kind === undefined && !standsAlone && relatesToPrevious(folded) && namesSubject(text)) {
      // "how does nvidia fit into that": read with the last answered question's words ("that" is what it asked), and
      // alone when that answers nothing.
      // The last answered question that asked something of its own ("ông ấy nói câu gì" asked only of the one before).
      const previous = (options.conversation ?? [])
        .slice(-FOLLOW_UP.contextTurns)
        .reverse()
        .find(
          (t) =>
            t.reply.answered &&
            t.reply.factId !== null &&
            followUpKind(normalizeForMatch(t.question), () => namesSubject(t.question), t.question) === undefined,
        );
      const joined = previous
        ? askAlone(`${withoutRelation(folded)} ${previous.question}`, { ...options, conversation: [] })
        : undefined;
      note('decide', text, () => `related to "${previous?.question ?? ''}": ${joined?.factId ?? 'declined'}`);
      // The answer must be about the subject this message names ("how does pichai fit into that" after Zuckerberg's
      // admission is asked of Pichai, not answered with Zuckerberg's fact again).
      const own = subjectsOf(text);
      const about = (reply: Reply | undefined) =>
        reply?.factId != null && own.some((id) => kb.factsById.get(reply.factId ?? '')?.entities.includes(id));
      if (joined?.answered && about(joined)) return joined;
      // With nothing said before, "that" points at nothing: asked what it is, as a bare follow-up is.
      if (!previous && !/\b(?:this|nay)\b/.test(folded)) {
        const lang: Lang = options.lang ?? detectQuestionLanguage(text) ?? options.fallbackLang ?? 'en';
        return clarifyReply(lang, false, defaultSuggestions(lang, EXAMPLES));
      }
      return askAlone(text, options);
    }
    if (kind === undefined) return askAlone(text, options);
    const recent = (options.conversation ?? []).slice(-FOLLOW_UP.contextTurns).reverse();
    const context = recent.find((t) => t.reply.answered && t.reply.factId !== null);
    // The words "and Meta?" reuses: the last question that asked something of its own, not a follow-up that only asked
    // for the last answer's source, reason or currency ("in vnd?", "so why keep spending then?" say nothing to ask of Meta).
    const isFollowUp = (q: string) =>
      ['source', 'why', 'currency', 'size'].includes(
        followUpKind(normalizeForMatch(q), () => namesSubject(q), q) ?? '',
      );
    const wording =
      kind === 'ellipsis' && context && isFollowUp(context.question)
        ? recent.slice(recent.indexOf(context) + 1).find((t) => t.reply.answered && !isFollowUp(t.question))
        : undefined;
    const lang: Lang =
      options.lang ?? detectQuestionLanguage(text) ?? context?.reply.lang ?? options.fallbackLang ?? 'en';
    note('understand', text, () => `follow-up (${kind}); context ${context ? `"${context.question}"` : 'none'}`);
    const last = options.conversation?.at(-1);
    const own = ownWords(folded);
    if (!context && kind === 'ellipsis' && last && !last.reply.answered && namesSubject(own)) {
      // "how much did apple spend?" declined, no earlier answer, then "and google?": the declined question, about the new
      // subject (with an earlier answer, "and google?" follows that answer, as before).
      // Less its own subject: the names it was found to name and the names the article does not know ("amd"), not every
      // word of some description ("chip", "phần").
      const named = new Set([
        ...analyze(last.question).unknownNames,
        ...subjectsOf(last.question).flatMap((id) => {
          const entity = kb.entitiesById.get(id);
          return entity ? [entity.name.en, ...entity.aliases].flatMap((n) => foldedTokens(n, 200)) : [];
        }),
      ]);
      // Its words as typed: folded, "nắm bao nhiêu" (holds how much) would read "năm bao nhiêu" (which year).
      const rest = last.question
        .split(/\s+/u)
        .filter(
          (word) =>
            !normalizeForMatch(word)
              .split(' ')
              .some((w) => named.has(w) || named.has(stemToken(w))),
        )
        .join(' ');
      const resolved = bestOf([`${rest} ${own}`], { ...options, lang, conversation: [] });
      note('decide', text, () => `follow-up of a declined turn resolved to ${resolved.factId ?? 'a decline'}`);
      return resolved;
    }
    if (!context) {
      // With nothing earlier to point at, "boil it down", "eli5 this" ask for the article's summary (or the help).
      const alone = askAlone(text, { ...options, lang });
      if (alone.kind === 'summary' || alone.kind === 'help') return alone;
      return clarifyReply(lang, kind === 'source', defaultSuggestions(lang, EXAMPLES));
    }
    const resolved = followUp(kind, text, folded, context, { ...options, lang, conversation: [] }, wording);
    note('decide', text, () => `follow-up resolved to ${resolved.factId ?? 'a decline'}`);
    return resolved;
  };

  /** Whether the question names a person, company or other subject of its own. */
  const namesSubject = (text: string) => subjectsOf(text).length > 0;

  /** The names of the subjects a turn was about: its question's, or else its fact's first entity. */
  const subjectNamesOf = (turn: ConversationTurn, lang: Lang): string => {
    const subjects = subjectsOf(turn.question);
    const fact = turn.reply.factId ? kb.factsById.get(turn.reply.factId) : undefined;
    // The subject the answer was about: the fact's main entity when the question named it, else the question's first.
    const main = subjects.find((id) => fact?.entities[0] === id) ?? subjects[0] ?? fact?.entities[0];
    return main ? (kb.entitiesById.get(main)?.name[lang] ?? '') : '';
  };

  /** The best answered reply among the candidate rewrites, or the first one's decline. */
  const bestOf = (
    questions: readonly string[],
    options: AskOptions,
    besides?: string,
    asked: ReadonlyMap<string, Reply> = new Map(),
  ): Reply => {
    // Two rewrites that read the same ("trong bao lâu? Covello", "trong bao lâu Covello") are asked once.
    const seen = new Set<string>();
    const distinct = questions.filter((q) => {
      const key = normalizeForMatch(q);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const replies = distinct.map((q) => asked.get(q) ?? askAlone(q, options));
    const answered = replies
      .filter((r) => r.answered && (besides === undefined || r.factId !== besides))
      .sort((x, y) => y.confidence - x.confidence);
    // Every rewrite gave the fact to avoid: its closest runner-up offered beside it, if any.
    const runnerUp =
      besides === undefined
        ? undefined
        : replies
            .filter((r) => r.answered)
            .flatMap((r) => r.suggestions)
            .find((x) => x.factId !== besides)?.factId;
    return (
      answered[0] ??
      factReply(runnerUp, options.lang ?? 'en') ??
      replies[0] ??
      declinedReply(options.lang ?? 'en', 0, [])
    );
  };

  const factReply = (id: string | undefined, lang: Lang): Reply | undefined => {
    const fact = id ? kb.factsById.get(id) : undefined;
    return fact ? answeredReply(kb, fact, lang, ANSWER_THRESHOLD, []) : undefined;
  };

  const followUp = (
    kind: FollowUpKind,
    text: string,
    folded: string,
    context: ConversationTurn,
    options: AskOptions & { lang: Lang },
    wording: ConversationTurn = context,
  ): Reply => {
    const { lang } = options;
    const previous = kb.factsById.get(context.reply.factId ?? '');
    const subject = subjectNamesOf(context, lang);
    const own = ownWords(folded);
    if (!previous) return declinedReply(lang, 0, defaultSuggestions(lang, DID_YOU_MEAN));
    switch (kind) {
      case 'source':
      case 'currency':
      case 'size':
        // "who reported that?": the previous answer's own fact names its source or speaker. "In vnd?": the article gives
        // its figures in US dollars only, and the previous answer is that figure.
        return factReply(previous.id, lang) ?? declinedReply(lang, 0, []);
      case 'why': {
        // The reason the knowledge links to the previous fact, else the question asked as "why …".
        const reasons = previous.related
          .map((id) => kb.factsById.get(id))
          .filter((f) => f !== undefined && (f.kind === 'reason' || f.kind === 'opinion'));
        // One about the same main subject first ("why?" after Pichai's overspending is Pichai's own reason).
        const sameSubject = reasons.find((f) => f?.entities.includes(previous.entities[0] ?? ''));
        // An answer that is itself a reason or an opinion gives its own why: another speaker's view is not it.
        const itself = previous.kind === 'reason' || previous.kind === 'opinion' ? previous : undefined;
        const reason = sameSubject ?? itself ?? reasons[0];
        // A previous question that named nothing ("how long have they got") is read with its answer's subject.
        const named = subjectsOf(context.question).length > 0 || subject === '';
        return factReply(reason?.id, lang) ?? bestOf([`why ${context.question}${named ? '' : ` ${subject}`}`], options);
      }
      case 'smallest':
      case 'largest': {
        const item = extremeOfSeries(previous, kind === 'smallest');
        return factReply(item, lang) ?? bestOf([`${own} ${subject}`], options);
      }
      case 'next': {
        const asked = bestOf([`${own} ${subject}`], options);
        if (asked.answered && asked.factId !== previous.id) return asked;
        // The article's next statement: about the same subject among the next few facts, else simply the next one.
        const at = kb.facts.indexOf(previous);
        const after = kb.facts.slice(at + 1).filter((f) => f.kind !== 'source');
        const sameSubject = after
          .slice(0, FOLLOW_UP.nextWindow)
          .find((f) => f.kind === 'statement' && f.entities[0] === previous.entities[0]);
        return factReply((sameSubject ?? after[0])?.id, lang) ?? asked;
      }
      case 'ellipsis': {
        // "and Meta?": the previous question about the new subject; "and the training cost?": the new words about the old subject.
        if (namesSubject(own)) {
          const nameWords = (w: string) => index.nameWords.has(w);
          const rest = normalizeForMatch(wording.question)
            .split(' ')
            .filter((w) => !nameWords(w))
            .join(' ');
          const ownAsks = own.split(' ').length >= 3;
          const ownAnswer = ownAsks ? askAlone(own, options) : undefined;
          const rewritten = bestOf(
            ownAsks ? [own, `${rest} ${own}`] : [`${rest} ${own}`],
            options,
            undefined,
            new Map(ownAnswer ? [[own, ownAnswer]] : []),
          );
          // The previous question's words made no question of the new subject ("what's he hoarding for it" + "what about
          // pichai"): the subject asked alone, held to the previous measure below like any other answer.
          const reply = rewritten.answered || ownAsks ? rewritten : bestOf([own], options);
          // The same question about another subject asks the same measure: an answer that does not give it is a near miss.
          // Not when the follow-up's own words ask it ("còn Covello thì nghĩ sao"): they ask what they say, not the measure.
          const asked = kb.factsById.get(wording.reply.factId ?? '') ?? previous;
          const measure = asked.figures.find((f) => f.measure !== undefined && f.unit !== 'year')?.measure;
          const answeredFact = reply.answered ? kb.factsById.get(reply.factId ?? '') : undefined;
          const askedByOwn = ownAnswer?.answered === true && ownAnswer.factId === answeredFact?.id;
          if (measure && answeredFact && !askedByOwn && !answeredFact.figures.some((f) => f.measure === measure)) {
            const name = kb.entitiesById.get(subjectsOf(own)[0] ?? '')?.name[lang] ?? own;
            return nearMissReply(kb, answeredFact, lang, ANSWER_THRESHOLD - 0.01, [], name, undefined);
          }
          return reply;
        }
        // The previous question read with the new words, unless it named nothing and was itself a follow-up ("the
        // biggest one?"): then its words only add noise ("biggest" + "revenue" reads as big tech's revenue).
        const previousNamed = subject === '' || subjectsOf(context.question).length > 0;
        return bestOf(
          previousNamed
            ? [ownWithSubject(own, subject), `${normalizeForMatch(context.question)} ${own}`]
            : [ownWithSubject(own, subject)],
          options,
        );
      }
      case 'reference': {
        // "cty của ổng": the person's name where the pronoun stands, so that "của <name>" reads as whose; when that
        // answers, it is the reading.
        const isPerson = [...subjectsOf(context.question), ...previous.entities.slice(0, 1)].some(
          (id) => kb.entitiesById.get(id)?.type === 'person' && kb.entitiesById.get(id)?.name[lang] === subject,
        );
        const inPlace = subject === '' ? undefined : withPersonNamed(text, subject, isPerson);
        const inPlaceReply = inPlace === undefined ? undefined : askAlone(inPlace, options);
        if (inPlaceReply?.answered) return inPlaceReply;
        // "they", "họ" after a person: the person's organisation ("Altman" → OpenAI), not the person.
        const organisation = theirOrganisation(context, previous, folded, lang);
        const namedBefore = subjectsOf(context.question);
        const answeredOne = ASKS_WHICH_ONE.test(normalizeForMatch(context.question))
          ? previous.entities.find(
              (id) =>
                !namedBefore.includes(id) &&
                ['organisation', 'person'].includes(kb.entitiesById.get(id)?.type ?? '') &&
                (pointsAtPerson(folded) ? kb.entitiesById.get(id)?.type === 'person' : true),
            )
          : undefined;
        const about =
          (answeredOne ? kb.entitiesById.get(answeredOne)?.name[lang] : undefined) ?? organisation ?? subject;
        // The subject first as well when it would follow "bao nhiêu": there a name reads as the thing counted ("vốn hóa bn
        // Cisco"). Each rewrite is a whole question asked, so only then.
        const tries = COUNTED_LAST.test(own)
          ? [`${own} ${about}`, `${about} ${own}`, `${text} ${about}`]
          : [`${own} ${about}`, `${text} ${about}`];
        // A question word alone ("how long?", "trong bao lâu") asks the previous question for that: its words with it.
        if (isBareQuestion(folded)) tries.push(`${normalizeForMatch(context.question)} ${own}`);
        // "who opened a bank back then": the time is the previous answer's, the one asked about may be another.
        if (pointsAtTime(folded)) tries.push(own);
        // When the previous question named no subject ("who said that?") or only a product or a term ("ChatGPT"), "they"
        // or "nó" may be any organisation of the answer (OpenAI, not Altman) and "he" any person of it.
        const thing = (id: string) => ['product', 'term'].includes(kb.entitiesById.get(id)?.type ?? '');
        const named = subjectsOf(context.question);
        // After a product, only a pronoun for its maker ("nó", "they"), not "that" (the event just given).
        const wanted = pointsAtPerson(folded) ? 'person' : 'organisation';
        // Not when the answer's own subject, already tried, is what the pronoun wants ("who started it" after Character
        // AI's sale is Character AI's founders, not Google's).
        const mainIsWanted = named.length === 0 && kb.entitiesById.get(previous.entities[0] ?? '')?.type === wanted;
        if (named.every(thing) && (named.length === 0 || MAKER_PRONOUN.test(folded)) && !mainIsWanted) {
          for (const id of previous.entities.slice(0, FOLLOW_UP.referenceEntities)) {
            const entity = kb.entitiesById.get(id);
            if (entity?.type === wanted && entity.name[lang] !== subject) tries.push(`${own} ${entity.name[lang]}`);
          }
        }
        // "what else does it …", "còn gì nữa": another fact than the one just given.
        return bestOf(tries, options, ELSE.test(folded) ? previous.id : undefined);
      }
    }
  };

  /** "they"/"họ" (not "he") after a turn about a person: the name of that person's organisation, if the person has one. */
  const theirOrganisation = (
    context: ConversationTurn,
    previous: Fact,
    folded: string,
    lang: Lang,
  ): string | undefined => {
    if (!PLURAL_PRONOUN.test(folded) || pointsAtPerson(folded)) return undefined;
    const subjects = subjectsOf(context.question);
    const main = subjects.find((id) => previous.entities[0] === id) ?? subjects[0] ?? previous.entities[0];
    const person = kb.entitiesById.get(main ?? '');
    if (person?.type !== 'person' || !person.organisation) return undefined;
    return kb.entitiesById.get(person.organisation)?.name[lang];
  };

  /** The follow-up's own words with the subject: before them when a name after "bao nhiêu" would read as what is counted. */
  const ownWithSubject = (own: string, subject: string) =>
    COUNTED_LAST.test(own) ? `${subject} ${own}` : `${own} ${subject}`;

  /** The fact of the previous fact's figure series (same measure and unit) with the smallest or largest figure. */
  const extremeOfSeries = (previous: Fact, smallest: boolean): string | undefined => {
    const figure = previous.figures.find((f) => f.series !== undefined && f.measure !== undefined);
    if (!figure) return undefined;
    const sameSeries = (f: Figure) =>
      f.series === figure.series && f.measure === figure.measure && f.unit === figure.unit;
    const all = kb.facts.flatMap((f) => f.figures.filter(sameSeries).map((x) => [f.id, scaledValue(x)] as const));
    // A total of the other items ("$8.5B, of which $4B …") is not one of them: twice its value is the series' sum.
    const sum = all.reduce((total, [, value]) => total + value, 0);
    const isTotal = (value: number) => all.length > 2 && Math.abs(2 * value - sum) <= sum * FOLLOW_UP.totalTolerance;
    const items = all.filter(([id, value]) => id !== previous.id && !isTotal(value));
    items.sort((x, y) => (smallest ? x[1] - y[1] : y[1] - x[1]));
    return items[0]?.[0];
  };

  /** A comparison question: each side answered from its own fact; undefined when the question is better answered whole. */
  const compare = (text: string, whole: Reply, options: AskOptions): Reply | undefined => {
    const parsed = comparisonSides(text);
    if (!parsed) return undefined;
    // Only "A more … than B" compares: a message answered whole ("is big tech making more from AI than it spends?" gets
    // its verdict, "does the meta boss think we blow billions more than needed" its fact) is not asked as two sides.
    const claim = thanClaim(text);
    const wholeFactOf = kb.factsById.get(whole.factId ?? '');
    // …unless each side names a subject of its own and the whole message's fact is about one of them only ("does
    // openai pay more for training than tesla put into ai" is not answered by Tesla's spending alone).
    const twoSubjects =
      wholeFactOf !== undefined &&
      parsed.sides.every((side) => subjectsOf(side).length > 0) &&
      !parsed.sides.every((side) => subjectsOf(side).some((id) => wholeFactOf.entities.includes(id)));
    if (claim && whole.answered && !twoSubjects) return undefined;
    const lang: Lang = options.lang ?? whole.lang;
    const nameWord = (w: string) => sideNameWords.has(w);
    const split = (side: string) => {
      const words = normalizeForMatch(side).split(' ');
      return {
        names: words.filter(nameWord).join(' '),
        rest: words.filter((w) => !nameWord(w) && w !== 's' && w !== 'its').join(' '),
      };
    };
    const [a, b] = mapped(parsed.sides, (side) => split(side)) as [ReturnType<typeof split>, ReturnType<typeof split>];
    const views = asksViews(text);
    // A side with a pronoun borrows the other side's named things, not its terms: "its share of ai training" points at
    // Nvidia, not at "data centre".
    const entityNames = (side: string, pronoun: boolean) =>
      coreOf(side)
        .analysis.entities.map((id) => kb.entitiesById.get(id))
        .filter((entity) => entity !== undefined && !(pronoun && entity.type === 'term'))
        .map((entity) => entity?.name.en ?? '')
        .join(' ');
    const sideReply = (side: string, own: typeof a, other: typeof a, otherSide: string, context: string): Reply => {
      const query = analyze(side);
      const otherQuery = analyze(otherSide);
      const withOther = `${side} ${other.names} ${entityNames(otherSide, SIDE_PRONOUN.test(side))}`;
      // A side with no subject of its own (and no unknown name) may be about the other side's ("… vs labour cost"); a
      // side that names an entity is asked as it is first ("big tech's yearly spending" is not Google's).
      const borrow = query.subjects.length === 0 && query.unknownNames.length === 0 && query.unknownWords.length === 0;
      // A side that is only a name, or compared with a subject the article does not know, shares the other side's words
      // ("google vs tesla ai spending", "nvidia's share vs amd's in ai training"), less the unknown name itself.
      const unknownOther = otherQuery.subjects.length === 0 && otherQuery.unknownWords.length > 0;
      const otherRest = other.rest
        .split(' ')
        .filter((w) => !otherQuery.unknownWords.includes(stemToken(w)))
        .join(' ');
      // A side of a name and asking words only ("openai lỗ nhiều hơn tesla bao nhiêu") asks the other side's measure.
      // A side of a name alone also shares what the clauses around the sides ask ("amazon vs google: who spends more on
      // ai?").
      const shared =
        asksOnly(own.rest) || /^(?:'s|s)$/.test(own.rest.trim()) || unknownOther
          ? ` ${otherRest}${asksOnly(own.rest) && context !== '' ? ` ${context}` : ''}`
          : '';
      const tries = borrow
        ? query.entities.length > 0
          ? [side + shared, withOther + shared]
          : [withOther + shared, side + shared]
        : [side + shared];
      tries.push(`${tries[0] ?? side} ${otherRest}`);
      // Views compared ("brooks vs cahn, who sounds more skeptical"): a side naming a person is what that person says.
      if (views)
        for (const id of query.subjects)
          if (kb.entitiesById.get(id)?.type === 'person')
            tries.push(`${kb.entitiesById.get(id)?.name[lang] ?? ''} ${STRINGS_SAY[lang]}`);
      let first: Reply | undefined;
      for (const q of tries) {
        const reply = askAlone(q, { ...options, lang }, false);
        if (reply.answered) return reply;
        first ??= reply;
      }
      return first ?? declinedReply(lang, 0, []);
    };
    const sidesWith = (context: string) =>
      [
        sideReply(parsed.sides[0], a, b, parsed.sides[1], context),
        sideReply(parsed.sides[1], b, a, parsed.sides[0], context),
      ] as const;
    // The clauses around the sides may say what is compared ("amazon vs google: who spends more on ai?"), or only ask
    // ("stability ai vs character ai, which one got it worse"): when neither side is answered with them, they asked.
    let answeredSides = sidesWith(parsed.context);
    if (parsed.context !== '' && !answeredSides[0].answered && !answeredSides[1].answered)
      answeredSides = sidesWith('');
    // A side about something the article does not know ("amd's", "anthropic loss"), answered with the other side's own
    // fact, only borrowed that side's words: the article does not give it.
    const unknownOnly = (i: 0 | 1) =>
      analyze(parsed.sides[i]).unknownWords.length > 0 &&
      analyze(parsed.sides[i === 0 ? 1 : 0]).unknownWords.length === 0;
    const borrowed = (i: 0 | 1) =>
      answeredSides[i].answered && answeredSides[i].factId === answeredSides[i === 0 ? 1 : 0].factId && unknownOnly(i);
    const replies = [
      borrowed(0) ? declinedReply(lang, 0, []) : answeredSides[0],
      borrowed(1) ? declinedReply(lang, 0, []) : answeredSides[1],
    ] as const;
    note(
      'decide',
      text,
      () => `comparison: ${parsed.sides.map((s, i) => `"${s}" → ${replies[i]?.factId ?? 'declined'}`).join('; ')}`,
    );
    if (!replies[0].answered && !replies[1].answered) return undefined;
    // Asked why the two are compared, the nearest fact of a whole message declined for its chatter ("ugh im a bit lost
    // lol, why does the article compare …") counts too: a reason is asked, not two figures.
    const wholeId = whole.answered
      ? whole.factId
      : analyze(text).kinds.has('reason')
        ? whole.nearest?.factId
        : undefined;
    const wholeFact = kb.factsById.get(wholeId ?? '');
    // The article's own comparison ("why does the article compare Nvidia to Cisco", "why is Nvidia compared to Cisco")
    // is one fact: answered whole, when a side gave it or it names the subject of each side.
    const namesEachSide =
      wholeFact !== undefined &&
      parsed.sides.every((side) => subjectsOf(side).some((id) => wholeFact.entities.includes(id)));
    if (
      wholeFact &&
      wholeFact.figures.length === 0 &&
      (namesEachSide || replies.some((r) => r.factId === wholeFact.id))
    )
      return undefined;
    const facts = mapped(replies, (r) => (r.answered ? kb.factsById.get(r.factId ?? '') : undefined));
    const sameFact = facts[0] !== undefined && facts[0] === facts[1];
    const figures: (Figure | undefined)[] = [];
    facts.forEach((fact, i) => {
      const side = split(parsed.sides[i] ?? '').rest;
      const candidates = (fact?.figures ?? []).filter(
        (f) => f.unit !== 'date' && f.unit !== 'year' && !figures.includes(f),
      );
      const overlap = (f: Figure) => {
        const label = new Set(normalizeForMatch(`${f.label.en} ${f.label.vi}`).split(' '));
        return side.split(' ').filter((w) => label.has(w)).length;
      };
      // Views are set side by side, not measured against each other.
      figures.push(views ? undefined : [...candidates].sort((x, y) => overlap(y) - overlap(x))[0]);
    });
    if (sameFact && figures[1] === undefined) return undefined;
    const [fa, fb] = figures;
    if (parsed.shareOnly && (!fa || !fb || figureRelation(fa, fb) !== 'same')) return undefined;
    const sides = parsed.sides.map((question, i) => ({
      question,
      reply: replies[i] as Reply,
      figure: figures[i],
    })) as unknown as readonly [ComparisonSide, ComparisonSide];
    const reply = comparisonReply(kb, sides, lang, asksShare(text));
    // "Is Nvidia's share bigger than Cisco's?" over two figures of one measure: the comparison is the verdict.
    if (!claim || !fa || !fb || figureRelation(fa, fb) !== 'same' || !isYesNoQuestion(normalizeForMatch(text)))
      return reply;
    const holds = claim === 'more' ? scaledValue(fa) > scaledValue(fb) : scaledValue(fa) < scaledValue(fb);
    return { ...reply, answer: withVerdict(holds ? 'yes' : 'no', lang, reply.answer) };
  };

  /**
   * One of several questions compares two subjects it names itself ("Cisco's share back then, and how is Nvidia compared
   * with Cisco?"): the message asks its questions one by one, not one comparison across them.
   */
  const comparesWithinOnePart = (parts: readonly string[]): boolean =>
    parts.length > 1 &&
    parts.some((part) => comparisonSides(part)?.sides.every((side) => subjectsOf(side).length > 0) ?? false);

  const askAlone = (text: string, options: AskOptions = {}, comparing = true): Reply => {
    const whole = answerOne(text, options);
    if (whole.kind === 'summary' || whole.kind === 'help' || whole.kind === 'smalltalk') return whole;
    // An injection ("system: you are now …") is declined whole; its clauses are not asked one by one.
    const core = isInjection(text) ? text : withoutFiller(text, carriesContent);
    const parts = splitQuestions(core, MESSAGE.maxParts);
    const comparison = comparing && !comparesWithinOnePart(parts) ? compare(text, whole, options) : undefined;
    if (comparison) return comparison;
    const lang: Lang = options.lang ?? whole.lang;
    note('understand', text, () => `without filler: "${core}"; ${parts.length} part(s)`);
    if (parts.length > 1) {
      const replies = answerParts(parts, { ...options, lang });
      if (replies.filter((r) => r.answered).length >= 2)
        return multiReply(
          replies.map((r, i) => [parts[i] ?? '', r]),
          lang,
        );
    }
    if (core === text) return whole;
    // What was dropped as filler may have named the subject ("my friend says Nvidia … what share does it have?"): a core
    // that names none is asked about it, and is not answered with a fact about another subject.
    const named = subjectsOf(withoutSeenOn(text));
    // Filler naming nothing around small talk ("hôm qua cãi nhau với bạn, hihi"): the small talk is the message, not a
    // fact the chatter's words happen to match ("bạn" folded is "bán", sold).
    const coreFolded = normalizeForMatch(core);
    if (named.length === 0 && coreFolded !== '' && (analyze(core).smallTalk || isSmallTalk(coreFolded.split(' '))))
      return answerOne(core, { ...options, lang });
    const coreNames = subjectsOf(core).length > 0;
    const stripped =
      named.length > 0 && !coreNames
        ? answerAboutDropped(text, core, named, lang, options)
        : answerOne(core, { ...options, lang });
    const strippedFact = stripped.factId ? kb.factsById.get(stripped.factId) : undefined;
    const aboutNamed =
      named.length === 0 ||
      coreNames ||
      (strippedFact !== undefined && named.some((id) => strippedFact.entities.includes(id)));
    // A core that names nothing is vaguer than the message whose words were dropped ("bạn mình bảo mấy startup AI sắp
    // hết rồi, bài này nhắc những công ty nào": the story says which companies): it does not overturn the fact the whole
    // message was answered with (it may still answer that fact more confidently).
    // A source reply read off words the filler said ("bản dịch máy đọc muốn xỉu, mà đoạn cuối bảo …") is no answer the
    // question itself asked: the core's fact is not vaguer than it.
    const sourceOfFiller = whole.kind === 'source' && stripped.kind !== 'source';
    const vaguer =
      named.length === 0 && !coreNames && whole.answered && stripped.factId !== whole.factId && !sourceOfFiller;
    // The same fact either way: the question read without the chatter is the one to reply to ("sorry if dumb but is
    // openai losing money", "…, right? lol": only the core reads as a yes/no question and gets its verdict), unless only
    // the whole message gave a verdict ("my friend swears X, true?": the core is "true?" and the claim).
    const sameFact =
      stripped.answered &&
      whole.answered &&
      stripped.factId === whole.factId &&
      (hasVerdict(stripped.answer, stripped.lang) || !hasVerdict(whole.answer, whole.lang));
    // Only the whole message read as a yes/no question ("true or false: X", "correct me if i'm wrong but X": the frame
    // went with the filler): the core's fact without the verdict is no better answer.
    const verdictLost =
      whole.answered &&
      stripped.factId === whole.factId &&
      hasVerdict(whole.answer, whole.lang) &&
      !hasVerdict(stripped.answer, stripped.lang);
    return !verdictLost &&
      (sameFact ||
        (stripped.answered && aboutNamed && !vaguer && (!whole.answered || stripped.confidence > whole.confidence)))
      ? stripped
      : whole;
  };

  /**
   * A question whose subject was named only in the dropped filler ("my friend says character ai got bought, what happened
   * to them?"): asked with what the filler claimed about it (its framing "my friend says" left out), else with the
   * subject's name alone.
   */
  const answerAboutDropped = (
    text: string,
    core: string,
    named: readonly string[],
    lang: Lang,
    options: AskOptions,
  ): Reply => {
    const at = text.lastIndexOf(core);
    const claim = at > 0 ? withoutClaimFrame(text.slice(0, at)) : '';
    if (claim !== '' && subjectsOf(claim).length > 0) {
      // A tag alone ("heard X, that accurate?") asks of the claim told before it, in that order.
      const tagOnly = isYesNoTagOnly(core);
      const withClaim = answerOne(tagOnly ? `${claim}, ${core}` : `${core} ${claim}`, { ...options, lang });
      // Declined, it is still the answer to a tag: the name alone would confirm nothing that was claimed.
      if (withClaim.answered || tagOnly) return withClaim;
    }
    const names = named.map((id) => kb.entitiesById.get(id)?.name.en ?? '').join(' ');
    return answerOne(`${core} ${names}`, { ...options, lang });
  };

  /**
   * Each part of a several-question message. A part that follows up the one before it ("… and who reported it?", "…
   * và tại sao?") is resolved against that part's answer, as a follow-up is against the previous turn (a "why" or a
   * pronoun only when asking it about the earlier part's subject finds nothing); a part that names no subject is asked
   * about the previous part's.
   */
  const answerParts = (parts: readonly string[], options: AskOptions & { lang: Lang }): Reply[] => {
    let subject = '';
    const replies: Reply[] = [];
    for (const [i, part] of parts.entries()) {
      const previous = replies[i - 1];
      const folded = normalizeForMatch(part);
      const kind = previous?.answered ? followUpKind(folded, () => namesSubject(part), part) : undefined;
      const context = { question: parts[i - 1] ?? '', reply: previous as Reply };
      // A question about the source of "it" is about the previous part's fact, whatever else its words match. A "why" or
      // a pronoun part ("and why does it need more money") is first asked about the earlier part's subject, and
      // resolved as a follow-up when that finds nothing; an ellipsis ("chi phí nhân công thì sao") names its own
      // measure and is asked about that subject only.
      const asPart = kind === 'source' ? undefined : answerPart(part, options, subject, kind === 'reference');
      replies.push(
        asPart === undefined || (kind !== undefined && PART_FOLLOW_UPS.has(kind) && !asPart.answered)
          ? followUp(kind ?? 'source', part, folded, context, options)
          : asPart,
      );
      // What a later part's "they" or "it" may be: the part's subjects, else the terms it names besides the topic ("big
      // tech", "FOMO").
      const core = coreOf(part);
      const named =
        core.subjects.length > 0 ? core.subjects : core.analysis.entities.filter((id) => id !== topicOf(index));
      const names = named.map((id) => kb.entitiesById.get(id)?.name.en ?? '').filter((n) => n !== '');
      if (names.length > 0) subject = names.join(' ');
    }
    return replies;
  };

  /**
   * A part of a several-question message, asked about `subject` (the one an earlier part named) when it names none or is
   * dated by the part before it.
   */
  const answerPart = (part: string, options: AskOptions, subject: string, pointsBack = false): Reply => {
    if (subject === '' || (namesSubject(part) && !AFTER_PREVIOUS.test(normalizeForMatch(part))))
      return answerOne(part, options);
    // "… and how much did it spend?": the part is about the subject named before it. A part that the article answers
    // more confidently on its own ("what does FOMO mean") is not about that subject, unless its "they" or "it" points
    // back at it ("… and how much revenue will they get from it").
    const withSubject = answerOne(`${part} ${subject}`, options);
    if (pointsBack && withSubject.answered) return withSubject;
    const alone = answerOne(part, options);
    return withSubject.answered && !(alone.answered && alone.confidence > withSubject.confidence) ? withSubject : alone;
  };

  const suggestQuestions = questionSuggester(kb, indexes.suggester, mostUseful, detectQuestionLanguage);

  return {
    ask,
    explain: evaluate,
    explainStages(question, options) {
      tracing = [];
      try {
        const reply = ask(question, options);
        return { reply, trace: tracing };
      } finally {
        tracing = undefined;
      }
    },
    answerFact(factId, lang) {
      const fact = kb.factsById.get(factId);
      return fact ? answeredReply(kb, fact, lang, 1, []) : undefined;
    },
    detectLanguage: detectQuestionLanguage,
    suggestQuestions,
    ...lookups,
  };
}
