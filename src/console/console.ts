// The local console: type the bot's commands in a terminal (or pipe them in) and read the same replies as text.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface, type AsyncCompleter } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type {
  InteractionInput,
  InteractionResponder,
  OptionValue,
  OutgoingMessage,
  SentMessage,
  Services,
} from '../interactions/contract.js';
import { dispatchInteraction } from '../interactions/dispatch.js';
import type { CommandRegistry } from '../interactions/registry.js';
import { freeTextOption, parseConsoleLine } from './parse.js';
import { consoleButtons, messageText, type ConsoleButton } from './text.js';

export interface ConsoleOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly services: Services;
  readonly registry: CommandRegistry;
  /** Prompt, banner and tab completion; default: whether the input is a terminal. */
  readonly interactive?: boolean;
  /** Relative --out paths are resolved from here (default: the process's working directory). */
  readonly cwd?: string;
}

const CONSOLE_USER = 'console-user';
const CONSOLE_CHANNEL = 'console';
/** In the console you are the only member of your own server, with every permission, so /pin-summary works too. */
const ALL_PERMISSIONS = (1n << 53n) - 1n;

/** Local stand-ins for Discord's REST actions: nothing leaves the machine. */
export function createConsoleDiscordActions(write: (text: string) => void): Services['discord'] {
  return {
    async pinMessage(_channelId, messageId) {
      write(`📌 Pinned message ${messageId} (local console: nothing is sent to Discord).\n`);
    },
  };
}

/** What the console remembers between lines: the buttons of the last reply (for /press) and how many messages it showed. */
interface ConsoleState {
  lastButtons: ConsoleButton[];
  /** The message those buttons sit on (votes are recorded against it). */
  lastButtonsMessage?: string;
  messages: number;
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
    print(`${messageText(message)}\n`);
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
      writeFileSync(target, file.data);
      print(`Wrote ${file.name} (${file.data.length} bytes) to ${target}\n`);
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
  lang?: 'en' | 'vi',
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

/** Tab completion: command names, then the command's own autocomplete for its free-text option (/quote, /figure, /ask). */
export function createCompleter(
  registry: CommandRegistry,
  services: Services,
  completed = new CompletedChoices(),
): AsyncCompleter {
  const names = [...registry.commands.map((c) => `/${c.data.name}`), '/press', '/exit'];
  return (line, callback) => {
    const match = /^\/([^\s]*)(?:\s+(.*))?$/su.exec(line);
    if (!match) return callback(null, [[], line]);
    const [, name = '', partial] = match;
    if (partial === undefined) return callback(null, [names.filter((n) => n.startsWith(`/${name}`)), line]);
    const command = registry.get(name);
    const option = command && freeTextOption(command);
    if (!command?.autocomplete || !option) return callback(null, [[], line]);
    const input = {
      ...consoleInput(0, { kind: 'autocomplete', commandName: name, options: { [option.name]: partial } }),
      focused: { name: option.name, value: partial },
    };
    // Inside then(), so that a handler throwing synchronously completes nothing instead of crashing readline.
    Promise.resolve()
      .then(
        () =>
          command.autocomplete?.({
            input,
            respond: createConsoleResponder(() => undefined, undefined, '.', { lastButtons: [], messages: 0 }),
            services,
          }) ?? [],
      )
      .then((choices) => {
        completed.remember(name, choices);
        callback(null, [choices.map((c) => `/${name} ${c.name}`), line]);
      })
      .catch(() => callback(null, [[], line]));
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
  const state: ConsoleState = { lastButtons: [], messages: 0 };
  let counter = 0;
  if (interactive) {
    print(`${services.kb.meta.title.en}\nType a question, or /help for the commands (Tab completes, /exit quits).\n`);
    rl.prompt();
  }
  for await (const line of rl) {
    const parsed = parseConsoleLine(line, registry);
    counter += 1;
    let input: InteractionInput | undefined;
    let out: string | undefined;
    switch (parsed.kind) {
      case 'empty':
        break;
      case 'exit':
        rl.close();
        return;
      case 'error':
        print(`${parsed.message}\n`);
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
        input = consoleInput(counter, { kind: 'command', commandName: parsed.commandName, options }, parsed.lang);
        break;
      }
    }
    if (input) await dispatchInteraction(input, createConsoleResponder(print, out, cwd, state), services, registry);
    if (interactive) rl.prompt();
  }
}
