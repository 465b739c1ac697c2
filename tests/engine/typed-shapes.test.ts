// The same question typed in other shapes gets the same reply: found by asking the dev questions again transformed
// (apostrophes left out, a politeness particle, …); each asserted here in other wording than the dev sets'.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const factOf = (q: string) => engine.ask(q).factId;

describe('apostrophes left out', () => {
  it("reads a name's possessive without its apostrophe as the possessive", () => {
    expect(factOf("how much did musk's car company sink into ai")).toBe('tesla-600m-capex');
    expect(factOf('how much did musks car company sink into ai')).toBe('tesla-600m-capex');
    expect(factOf('what did metas boss admit about overbuilding')).toBe('zuckerberg-overinvestment');
  });
});

describe('chat spellings of question words', () => {
  it('reads "wat"/"wht" … ? as a wh-question, not a claim to answer yes or no', () => {
    for (const q of ['wat did zuckerberg admit about ai spending?', 'wht does the title mean by 600 days?']) {
      const reply = engine.ask(q);
      expect(reply.answered).toBe(true);
      expect(reply.answer).not.toMatch(/^(?:Yes|No): /);
    }
  });
});

describe('a greeting or an address before a request', () => {
  it('leaves the request what it is: help, a summary', () => {
    expect(engine.ask('hey there, what can you do?').kind).toBe('help');
    expect(engine.ask('yo bot, what can you do').kind).toBe('help');
    expect(engine.ask('hey guys, what can you do').kind).toBe('help');
    expect(engine.ask('bot, the gist?').kind).toBe('summary');
    // A greeting alone is still small talk.
    expect(engine.ask('hey bot').kind).toBe('smalltalk');
  });
});

describe('a message typed all in capitals', () => {
  it('is answered in the language it is written in, as the same message in lower case', () => {
    expect(engine.ask('bong bong dot com').lang).toBe('vi');
    expect(engine.ask('BONG BONG DOT COM').lang).toBe('vi');
    expect(engine.ask('SAN LUONG TOAN CAU').lang).toBe('vi');
    expect(engine.ask('HOW MUCH DOES GOOGLE SPEND ON AI EACH QUARTER').lang).toBe('en');
  });
});

describe('a laugh or a "pls" closing the message', () => {
  it('is how it is said, not what is asked: a comparison keeps both sides', () => {
    const plain = engine.ask("openai's loss vs its training cost");
    const laughing = engine.ask("openai's loss vs its training cost lol");
    expect(plain.kind).toBe('comparison');
    expect(laughing.kind).toBe('comparison');
    expect(laughing.answer).toBe(plain.answer);
    expect(engine.ask("openai's loss vs its training cost pls").answer).toBe(plain.answer);
  });
});
