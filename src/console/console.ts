// The local console: type the bot's commands in a terminal (or pipe them in) and read the same replies as text.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface, type AsyncCompleter } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import pino from 'pino';
import type { Config } from '../config.js';
import type {
  InteractionInput,
  InteractionResponder,
  OptionValue,
  SentMessage,
  Services,
} from '../interactions/contract.js';
import { askConversationKey } from '../interactions/conversations.js';
import { dispatchInteraction } from '../interactions/dispatch.js';
import type { CommandRegistry } from '../interactions/registry.js';
import { createLogger, type Logger } from '../logger.js';
import { freeTextOption, parseConsoleLine } from './parse.js';
import { consoleButtons, messageText, type ConsoleButton } from './text.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from '../render/message.js';

export interface ConsoleOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly services: Services;
  readonly registry: CommandRegistry;
  /** Prompt, banner and tab completion; default: whether the input is a terminal. */
  readonly interactive?: boolean;
  /** Relative --out paths are resolved from here (default: the process's working directory). */
  readonly cwd?: string;
  /** Where the logs go, named in the banner (interactive sessions keep them out of the terminal). */
  readonly logFile?: string;
  /** For NO_COLOR (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
}

type Style = 'bold' | 'dim';
const STYLES: Readonly<Record<Style, readonly [string, string]>> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
};

/** Colours only on a terminal and only when NO_COLOR is unset (https://no-color.org). */
export function consoleStyle(
  output: Writable,
  env: NodeJS.ProcessEnv,
): { readonly colour: boolean; readonly paint: (style: Style, text: string) => string } {
  const colour = Boolean((output as Writable & { isTTY?: boolean }).isTTY) && !env.NO_COLOR;
  return {
    colour,
    paint: (style, text) => (colour ? `${STYLES[style][0]}${text}${STYLES[style][1]}` : text),
  };
}

const CONSOLE_USER = 'console-user';
const CONSOLE_CHANNEL = 'console';
/** In the console you are the only member of your own server, with every permission, so /pin-summary works too. */
const ALL_PERMISSIONS = (1n << 53n) - 1n;

/**
 * The console's logger: an interactive session keeps log lines out of the terminal (they go to CONSOLE_LOG_FILE,
 * default a file in the temporary folder); piped, they go to stderr. Either way at warn unless LOG_LEVEL is set.
 */
export function consoleLogger(
  config: Config,
  interactive: boolean,
  env: NodeJS.ProcessEnv,
): { readonly logger: Logger; readonly logFile?: string } {
  const level = env.LOG_LEVEL ? config.logLevel : 'warn';
  if (!interactive) return { logger: createLogger(level) };
  const logFile = path.resolve(env.CONSOLE_LOG_FILE || path.join(tmpdir(), 'ask-the-article-console.log'));
  try {
    return { logger: createLogger(level, pino.destination({ dest: logFile, sync: true, mkdir: true })), logFile };
  } catch {
    return { logger: createLogger(level) };
  }
}

/** Local stand-ins for Discord's REST actions: nothing leaves the machine. */
export function createConsoleDiscordActions(write: (text: string) => void): Services['discord'] {
  return {
    async pinMessage(_channelId, messageId) {
      write(`📌 Pinned message ${messageId} (local console: nothing is sent to Discord).\n`);
    },
  };
}

/** One question of the session and the first line of what the bot said. */
interface ConsoleTurn {
  readonly question: string;
  readonly answer: string;
}

/**
 * What the console remembers between lines: the buttons of the last reply (for /press), how many messages it showed,
 * the text of the last one, and the session's questions (the conversation /history shows and /new clears).
 */
interface ConsoleState {
  lastButtons: ConsoleButton[];
  /** The message those buttons sit on (votes are recorded against it). */
  lastButtonsMessage?: string;
  messages: number;
  lastText?: string | undefined;
  history: ConsoleTurn[];
}

/** At most this many turns are kept for /history (the oldest go first). */
const HISTORY_MAX = 50;

