// `npm run --silent ask -- "question"`: asks the answer engine from the terminal (text, --json, --batch over stdin, or
// --batch --conversation: stdin as conversations separated by blank lines).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getConfig } from '../config.js';
import { buildEngine, readEngineCache } from '../engine-cache.js';
import { CONVERSATION_TURNS, type ExplainingAnswerEngine } from '../engine/index.js';
import type { AnswerEngine, ConversationTurn, Reply } from '../engine/types.js';
import { KnowledgeError } from '../knowledge/problems.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { UI } from '../render/strings.js';
import { LANGS, type Lang } from '../text/lang.js';

const USAGE = `Usage:
  npm run --silent ask -- [--json] [--lang en|vi] "your question"
  npm run --silent ask -- --batch [--lang en|vi] < questions.txt
  npm run --silent ask -- --batch --conversation [--lang en|vi] < conversations.txt
  npm run --silent ask -- --explain [--lang en|vi] "your question"

Options:
  --json          print the reply as one JSON object on one line
  --batch         read questions from standard input, one per line; print one JSON line per question, same order
  --conversation  with --batch: a blank line starts a new conversation; each other line is one turn, answered with
                  the earlier turns of its conversation as context (blank lines print nothing)
  --explain       print what each stage (understand, retrieve, decide, compose) saw and decided, then the reply
  --lang en|vi    force the reply language (default: the question's language)
  --record        record the questions in the insight store (DATA_DIR), as the bot does; off by default
  -h, --help      show this help`;

const EXIT_USAGE = 2;
const EXIT_KNOWLEDGE = 1;

const ArgsSchema = z
  .object({
    json: z.boolean().default(false),
    batch: z.boolean().default(false),
    conversation: z.boolean().default(false),
    explain: z.boolean().default(false),
    record: z.boolean().default(false),
    help: z.boolean().default(false),
    lang: z.enum(LANGS, { message: '--lang must be "en" or "vi"' }).optional(),
    question: z.string(),
  })
  .refine((args) => args.help || args.batch || args.question.trim() !== '', { message: 'no question given' })
  .refine((args) => !(args.explain && args.batch), {
    message: '--explain explains one question; do not combine it with --batch',
  })
  .refine((args) => !args.conversation || args.batch, {
    message: '--conversation reads conversations from standard input; use it with --batch',
  })
  .refine((args) => !(args.batch && args.question.trim() !== ''), {
    message: '--batch reads the questions from standard input; do not also pass one',
  });

type Args = z.infer<typeof ArgsSchema>;

class UsageError extends Error {}

function parseCommandLine(argv: readonly string[]): Args {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        batch: { type: 'boolean' },
        conversation: { type: 'boolean' },
        explain: { type: 'boolean' },
        record: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const result = ArgsSchema.safeParse({ ...parsed.values, question: parsed.positionals.join(' ') });
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join('; '));
  return result.data;
}

/** The reply as readable text: answer, source paragraph and verbatim quote, translation note, suggestions. */
function formatReply(reply: Reply, kb: KnowledgeBase): string {
  const labels = UI[reply.lang].cli;
  const lines = [reply.answer];
  for (const source of reply.sources) {
    const section = kb.sectionsById.get(source.section)?.title[reply.lang] ?? source.section;
    lines.push(
      '',
      `${labels.source}: ¶${source.paragraph} · ${section} · ${kb.meta.title[reply.lang]} (${kb.meta.date})`,
      `  “${source.quote}”`,
    );
    if (reply.lang === 'en' && source.quoteEn) lines.push(`  ${labels.english}: ${source.quoteEn}`);
  }
  if (reply.translationNote) lines.push('', `${labels.note}: ${reply.translationNote}`);
  if (!reply.answered && reply.suggestions.length > 0) {
    lines.push('', reply.suggestionsAre === 'examples' ? UI[reply.lang].examplesLabel : UI[reply.lang].didYouMean);
    for (const suggestion of reply.suggestions) lines.push(`  - ${suggestion.question}`);
  }
  if (reply.answered) lines.push('', `(${labels.confidence} ${reply.confidence.toFixed(2)})`);
  return lines.join('\n');
}

/** What --record keeps: nothing by default; with the flag, every question, as guild "cli". */
type Recorder = (question: string, reply: Reply) => void;

