// Loads every command module in commands/, validates it with zod and fails loudly (file + reason) on a bad or duplicate one.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Command } from './contract.js';

const HERE = fileURLToPath(import.meta.url);
/** commands/ beside src/: the sources under tsx, dist/commands when built. */
const COMMANDS_DIR = path.resolve(path.dirname(HERE), '../../commands');
/** Command files are loaded in the same form as this module: .ts under tsx, .js when built. */
const MODULE_EXTENSION = path.extname(HERE);

export interface CommandRegistry {
  readonly commands: readonly Command[];
  get(name: string): Command | undefined;
}

export class CommandLoadError extends Error {
  override name = 'CommandLoadError';
}

const isFunction = (message: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', { message });
// Discord's rule for command and option names: lower case letters (any script), digits, - and _, 1 to 32 long.
const commandName = z
  .string()
  .regex(
    /^[-_\p{Ll}\p{Lm}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u,
    'must be 1-32 lower-case letters, digits, - or _',
  );
const description = z.string().min(1).max(100);
const localizedNames = z.record(z.string(), commandName.nullable()).nullable().optional();
const localizedDescriptions = z.record(z.string(), description.nullable()).nullable().optional();

const OptionSchema = z.looseObject({
  type: z.number().int(),
  name: commandName,
  name_localizations: localizedNames,
  description,
  description_localizations: localizedDescriptions,
  required: z.boolean().optional(),
  autocomplete: z.boolean().optional(),
  choices: z
    .array(z.looseObject({ name: z.string().min(1).max(100), value: z.union([z.string().max(100), z.number()]) }))
    .max(25)
    .optional(),
});

const CommandModuleSchema = z.object({
  default: z.object(
    {
      data: z.looseObject({
        name: commandName,
        name_localizations: localizedNames,
        description,
        description_localizations: localizedDescriptions,
        options: z.array(OptionSchema).max(25).optional(),
      }),
      execute: isFunction('execute must be a function'),
      autocomplete: isFunction('autocomplete must be a function').optional(),
      page: isFunction('page must be a function').optional(),
    },
    { error: 'the module has no default export { data, execute, autocomplete? }' },
  ),
});

function isCommandFile(file: string): boolean {
  return [MODULE_EXTENSION, '.mjs'].includes(path.extname(file)) && !/\.d\.ts$|\.(test|spec)\.(ts|js)$/.test(file);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.slice(1).join('.') || 'module'}: ${issue.message}`).join('; ');
}

/** Imports and checks every command module of `dir`; throws CommandLoadError naming the file and the reason. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<CommandRegistry> {
  let files: string[];
  try {
    files = readdirSync(dir).filter(isCommandFile).sort();
  } catch (error) {
    throw new CommandLoadError(`Cannot read the commands directory ${dir}: ${(error as Error).message}`);
  }
  const byName = new Map<string, { command: Command; file: string }>();
  for (const file of files) {
    const full = path.join(dir, file);
    let loaded: unknown;
    try {
      loaded = await import(pathToFileURL(full).href);
    } catch (error) {
      throw new CommandLoadError(`Cannot load command file ${full}: ${(error as Error).message}`);
    }
    const parsed = CommandModuleSchema.safeParse(loaded);
    if (!parsed.success) throw new CommandLoadError(`Bad command file ${full}: ${describeIssues(parsed.error)}`);
    const command = (loaded as { default: Command }).default;
    const { name } = command.data;
    const autocompleted = (command.data.options ?? [])
      .filter((o) => 'autocomplete' in o && o.autocomplete)
      .map((o) => o.name);
    if (autocompleted.length > 0 && !command.autocomplete) {
      throw new CommandLoadError(
        `Bad command file ${full}: option(s) ${autocompleted.join(', ')} use autocomplete but the command has no autocomplete handler`,
      );
    }
    const existing = byName.get(name);
    if (existing) throw new CommandLoadError(`Duplicate command /${name}: defined in ${existing.file} and in ${full}`);
    byName.set(name, { command, file: full });
  }
  if (byName.size === 0) throw new CommandLoadError(`No command found in ${dir}`);
  const commands = [...byName.values()].map((entry) => entry.command);
  return { commands, get: (name) => byName.get(name)?.command };
}

let cached: Promise<CommandRegistry> | undefined;

/** The commands of this process, loaded once from commands/ (a failed load is retried on the next call). */
export function getCommandRegistry(): Promise<CommandRegistry> {
  cached ??= loadCommands().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
