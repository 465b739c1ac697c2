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
  throw new UserFacingError(UI[localeLang(input)].invalidOption(option, issue?.message ?? 'invalid value'));
}
