// The insight report: unanswered questions grouped (near-duplicates, the same question in EN and VI), and `npm run insights`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInsightReport, groupUnanswered, reportCsv, reportText } from '../../src/insights/report.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { emptyReport } from '../../src/store/types.js';
import { LogCapture } from '../e2e/harness.js';
import { question } from './contract.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('groupUnanswered', () => {
  it('merges questions that differ only in case, diacritics and punctuation, and the same question in EN and VI', () => {
    const groups = groupUnanswered([
      { question: 'Who is Sam Altman?', lang: 'en', nearestFactId: 'openai-ceo', count: 2 },
      { question: 'who is sam altman', lang: 'en', nearestFactId: 'openai-ceo', count: 1 },
      { question: 'Sam Altman là ai?', lang: 'vi', nearestFactId: 'openai-ceo', count: 2 },
      { question: 'Sam Altman la ai', lang: 'vi', nearestFactId: 'openai-ceo', count: 1 },
      { question: 'What is the weather?', lang: 'en', nearestFactId: 'other-fact', count: 1 },
    ]);
    expect(groups).toEqual([
      {
        count: 6,
        nearestFactId: 'openai-ceo',
        languages: ['en', 'vi'],
        examples: ['Who is Sam Altman?', 'Sam Altman là ai?', 'who is sam altman', 'Sam Altman la ai'],
      },
      { count: 1, nearestFactId: 'other-fact', languages: ['en'], examples: ['What is the weather?'] },
    ]);
  });

  it('keeps two different English questions apart even with the same nearest fact', () => {
    const groups = groupUnanswered([
      { question: 'who is sam altman', lang: 'en', nearestFactId: 'f', count: 1 },
      { question: 'what is the weather', lang: 'en', nearestFactId: 'f', count: 1 },
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe('npm run insights', () => {
  it('prints the report of a recorded store as text, JSON and CSV', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'insights-cli-'));
    dirs.push(dir);
    const store = openSqliteStore({
      dataDir: dir,
      secret: 'insights-cli-secret-0123456789ab',
      logger: new LogCapture().logger,
    });
    const now = Date.now();
    await store.recordQuestion(question({ at: now, interactionId: 'a', messageId: 'ma' }));
    await store.recordQuestion(
      question({
        at: now,
        interactionId: 'b',
        outcome: 'declined',
        factIds: [],
        question: 'Who is Sam Altman?',
        nearestFactId: 'openai-ceo',
      }),
    );
    await store.recordQuestion(
      question({
        at: now,
        interactionId: 'c',
        outcome: 'declined',
        factIds: [],
        lang: 'vi',
        question: 'Sam Altman là ai?',
        nearestFactId: 'openai-ceo',
      }),
    );
    await store.recordVote({
      at: now,
      messageId: 'ma',
      interactionId: null,
      factId: 'openai-losses',
      userId: 'u',
      vote: 'down',
    });
    await store.close();
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/insights.ts', ...args], {
        env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
    const json = JSON.parse(run('--format', 'json', '--days', '7')) as ReturnType<typeof buildInsightReport>;
    expect(json.total).toBe(3);
    expect(json.byOutcome).toEqual({ answered: 1, declined: 2, clarified: 0 });
    expect(json.unanswered).toEqual([
      {
        count: 2,
        nearestFactId: 'openai-ceo',
        languages: ['en', 'vi'],
        examples: ['Who is Sam Altman?', 'Sam Altman là ai?'],
      },
    ]);
    expect(json.disliked).toEqual([{ factId: 'openai-losses', up: 0, down: 1, example: 'how much did openai lose' }]);
    const text = run();
    expect(text).toContain('Questions: 3 — answered 1 (33%), declined 2 (67%)');
    expect(text).toContain('"Sam Altman là ai?"');
    expect(run('--format', 'csv')).toBe(
      'count,languages,nearest_fact,examples\n2,en/vi,openai-ceo,Who is Sam Altman? | Sam Altman là ai?\n',
    );
    expect(() => run('--days', 'zero')).toThrow();
  }, 30_000);
});

describe('report formats', () => {
  it('says so when nothing was recorded', () => {
    const report = buildInsightReport(emptyReport(), 7, 'console');
    expect(reportText(report)).toContain('Questions: 0 — answered 0 (0%)');
    expect(reportCsv(report)).toBe('count,languages,nearest_fact,examples\n');
  });
});
