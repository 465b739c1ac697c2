// The decide stage on its own: its checks in order, each visible, and a new check added to the list is honoured.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { confidenceOf } from '../../src/engine/confidence.js';
import { DECIDE_STEPS, decide, type DecideInput, type DecideStep } from '../../src/engine/decide.js';
import { buildFactIndex, type FactIndex } from '../../src/engine/fact-index.js';
import { analyzeQuery } from '../../src/engine/query.js';
import { rankFacts } from '../../src/engine/ranking.js';
import { messageIntent } from '../../src/engine/understand/intents.js';
import {
  isYesNoQuestion,
  misreadWords,
  verdictOf,
  withoutYesNoTag,
  wordsOf,
} from '../../src/engine/understand/yes-no.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Fact, KnowledgeBase } from '../../src/knowledge/schema.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

let kb: KnowledgeBase;
let index: FactIndex;

beforeAll(() => {
  kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
  index = buildFactIndex(kb);
});

function inputFor(question: string, notes: string[] = []): DecideInput {
  // As the engine does: a statement with a yes/no tag ("…, right?") is asked without it.
  const statement = withoutYesNoTag(question);
  const query = analyzeQuery(statement ?? question, index);
  const ranked = rankFacts(query, index, kb.entitiesById);
  const folded = normalizeForMatch(query.cleaned);
  const fold = (fact: Fact) => normalizeForMatch(`${fact.answer.en} ${fact.answer.vi}`);
  return {
    query,
    ranked,
    confidence: confidenceOf(query, ranked[0], ranked[1]),
    folded,
    intent: messageIntent(folded, query.smallTalk),
    yesNo: statement !== undefined || isYesNoQuestion(folded),
    lang: 'en',
    factText: fold,
    figureText: (fact) => normalizeForMatch(fact.figures.map((f) => `${f.label.en} ${f.label.vi}`).join(' ')),
    misread: (fact) =>
      misreadWords(
        fact.translationNote?.en ?? '',
        new Set(kb.facts.flatMap((f) => wordsOf(`${f.answer.en} ${f.answer.vi}`, true))),
      ),
    isName: (word) => index.nameWords.has(word),
    entityType: (id) => kb.entitiesById.get(id)?.type,
    confidenceOf: (fact, runnerUp) => confidenceOf(query, fact, runnerUp),
    note: (text) => notes.push(text()),
  };
}

