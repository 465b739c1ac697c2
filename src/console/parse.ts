// Turns a line typed in the local console ("/summary full vi", "/ask --lang vi ...", plain text) into a command and its options.
import type { APIApplicationCommandOption } from 'discord.js';
import { OptionType } from '../render/discord-api.js';
import type { Command, OptionValue } from '../interactions/contract.js';
import type { CommandRegistry } from '../interactions/registry.js';
import type { Lang } from '../text/lang.js';

export type ConsoleLine =
  | { readonly kind: 'empty' }
  | { readonly kind: 'exit' }
  | { readonly kind: 'press'; readonly index: number }
  /** /new starts a fresh conversation; /history shows this one's questions and answers. */
  | { readonly kind: 'new' }
  | { readonly kind: 'history' }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'command';
      readonly commandName: string;
      readonly options: Readonly<Record<string, OptionValue>>;
      /** From --lang / language:; also used as the console's locale for this command. */
      readonly lang?: Lang;
      /** --out <file>: where a reply's attachment is written. */
      readonly out?: string;
    };

const EXIT_WORDS = new Set(['/exit', '/quit', '.exit']);
const PRESS_WORDS = new Set(['/press', '/click']);
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on', 'có']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off', 'không']);

type OptionData = APIApplicationCommandOption;

/** A command's or option's name and its localised names, lower-cased: the console accepts any of them. */
function namesOf(item: {
  readonly name: string;
  // discord-api-types declares it optional and possibly undefined; both mean no localised names.
  readonly name_localizations?: Partial<Record<string, string | null>> | null | undefined;
}): string[] {
  return [
    item.name,
    ...Object.values(item.name_localizations ?? {}).filter((n): n is string => typeof n === 'string'),
  ].map((n) => n.toLowerCase());
}

function choicesOf(option: OptionData): { name: string; value: string | number }[] {
  return 'choices' in option && Array.isArray(option.choices) ? option.choices : [];
}

/** The option that takes free text (the first string option without fixed choices): /ask's question, /quote's speaker. */
export function freeTextOption(command: Command): OptionData | undefined {
  return (command.data.options ?? []).find((o) => o.type === OptionType.String && choicesOf(o).length === 0);
}

function coerce(option: OptionData, raw: string): { value: OptionValue } | { error: string } {
  switch (option.type) {
    case OptionType.Boolean: {
      const word = raw.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return { error: `"${raw}" is not yes or no` };
    }
    case OptionType.Integer:
    case OptionType.Number: {
      const value = Number(raw);
      return Number.isFinite(value) ? { value } : { error: `"${raw}" is not a number` };
    }
    default: {
      // A choice may be typed by its value or by its (localised) name.
      const choice = choicesOf(option).find(
        (c) => String(c.value).toLowerCase() === raw.toLowerCase() || c.name.toLowerCase() === raw.toLowerCase(),
      );
      return { value: choice ? choice.value : raw };
    }
  }
}

/** Splits on whitespace; a token opening with a double quote runs to the token that closes it. */
function tokenize(text: string): string[] {
  return text.match(/"[^"]*"|“[^”]*”|\S+/g) ?? [];
}

function unquote(token: string): string {
  return /^".*"$|^“.*”$/s.test(token) ? token.slice(1, -1) : token;
}