/** The lines of standard input; a final newline ends the last line, it does not start an empty one. */
function stdinLines(): string[] {
  const lines = readFileSync(0, 'utf8').split(/\r?\n/);
  if (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Writes one JSON line per reply, in order, a few hundred lines per write. */
function writeReplies(replies: Iterable<Reply>): void {
  const out: string[] = [];
  for (const reply of replies) {
    out.push(JSON.stringify(reply));
    if (out.length >= 256) {
      process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

/** Plain --batch: every line on its own, without context (a blank line is a declined empty question). */
function* batchReplies(
  engine: AnswerEngine,
  lines: readonly string[],
  lang: Lang | undefined,
  record: Recorder,
): Generator<Reply> {
  for (const line of lines) {
    const reply = engine.ask(line, lang ? { lang } : {});
    record(line, reply);
    yield reply;
  }
}

/** --batch --conversation: a blank line starts a new conversation; each turn has the earlier turns as context. */
function* conversationReplies(
  engine: AnswerEngine,
  lines: readonly string[],
  lang: Lang | undefined,
  record: Recorder,
): Generator<Reply> {
  let conversation: ConversationTurn[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      conversation = [];
      continue;
    }
    const reply = engine.ask(line, { conversation, ...(lang ? { lang } : {}) });
    record(line, reply);
    yield reply;
    conversation = [...conversation, { question: line, reply }].slice(-CONVERSATION_TURNS);
  }
}

/** With --record: opens the store and records each question (guild "cli"); the store is closed when done. */
async function openRecorder(enabled: boolean, hash: string): Promise<{ record: Recorder; close: () => Promise<void> }> {
  if (!enabled) return { record: () => undefined, close: async () => undefined };
  // Loaded only with --record: the store's drivers cost a plain `ask` start-up time for nothing.
  const [{ questionRecord }, { getLogger }, { openStore }] = await Promise.all([
    import('../interactions/recording.js'),
    import('../logger.js'),
    import('../store/index.js'),
  ]);
  const config = getConfig();
  const logger = getLogger();
  const opened = await openStore(config.store, logger);
  const knowledge = { hash, loadedAt: Date.now() };
  const pending: Promise<void>[] = [];
  return {
    record: (question, reply) => {
      const where = { guildId: 'cli', channelId: null, interactionId: null, messageId: null, knowledge };
      pending.push(opened.store.recordQuestion(questionRecord(question, reply, where, Date.now())));
    },
    close: async () => {
      await Promise.all(pending);
      await opened.close();
    },
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`ask: ${error.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let kb: KnowledgeBase;
  let engine: ExplainingAnswerEngine;
  let hash: string;
  try {
    const config = getConfig();
    const lookup = readEngineCache(config.knowledgeDir, { cacheDir: config.engineCacheDir });
    // The loader (and the knowledge schemas) only when the cache could not be used.
    ({ kb, engine, hash } = lookup.loaded ?? buildEngine(lookup, (await import('../knowledge/load.js')).loadKnowledge));
  } catch (error) {
    const message =
      error instanceof KnowledgeError ? error.message : `could not load the knowledge: ${(error as Error).message}`;
    process.stderr.write(`ask: ${message}\n`);
    return EXIT_KNOWLEDGE;
  }
  const recorder = await openRecorder(args.record, hash);
  try {
    answer(args, engine, kb, recorder.record);
  } finally {
    await recorder.close();
  }
  return 0;
}

function answer(args: Args, engine: ExplainingAnswerEngine, kb: KnowledgeBase, record: Recorder): void {
  if (args.batch) {
    const lines = stdinLines();
    writeReplies(
      args.conversation
        ? conversationReplies(engine, lines, args.lang, record)
        : batchReplies(engine, lines, args.lang, record),
    );
    return;
  }
  if (args.explain) {
    const { reply, trace } = engine.explainStages(args.question, args.lang ? { lang: args.lang } : {});
    record(args.question, reply);
    const lines = trace.map(
      (t) => `${t.stage.padEnd(10)} ${t.question === args.question ? '' : `[${t.question}] `}${t.note}`,
    );
    process.stdout.write(`${lines.join('\n')}\n\n${args.json ? JSON.stringify(reply) : formatReply(reply, kb)}\n`);
    return;
  }
  const reply = engine.ask(args.question, args.lang ? { lang: args.lang } : {});
  record(args.question, reply);
  process.stdout.write(`${args.json ? JSON.stringify(reply) : formatReply(reply, kb)}\n`);
}

// Not a top-level await: the build bundles this file as CommonJS (scripts/bundle-cli.ts).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