/** Why a file could not be written, in words (the console never shows a stack trace). */
function writeFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'that is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function createConsoleResponder(
  print: (text: string) => void,
  out: string | undefined,
  cwd: string,
  state: ConsoleState,
): InteractionResponder {
  let deferred = false;
  let replied = false;
  const show = (message: OutgoingMessage): SentMessage => {
    state.messages += 1;
    const id = `console-message-${state.messages}`;
    const text = messageText(message);
    state.lastText = text;
    print(`${text}\n`);
    const buttons = consoleButtons(message);
    if (buttons.length > 0) {
      state.lastButtons = buttons;
      state.lastButtonsMessage = id;
    }
    (message.files ?? []).forEach((file, index) => {
      if (!out) {
        print(`[attachment ${file.name}, ${file.data.length} bytes: add --out <file> to save it]\n`);
        return;
      }
      const target = path.resolve(cwd, index === 0 ? out : out.replace(/(\.[^./\\]*)?$/, `-${index + 1}$1`));
      try {
        writeFileSync(target, file.data);
        print(`Wrote ${file.name} (${file.data.length} bytes) to ${target}\n`);
      } catch (error) {
        print(`Could not write ${file.name} to ${target}: ${writeFailure(error)}.\n`);
      }
    });
    return { id, channelId: CONSOLE_CHANNEL };
  };
  return {
    get deferred() {
      return deferred;
    },
    get replied() {
      return replied;
    },
    async reply(message) {
      replied = true;
      return show(message);
    },
    async defer() {
      deferred = true;
    },
    async editReply(message) {
      replied = true;
      return show(message);
    },
    async followUp(message) {
      return show(message);
    },
    async update(message) {
      replied = true;
      return show(message);
    },
    async autocomplete() {
      // The console completes with the command's own autocomplete handler (see the completer).
    },
  };
}

function consoleInput(
  id: number,
  fields: Pick<InteractionInput, 'kind' | 'commandName' | 'customId' | 'options' | 'message'>,
  lang?: Lang,
): InteractionInput {
  return {
    id: `console-${id}`,
    ...fields,
    locale: lang ?? 'en-US',
    userId: CONSOLE_USER,
    guildId: 'console',
    channelId: CONSOLE_CHANNEL,
    memberPermissions: ALL_PERMISSIONS,
    appPermissions: ALL_PERMISSIONS,
  };
}

/**
 * What tab completion offered, so that a completed line sends the choice's value, as Discord does when a
 * suggestion is picked (the name "Mark Zuckerberg (CEO of Meta)" is shown, the id "mark-zuckerberg" is sent).
 */
export class CompletedChoices {
  private readonly values = new Map<string, string>();

  remember(commandName: string, choices: readonly { readonly name: string; readonly value: string }[]): void {
    for (const choice of choices) this.values.set(`${commandName}\u0000${choice.name}`, choice.value);
  }

  /** The value of a completed choice, or the text itself when it was typed. */
  valueOf(commandName: string, text: string): string {
    return this.values.get(`${commandName}\u0000${text}`) ?? text;
  }
}

/** What Tab offers besides the commands: the console's own words. */
const CONSOLE_WORDS = ['/press', '/new', '/history', '/exit'];

/**
 * Tab completion: command names (with a trailing space), option names after `--`, and the command's own autocomplete
 * for its free-text option (/quote, /figure, /ask). Plain text is a question, completed like /ask.
 */
export function createCompleter(
  registry: CommandRegistry,
  services: Services,
  completed = new CompletedChoices(),
): AsyncCompleter {
  const names = [...registry.commands.map((c) => `/${c.data.name}`), ...CONSOLE_WORDS];
  return (line, callback) => {
    const slash = /^\/([^\s]*)(?:\s+(.*))?$/su.exec(line);
    if (!slash && line.trim() === '') return callback(null, [[], line]);
    const [name = 'ask', partial = line] = slash ? [slash[1], slash[2]] : [];
    if (slash && slash[2] === undefined)
      return callback(null, [names.filter((n) => n.startsWith(`/${name}`)).map((n) => `${n} `), line]);
    const command = registry.get(name);
    if (!command) return callback(null, [[], line]);
    // "--la" completes to "--language ": the option names of the command (and the console's --lang, --out).
    const optionWord = /(^|\s)--([\p{L}\p{N}_-]*)$/su.exec(partial);
    if (optionWord) {
      const before = line.slice(0, line.length - (optionWord[2]?.length ?? 0) - 2);
      const options = [...(command.data.options ?? []).map((o) => o.name), 'lang', 'out'];
      return callback(null, [
        options.filter((o) => o.startsWith(optionWord[2] ?? '')).map((o) => `${before}--${o} `),
        line,
      ]);
    }
    const option = freeTextOption(command);
    if (!command.autocomplete || !option) return callback(null, [[], line]);
    const input = {
      ...consoleInput(0, { kind: 'autocomplete', commandName: name, options: { [option.name]: partial } }),
      focused: { name: option.name, value: partial },
    };
    const prefix = slash ? `/${name} ` : '';
    // Through dispatch like every shell: one error path (a failing handler is logged and offers nothing), the
    // per-user budget, and the choices fitted to Discord's limits.
    let offered: readonly { readonly name: string; readonly value: string }[] = [];
    const respond = {
      ...createConsoleResponder(() => undefined, undefined, '.', { lastButtons: [], messages: 0, history: [] }),
      autocomplete: async (choices: readonly { readonly name: string; readonly value: string }[]) => {
        offered = choices;
      },
    };
    void dispatchInteraction(input, respond, services, registry).then(() => {
      completed.remember(name, offered);
      callback(null, [offered.map((c) => `${prefix}${c.name}`), line]);
    });
  };
}

