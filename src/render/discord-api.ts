// The few values of Discord's API (discord-api-types enums) that code outside the gateway shell uses, as plain
// constants. Importing them from discord.js loads the whole library, about 30 MiB of RSS, into processes that do not
// otherwise need it: the HTTP endpoint, the console and the command line. Each enum member's type is discord.js's own,
// so the compiler refuses a wrong number; the permission bits (plain bigints there) are compared in
// tests/render/discord-api.test.ts.
import type {
  ApplicationCommandOptionType as OptionTypeEnum,
  ApplicationCommandType as CommandTypeEnum,
  ButtonStyle as ButtonStyleEnum,
  ComponentType as ComponentTypeEnum,
  InteractionContextType as ContextTypeEnum,
  RESTJSONErrorCodes as ErrorCodes,
} from 'discord.js';

export const ButtonStyle: {
  readonly Primary: ButtonStyleEnum.Primary;
  readonly Secondary: ButtonStyleEnum.Secondary;
} = { Primary: 1, Secondary: 2 };

export const ComponentType: {
  readonly ActionRow: ComponentTypeEnum.ActionRow;
  readonly Button: ComponentTypeEnum.Button;
} = { ActionRow: 1, Button: 2 };

export const ApplicationCommandType: { readonly ChatInput: CommandTypeEnum.ChatInput } = { ChatInput: 1 };

export const OptionType: {
  readonly String: OptionTypeEnum.String;
  readonly Integer: OptionTypeEnum.Integer;
  readonly Boolean: OptionTypeEnum.Boolean;
  readonly Number: OptionTypeEnum.Number;
} = { String: 3, Integer: 4, Boolean: 5, Number: 10 };

export const InteractionContextType: { readonly Guild: ContextTypeEnum.Guild } = { Guild: 0 };

export const RESTJSONErrorCodes: {
  readonly UnknownInteraction: ErrorCodes.UnknownInteraction;
  readonly InteractionHasAlreadyBeenAcknowledged: ErrorCodes.InteractionHasAlreadyBeenAcknowledged;
  readonly MissingAccess: ErrorCodes.MissingAccess;
  readonly MissingPermissions: ErrorCodes.MissingPermissions;
  readonly MaximumNumberOfPinsReachedForTheChannel: ErrorCodes.MaximumNumberOfPinsReachedForTheChannel;
} = {
  UnknownInteraction: 10062,
  InteractionHasAlreadyBeenAcknowledged: 40060,
  MissingAccess: 50001,
  MissingPermissions: 50013,
  MaximumNumberOfPinsReachedForTheChannel: 30003,
};

/** Permission bits (Discord's `PermissionFlagsBits`) the bot checks or asks for. */
export const PermissionFlagsBits = {
  Administrator: 1n << 3n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  ReadMessageHistory: 1n << 16n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
  PinMessages: 1n << 51n,
} as const satisfies Record<string, bigint>;