describe('the decide stage', () => {
  it('answers with the best fact when it is confident enough', () => {
    const decision = decide(inputFor('how much could openai lose this year'));
    expect(decision.chosen?.fact.id).toBe('openai-loss-5b');
    expect(decision.verdict).toBeUndefined();
  });

  it('reads casually worded summary and help requests as such', () => {
    const intentOf = (text: string) => messageIntent(normalizeForMatch(text), false);
    for (const text of [
      'can u sum it up',
      'yo whats the article really about',
      'key takeaways from the article?',
      'nói ngắn gọn lại bài viết đi',
      'bài viết muốn nói gì',
    ]) {
      expect(intentOf(text), text).toBe('summary');
    }
    for (const text of ['what sort of questions can i ask', 'bạn làm được những gì', 'bot này dùng thế nào']) {
      expect(intentOf(text), text).toBe('help');
    }
    expect(intentOf('what can i ask about nvidia')).toBeUndefined();
  });

  it('reads days counted up to the article as its story, not its source; its date stays the source', () => {
    const intentOf = (text: string) => messageIntent(normalizeForMatch(text), false);
    expect(intentOf('how many days after chatgpt was the piece published')).toBeUndefined();
    expect(intentOf('how long after chatgpt was this published')).toBeUndefined();
    expect(intentOf('when was this published')).toBe('source');
  });

  it('reads what the author concludes as a question about the article, and who the author is as one about its source', () => {
    expect(messageIntent(normalizeForMatch('What does the author conclude?'), false)).toBeUndefined();
    expect(messageIntent(normalizeForMatch('tác giả rút ra nhận định gì'), false)).toBeUndefined();
    expect(messageIntent(normalizeForMatch('who is the author'), false)).toBe('source');
    expect(messageIntent(normalizeForMatch('tác giả bài viết là ai'), false)).toBe('source');
    expect(messageIntent(normalizeForMatch('according to the author, what drives the giants'), false)).toBeUndefined();
    expect(messageIntent(normalizeForMatch('theo tác giả thì ai sẽ thắng cuộc đua'), false)).toBeUndefined();
    expect(decide(inputFor('What does the author conclude?')).chosen?.fact.id).toBe('tech-power-struggle');
  });

  it('reads whom the author compares or mentions as a question about the article', () => {
    expect(messageIntent(normalizeForMatch('does the writer liken tesla to the gold miners'), false)).toBeUndefined();
    expect(messageIntent(normalizeForMatch('tác giả có lôi google ra so sánh với meta ko'), false)).toBeUndefined();
    expect(messageIntent(normalizeForMatch('tac gia co nhac den norvig khong'), false)).toBeUndefined();
    expect(messageIntent(normalizeForMatch('tác giả là ai'), false)).toBe('source');
  });

  it('reads a question about the source among greetings as that question, not as small talk', () => {
    expect(messageIntent(normalizeForMatch('hey all, who wrote this'), true)).toBe('source');
    expect(messageIntent(normalizeForMatch('chào mọi người, tác giả là ai vậy'), true)).toBe('source');
    expect(messageIntent(normalizeForMatch('hey all, thanks'), true)).toBe('smalltalk');
  });

  it('answers what a person said with the opinion quoting them, not a figure about their company', () => {
    expect(decide(inputFor('what did musk say about spending on nvidia gpus')).chosen?.fact.id).toBe('musk-no-choice');
    expect(decide(inputFor('what did the tesla boss say about spending on nvidia chips')).chosen?.fact.id).toBe(
      'musk-no-choice',
    );
  });

  it('declines a fact that does not give the attribute asked, and says why', () => {
    const notes: string[] = [];
    const input = inputFor("what is google's profit this quarter", notes);
    const decision = decide(input);
    expect(decision.chosen).toBeUndefined();
    expect(decision.missing.map((m) => m.id)).toContain('profit');
    expect(notes.some((n) => n.includes('does not give'))).toBe(true);
  });

  it('answers with a runner-up close behind that gives the attribute the best fact does not, if confident enough', () => {
    const notes: string[] = [];
    const base = inputFor('how much revenue will big tech get from ai by 2026', notes);
    const spend = base.ranked.find((s) => s.fact.id === 'bigtech-ai-spend-60b');
    const revenue = base.ranked.find((s) => s.fact.id === 'bigtech-ai-revenue-20b');
    if (!spend || !revenue) throw new Error('both facts are ranked');
    // The spending fact a hair ahead: it gives no revenue, the revenue fact beside it does.
    const tied = (gap: number, confidence: number): DecideInput => ({
      ...base,
      ranked: [spend, { ...revenue, score: spend.score - gap }],
      confidence: 0.9,
      confidenceOf: () => confidence,
    });
    const rescued = decide(tied(0.01, 0.8));
    expect(rescued.chosen?.fact.id).toBe('bigtech-ai-revenue-20b');
    expect(rescued.confidence).toBe(0.8);
    expect(notes.some((n) => n.includes('close behind'))).toBe(true);
    // Not when the runner-up is far behind, or not confident enough on its own: the question is declined.
    expect(decide(tied(0.2, 0.8)).chosen).toBeUndefined();
    const unsure = decide(tied(0.01, 0.3));
    expect(unsure.chosen).toBeUndefined();
    expect(unsure.missing.map((m) => m.id)).toContain('revenue');
  });

  it('answers a yes/no question about a profit with the fact that states the loss: "no"', () => {
    const decision = decide(inputFor('does openai turn a profit?'));
    expect(decision.byOpposite).toBe(true);
    expect(decision.verdict).toBe('no');
    expect(decision.chosen?.fact.entities).toContain('openai');
  });

  it("does not answer a profit question about another year with this year's loss", () => {
    for (const question of ['openai co lai nam 2023 ko', 'did openai make a profit in 2023?']) {
      const decision = decide(inputFor(question));
      expect(decision.byOpposite, question).toBe(false);
      expect(decision.chosen, question).toBeUndefined();
    }
  });

  it('answers a yes/no question dating a one-time event in another year with the fact that dates it: "no"', () => {
    const notes: string[] = [];
    const decision = decide(inputFor('chatgpt ra đời tháng 11 năm 2023 hả', notes));
    expect(decision.chosen?.fact.id).toBe('chatgpt-launch-date');
    expect(decision.verdict).toBe('no');
    expect(notes.some((n) => n.includes('another year'))).toBe(true);
    // The same year as the fact's is answered as before; a yearly figure of another year is not an event.
    expect(decide(inputFor('did chatgpt launch in november 2022?')).verdict).toBe('yes');
    expect(decide(inputFor('did openai lose 5 billion in 2023?')).chosen).toBeUndefined();
    // In English, with no month: the year alone says no; a question about another subject is no answer.
    const other = decide(inputFor('did chatgpt launch in 2023?'));
    expect(other.chosen?.fact.id).toBe('chatgpt-launch-date');
    expect(other.verdict).toBe('no');
    expect(decide(inputFor('was chatgpt released in 2022?')).verdict).toBe('yes');
    expect(decide(inputFor('did apple launch a chatbot in 2023?')).chosen).toBeUndefined();
  });

  it('answers "no" when a yes/no question puts one organisation where the fact puts another', () => {
    const notes: string[] = [];
    const decision = decide(inputFor("did inflection ai's founder join google?", notes));
    expect(decision.chosen?.fact.id).toBe('inflection-ai-microsoft');
    expect(decision.verdict).toBe('no');
    expect(notes.some((n) => n.includes('names microsoft'))).toBe(true);
    // The organisation the fact names says yes; a fact that names no other organisation says nothing.
    expect(decide(inputFor("did inflection ai's founder join microsoft?")).verdict).toBe('yes');
    expect(decide(inputFor('did google invest 12 billion in openai?')).chosen).toBeUndefined();
    // Not a yes/no question: the organisation the fact lacks is another subject, declined as before.
    expect(decide(inputFor("which google team did inflection ai's founder join?")).chosen).toBeUndefined();
  });

  it('answers "no" to a yes/no question asked in the wording a translation note calls a mistranslation', () => {
    const mapping = decide(inputFor('wait is stability ai like an ai mapping company?'));
    expect(mapping.chosen?.fact.id).toBe('stability-ai-layoffs');
    expect(mapping.verdict).toBe('no');
    expect(decide(inputFor('is stability ai a leader in ai image generation?')).verdict).toBe('yes');
    // A wording a note merely explains (a figure of speech) is no mistranslation: nothing is read from it.
    expect(misreadWords('"Quái thú ăn vàng" ("gold-eating beast") is a figure of speech.', new Set())).toEqual(
      new Set(),
    );
  });

  it('answers "no" when the question negates what the fact confidently states', () => {
    const negated = decide(inputFor("did pichai say google definitely didn't overspend on ai?"));
    expect(negated.chosen?.fact.id).toBe('pichai-overspending');
    expect(negated.verdict).toBe('no');
    // An opening "didn't" asks the same as "did".
    expect(decide(inputFor("didn't pichai admit google overspent on ai?")).verdict).toBe('yes');
    // Both negate: the question asks what the fact says.
    const both = 'did covello say generative ai has not produced a truly transformative app?';
    expect(decide(inputFor(both)).verdict).toBe('yes');
    expect(decide(inputFor('has generative ai produced a truly transformative app?')).verdict).toBe('no');
  });

  it('answers a comparison against a number with the fact that gives what is asked and states that number', () => {
    // The $60 billion is the spending compared against; revenue is asked, and the revenue fact states both.
    const exceed = decide(inputFor('Phố Wall có dự đoán doanh thu AI của big tech sẽ vượt chi phí 60 tỷ đô không?'));
    expect(exceed.chosen?.fact.id).toBe('bigtech-ai-revenue-20b');
    expect(exceed.verdict).toBe('no');
  });

  it('reads a negation in a premise ("vì không thấy lời") as no part of what is asked', () => {
    const question = 'neu khach hang thoi chi vi khong thay loi thi chip nvidia con ban chay khong';
    const fact = 'neu khach hang cat giam dau tu vi khong thay loi nhuan thi gpu cua nvidia co con ban duoc';
    const asked = ['khach', 'hang', 'thoi', 'chi', 'thay', 'loi', 'chip', 'ban', 'chay'];
    expect(verdictOf(question, asked, wordsOf(fact), 'vi')).toBe('no');
  });

  it('reads "exceed" as asking "more": "only" in the fact says no', () => {
    const question = 'will big tech ai revenue exceed the 60 billion spent';
    const fact = 'Wall Street analysts expect big tech to earn only about $20 billion a year of revenue from AI';
    expect(verdictOf(question, ['revenue', 'exceed', 'spent'], wordsOf(fact), 'en')).toBe('no');
  });

  it('compares two figures of one series for a yes/no "more … than", answered by the fact stating both', () => {
    const staff = decide(inputFor('so openai spends more on staff than on training right?'));
    expect(staff.chosen?.fact.id).toBe('openai-operating-costs');
    expect(staff.verdict).toBe('no');
    expect(decide(inputFor('does openai spend more on training than on staff?')).verdict).toBe('yes');
    expect(decide(inputFor('does openai spend less on staff than on inference?')).verdict).toBe('yes');
  });

  it('runs the checks it is given, in order: a new check added to the list decides too', () => {
    const input = inputFor('how much could openai lose this year');
    const refuseLosses: DecideStep = (_input, decision) =>
      decision.chosen?.fact.id === 'openai-loss-5b' ? { ...decision, chosen: undefined } : decision;
    expect(decide(input, [...DECIDE_STEPS, refuseLosses]).chosen).toBeUndefined();
    expect(decide(input, []).chosen).toBeUndefined();
    expect(decide(input).chosen?.fact.id).toBe('openai-loss-5b');
  });
});