/** Reads lines until EOF or /exit, running each through dispatchInteraction; resolves when the input ends. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { services, registry, output } = options;
  const interactive = options.interactive ?? Boolean((options.input as Readable & { isTTY?: boolean }).isTTY);
  const cwd = options.cwd ?? process.cwd();
  const print = (text: string) => output.write(text);
  const completed = new CompletedChoices();
  const rl = createInterface({
    input: options.input,
    output: interactive ? output : undefined,
    terminal: interactive,
    ...(interactive ? { completer: createCompleter(registry, services, completed), prompt: 'ask> ' } : {}),
  });
  const state: ConsoleState = { lastButtons: [], messages: 0, history: [] };
  let counter = 0;
  if (interactive) {
    // Ctrl-C on a half-typed line clears it, as in a shell; on an empty line it asks once, and a second one quits.
    let armed = false;
    rl.on('SIGINT', () => {
      const typed = (rl as unknown as { line: string }).line;
      if (typed.length > 0) {
        armed = false;
        rl.write(null, { ctrl: true, name: 'e' });
        rl.write(null, { ctrl: true, name: 'u' });
        print('\n');
        rl.prompt();
      } else if (armed) rl.close();
      else {
        armed = true;
        print('\n(Ctrl-C again or /exit to quit)\n');
        rl.prompt();
      }
    });
    rl.on('line', () => {
      armed = false;
    });
    const { paint } = consoleStyle(options.output, options.env ?? process.env);
    print(
      `${paint('bold', services.kb.meta.title.en)}\n${paint('dim', 'Type a question, or /help for the commands (Tab completes, Ctrl-C clears the line, /exit quits).')}\n`,
    );
    if (options.logFile) print(`${paint('dim', `Logs: ${options.logFile}`)}\n`);
    rl.prompt();
  }
  for await (const line of rl) {
    const parsed = parseConsoleLine(line, registry);
    counter += 1;
    let input: InteractionInput | undefined;
    let out: string | undefined;
    let asked: string | undefined;
    switch (parsed.kind) {
      case 'empty':
        break;
      case 'exit':
        rl.close();
        return;
      case 'error':
        print(`${parsed.message}\n`);
        break;
      case 'new':
        state.history = [];
        services.conversations?.forget(askConversationKey(consoleInput(counter, { kind: 'command', options: {} })));
        state.lastButtons = [];
        print('New conversation: earlier questions are forgotten.\n');
        break;
      case 'history':
        print(
          state.history.length === 0
            ? 'No questions yet in this conversation.\n'
            : `${state.history.map((turn, i) => `${i + 1}. ${turn.question}\n   → ${turn.answer}`).join('\n')}\n`,
        );
        break;
      case 'press': {
        const button = state.lastButtons.find((b) => b.number === parsed.index);
        if (!button)
          print(
            state.lastButtons.length
              ? `There is no button ${parsed.index} (1-${state.lastButtons.length}).\n`
              : 'The last reply has no buttons.\n',
          );
        else if (button.disabled) print(`Button ${button.number} (${button.label}) is disabled.\n`);
        else
          input = consoleInput(counter, {
            kind: 'button',
            customId: button.customId,
            options: {},
            ...(state.lastButtonsMessage ? { message: { id: state.lastButtonsMessage, interactionId: null } } : {}),
          });
        break;
      }
      case 'command': {
        out = parsed.out;
        const command = registry.get(parsed.commandName);
        const free = command && freeTextOption(command);
        const options: Record<string, OptionValue> = { ...parsed.options };
        const typed = free && options[free.name];
        if (free && typeof typed === 'string') options[free.name] = completed.valueOf(parsed.commandName, typed);
        // /history shows the question as typed (a completed one is sent as its fact id, as in Discord).
        if (parsed.commandName === 'ask' && typeof typed === 'string') asked = typed;
        input = consoleInput(counter, { kind: 'command', commandName: parsed.commandName, options }, parsed.lang);
        break;
      }
    }
    if (input) {
      state.lastText = undefined;
      await dispatchInteraction(input, createConsoleResponder(print, out, cwd, state), services, registry);
      const question = asked;
      // dispatchInteraction sets it through the responder, which TypeScript cannot see from here.
      const shown = state.lastText as string | undefined;
      if (question !== undefined && shown !== undefined) {
        const answer = shown.split('\n').find((line) => line.trim() !== '' && !line.startsWith('== ')) ?? '';
        state.history = [...state.history, { question, answer }].slice(-HISTORY_MAX);
      }
    }
    if (interactive) rl.prompt();
  }
}