export function parseConsoleLine(line: string, registry: CommandRegistry): ConsoleLine {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'empty' };
  const firstWord = trimmed.split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  if (EXIT_WORDS.has(firstWord)) return { kind: 'exit' };
  if (firstWord === '/new' && trimmed === firstWord) return { kind: 'new' };
  if (firstWord === '/history' && trimmed === firstWord) return { kind: 'history' };
  if (PRESS_WORDS.has(firstWord)) {
    const index = Number(trimmed.slice(firstWord.length).trim());
    return Number.isInteger(index) && index > 0
      ? { kind: 'press', index }
      : { kind: 'error', message: 'Usage: /press <button number>' };
  }
  // Plain text is a question.
  const [commandName, rest] = trimmed.startsWith('/')
    ? [firstWord.slice(1), trimmed.slice(firstWord.length)]
    : ['ask', trimmed];
  const command = registry.commands.find((c) => c.data.name === commandName || namesOf(c.data).includes(commandName));
  if (!command) {
    return {
      kind: 'error',
      message: `Unknown command /${commandName}. Commands: ${registry.commands.map((c) => `/${c.data.name}`).join(', ')}, /press, /new, /history, /exit`,
    };
  }
  const options: Record<string, OptionValue> = {};
  const definitions = command.data.options ?? [];
  const byName = (name: string) => definitions.find((o) => namesOf(o).includes(name.toLowerCase()));
  const free = freeTextOption(command);
  const positional: string[] = [];
  let lang: Lang | undefined;
  let out: string | undefined;

  const tokens = tokenize(rest);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    let name: string | undefined;
    let value: string | undefined;
    const long = /^--([\p{L}\p{N}_-]+)(?:=(.*))?$/su.exec(token);
    const colon = /^([\p{L}\p{N}_-]+):(.+)$/su.exec(token);
    if (long) {
      name = long[1] ?? '';
      value = long[2];
      if (value === undefined) {
        const definition = byName(name);
        const next = tokens[i + 1];
        const isFlag =
          definition?.type === OptionType.Boolean &&
          (next === undefined || !(TRUE_WORDS.has(next.toLowerCase()) || FALSE_WORDS.has(next.toLowerCase())));
        if (isFlag) value = 'true';
        else if (next !== undefined) {
          value = next;
          i += 1;
        } else return { kind: 'error', message: `--${name} needs a value` };
      }
    } else if (colon && (byName(colon[1] ?? '') || ['lang', 'out'].includes(colon[1] ?? ''))) {
      name = colon[1];
      value = colon[2];
    }
    if (name === undefined || value === undefined) {
      positional.push(token);
      continue;
    }
    value = unquote(value);
    if (name === 'out') {
      out = value;
      continue;
    }
    const definition = byName(name) ?? (name === 'lang' ? byName('language') : undefined);
    if (name === 'lang' || definition?.name === 'language') {
      const chosen = value.toLowerCase();
      if (chosen !== 'en' && chosen !== 'vi' && chosen !== 'auto')
        return { kind: 'error', message: `--lang takes en, vi or auto, not "${value}"` };
      if (chosen !== 'auto') lang = chosen;
      if (!definition) continue;
    }
    if (!definition) {
      const known = definitions.map((o) => `--${o.name}`).join(', ') || 'none';
      return {
        kind: 'error',
        message: `/${command.data.name} has no option --${name} (options: ${known}; also --lang, --out)`,
      };
    }
    const coerced = coerce(definition, value);
    if ('error' in coerced) return { kind: 'error', message: `--${definition.name}: ${coerced.error}` };
    options[definition.name] = coerced.value;
  }

  if (free && options[free.name] === undefined && positional.length > 0) {
    // Quotes inside a question are part of it; only a value quoted as a whole loses them.
    options[free.name] = positional.length === 1 ? unquote(positional[0] ?? '') : positional.join(' ');
  } else {
    // Without free text, bare words fill the options with fixed choices ("/summary full vi") or switch booleans on.
    for (const word of positional) {
      const target =
        definitions.find(
          (o) =>
            options[o.name] === undefined &&
            choicesOf(o).some(
              (c) =>
                String(c.value).toLowerCase() === word.toLowerCase() || c.name.toLowerCase() === word.toLowerCase(),
            ),
        ) ??
        definitions.find(
          (o) =>
            o.type === OptionType.Boolean && options[o.name] === undefined && namesOf(o).includes(word.toLowerCase()),
        );
      if (!target) {
        return {
          kind: 'error',
          message: `/${command.data.name} does not understand "${word}"${free ? '' : ' (it takes only the options shown by /help)'}`,
        };
      }
      const coerced = target.type === OptionType.Boolean ? { value: true } : coerce(target, word);
      if ('error' in coerced) return { kind: 'error', message: `${word}: ${coerced.error}` };
      options[target.name] = coerced.value;
      if (target.name === 'language' && (options.language === 'en' || options.language === 'vi'))
        lang = options.language;
    }
  }
  // A required option left out is named with what it takes, before the command runs (Discord would not send it).
  const missing = definitions.find((o) => 'required' in o && o.required === true && options[o.name] === undefined);
  if (missing) {
    const choices = choicesOf(missing).map((c) => String(c.value));
    const takes = choices.length > 0 ? `one of: ${choices.join(', ')}` : missing.description;
    return { kind: 'error', message: `/${command.data.name} needs --${missing.name}: ${takes}.` };
  }
  return {
    kind: 'command',
    commandName: command.data.name,
    options,
    ...(lang ? { lang } : {}),
    ...(out ? { out } : {}),
  };
}
