// Validates a command's raw options with zod; a bad value becomes a clear, private UserFacingError naming the option.
import type { z } from 'zod';
import { UI } from '../render/strings.js';
import { UserFacingError, type InteractionInput } from './contract.js';
import { localeLang } from './language.js';

export function parseOptions<S extends z.ZodType>(schema: S, input: InteractionInput): z.output<S> {
  const result = schema.safeParse(input.options);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const option = issue?.path.map(String).join('.') || 'options';
  const ui = UI[localeLang(input)];
  // A required option that did not arrive reads as zod's "expected string, received undefined" otherwise.
  const absent = issue?.path.length === 1 && input.options[option] === undefined;
  throw new UserFacingError(
    absent ? ui.missingOption(option) : ui.invalidOption(option, issue?.message ?? 'invalid value'),
  );
}
