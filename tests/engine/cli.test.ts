// The `ask` command line contract: text by default, --json one line, --batch one line per stdin line, exit 2 on bad flags.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Reply } from '../../src/engine/types.js';

const CLI = path.join(PROJECT_ROOT, 'src', 'cli', 'ask.ts');

function ask(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'info' },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ask CLI', () => {
  it('prints a readable answer with its source by default', () => {
    const { status, stdout } = ask(['how much money could OpenAI lose this year']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/¶\d+/);
    expect(stdout).toContain('“');
  });

  it('--json prints exactly one JSON line, the reply model', () => {
    const { status, stdout } = ask(['--json', 'OpenAI lỗ bao nhiêu tiền năm nay?']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const reply = JSON.parse(lines[0] ?? '') as Reply;
    expect(reply).toMatchObject({ answered: true, lang: 'vi' });
    expect(Object.keys(reply)).toEqual(
      expect.arrayContaining([
        'answered',
        'lang',
        'answer',
        'factId',
        'confidence',
        'sources',
        'suggestions',
        'related',
      ]),
    );
  });

  it('--json declines off-topic questions with exit 0', () => {
    const { status, stdout } = ask(['--json', 'what is the weather in Paris']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout) as Reply).toMatchObject({ answered: false, factId: null, lang: 'en' });
  });

  it('--lang forces the reply language', () => {
    const { stdout } = ask(['--json', '--lang', 'vi', 'how much could OpenAI lose this year']);
    expect((JSON.parse(stdout) as Reply).lang).toBe('vi');
  });

  it('--batch answers stdin line by line, in order, keeping blank lines as declined replies', () => {
    const input =
      ['when did ChatGPT launch', '', 'asdfgh qwerty', 'Tesla chi bao nhiêu cho AI quý này'].join('\n') + '\n';
    const { status, stdout } = ask(['--batch'], input);
    expect(status).toBe(0);
    const replies = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Reply);
    expect(replies).toHaveLength(4);
    expect(replies[0]?.answered).toBe(true);
    expect(replies[1]?.answered).toBe(false);
    expect(replies[2]?.answered).toBe(false);
    expect(replies[3]).toMatchObject({ answered: true, lang: 'vi' });
  });

  it('--batch --conversation answers each turn with its conversation as context; a blank line starts a new one', () => {
    const input =
      [
        'how much does google invest in ai each quarter',
        'and tesla?',
        '',
        '',
        'and tesla?',
        'how much could openai lose this year',
        'who reported that?',
      ].join('\n') + '\n';
    const { status, stdout } = ask(['--batch', '--conversation'], input);
    expect(status).toBe(0);
    const replies = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Reply);
    // One line per non-empty input line, in order; blank lines print nothing.
    expect(replies.map((r) => [r.answered, r.factId, r.kind])).toEqual([
      [true, 'google-12b-per-quarter', 'fact'],
      [true, 'tesla-600m-capex', 'fact'],
      // The new conversation has no earlier answer, so "and tesla?" is clarified, not guessed.
      [false, null, 'clarify'],
      [true, 'openai-loss-5b', 'fact'],
      [true, 'openai-loss-5b', 'fact'],
    ]);
  });

  it('plain --batch stays context-free: a follow-up line is asked alone', () => {
    const input = ['how much does google invest in ai each quarter', 'and tesla?'].join('\n') + '\n';
    const { stdout } = ask(['--batch'], input);
    const replies = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Reply);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatchObject({ answered: false, kind: 'clarify' });
  });

  it('--conversation without --batch is a usage error (exit 2)', () => {
    const { status, stdout, stderr } = ask(['--conversation', 'and tesla?'], '');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('use it with --batch');
  });

  it('--explain prints what each stage saw and decided, then the reply', () => {
    const { status, stdout } = ask(['--explain', "what is google's profit this quarter"], '');
    expect(status).toBe(0);
    for (const stage of ['understand', 'retrieve', 'decide', 'compose'])
      expect(stdout).toMatch(new RegExp(`^${stage} `, 'm'));
    expect(stdout).toContain('does not give: profit');
    expect(stdout).toContain("The article doesn't give Google's profit. What it says:");
  });

  it('exits 2 with a usage message on stderr for a bad flag, a bad language or no question', () => {
    for (const args of [
      ['--bogus', 'x'],
      ['--lang', 'fr', 'x'],
      [],
      ['--json'],
      ['--batch', 'a question'],
      ['--explain', '--batch'],
    ]) {
      const { status, stdout, stderr } = ask(args, '');
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage');
    }
  });
});
