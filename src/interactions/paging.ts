// Generic paging of a command's answer with ◀ ▶ buttons and a page counter, for any command that shows a list.
//
// How a command pages (see commands/read.ts):
//   1. Implement `page(context, { page, arg, lang })` on the Command: it returns (or resolves) `{ message, pageCount }` for that
//      page (0-based), or undefined when `arg` no longer means anything (the click then says the pages expired).
//      `arg` is the command's own state, a short string of [A-Za-z0-9._-] (at most ARG_MAX characters), e.g. "en".
//   2. In `execute`, render the first page and send `withPager(message, { command, page, pageCount, arg, lang,
//      owner: input.userId })`: it appends the ◀ · "3/33" · ▶ row (nothing when there is one page).
//   3. dispatchInteraction routes every `pg:` button to handlePageClick, which calls `page` again and updates the
//      message in place. Only the member who ran the command can page: anyone else gets a short private note and
//      the message does not change. Pages expire PAGE_TTL_MS after the last page was shown: a later click shows
//      the current page with its buttons disabled and says privately that the pages expired.
// All state lives in the custom id (no memory in the bot: pages survive a restart and work in every shell).
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { z } from 'zod';
import { UI } from '../render/strings.js';
import type { Command, CommandContext } from './contract.js';
import { type Lang, LangSchema } from '../text/lang.js';
import type { OutgoingMessage } from '../render/message.js';

/** Pages answer clicks for this long after they were shown (Discord's interaction tokens last 15 minutes too). */
export const PAGE_TTL_MS = 15 * 60_000;
export const ARG_MAX = 24;
const PREFIX = 'pg';
/** Discord allows 5 action rows; the paging row takes the last free one. */
const MAX_ROWS = 5;

export interface PageRequest {
  /** 0-based page. */
  readonly page: number;
  /** The command's own state, as given to withPager. */
  readonly arg: string;
  readonly lang: Lang;
}

export interface PageResult {
  readonly message: OutgoingMessage;
  readonly pageCount: number;
}

export interface PagerOptions extends PageRequest {
  /** The command's name: clicks are routed to its `page`. */
  readonly command: string;
  readonly pageCount: number;
  /** The user who may page (the invoker). */
  readonly owner: string;
}

/** Which button: previous, the counter (disabled, shows "n/N") or next. */
type Slot = 'p' | 'c' | 'n';

const PageId = z.object({
  command: z.string().regex(/^[-_\p{L}\p{N}]{1,32}$/u),
  slot: z.enum(['p', 'c', 'n']),
  page: z.coerce.number().int().min(0).max(9999),
  lang: LangSchema,
  owner: z.string().regex(/^\d{1,20}$|^[a-z0-9-]{1,24}$/),
  shownAt: z.string().regex(/^[0-9a-z]{1,9}$/),
  arg: z.string().regex(new RegExp(`^[A-Za-z0-9._-]{0,${ARG_MAX}}$`)),
});
export type PageClick = Omit<z.infer<typeof PageId>, 'shownAt'> & { readonly shownAt: number };

function pageCustomId(options: PagerOptions, slot: Slot, target: number, now: number): string {
  const shownAt = Math.floor(now / 1000).toString(36);
  return [PREFIX, options.command, slot, target, options.lang, options.owner, shownAt, options.arg].join(':');
}

/** True for the custom ids of paging buttons (every one starts with "pg:"). */
export function isPageCustomId(customId: string | undefined): boolean {
  return customId?.startsWith(`${PREFIX}:`) ?? false;
}

/** The click a paging custom id carries, or undefined when it is not a valid one (old, foreign or tampered). */
export function parsePageCustomId(customId: string): PageClick | undefined {
  if (customId.length > 100) return undefined;
  const parts = customId.split(':');
  if (parts[0] !== PREFIX || parts.length !== 8) return undefined;
  const [, command, slot, page, lang, owner, shownAt, arg] = parts;
  const parsed = PageId.safeParse({ command, slot, page, lang, owner, shownAt, arg });
  if (!parsed.success) return undefined;
  return { ...parsed.data, shownAt: parseInt(parsed.data.shownAt, 36) * 1000 };
}

export interface PagerSettings {
  /** Clock, for tests. */
  readonly now?: number;
  /** Every button disabled (expired pages). */
  readonly disabled?: boolean;
  /** A label for ▶ on this message only, e.g. "Read on ▶" (later pages show ▶). */
  readonly nextLabel?: string;
}

/** The ◀ · n/N · ▶ row for a page; every button disabled when `disabled` (expired pages). */
function pagingRow(
  options: PagerOptions,
  { now = Date.now(), disabled = false, nextLabel }: PagerSettings = {},
): APIActionRowComponent<APIButtonComponent> {
  const { page, pageCount } = options;
  const ui = UI[options.lang];
  const button = (slot: Slot, target: number, label: string, off: boolean): APIButtonComponent => ({
    type: 2,
    style: slot === 'c' ? 2 : 1,
    label,
    custom_id: pageCustomId(options, slot, target, now),
    disabled: disabled || off,
  });
  return {
    type: 1,
    components: [
      button('p', Math.max(0, page - 1), ui.pagePrevious, page <= 0),
      button('c', page, ui.pageCounter(page + 1, pageCount), true),
      button('n', Math.min(pageCount - 1, page + 1), nextLabel ?? ui.pageNext, page >= pageCount - 1),
    ],
  };
}

/** The message with the paging row appended (unchanged when there is only one page or no row is free). */
export function withPager(
  message: OutgoingMessage,
  options: PagerOptions,
  settings: PagerSettings = {},
): OutgoingMessage {
  const rows = message.components ?? [];
  if (options.pageCount <= 1 || rows.length >= MAX_ROWS) return message;
  return { ...message, components: [...rows, pagingRow(options, settings)] };
}

/** The page the clicked message shows: the previous button points one page back, the next one page on. */
function shownPage(click: PageClick): number {
  if (click.slot === 'p') return click.page + 1;
  if (click.slot === 'n') return Math.max(0, click.page - 1);
  return click.page;
}

/**
 * Answers a click on a paging button of `command`. Another member's click → a private note, nothing changes;
 * an expired page → the shown page with disabled buttons and a private note; else the target page, in place.
 */
export async function handlePageClick(
  click: PageClick,
  command: Pick<Command, 'page'> | undefined,
  context: CommandContext,
  now = Date.now(),
): Promise<void> {
  const { input, respond } = context;
  const ui = UI[click.lang];
  if (input.userId !== click.owner) {
    await respond.reply({ content: ui.notYourPages(click.command) }, { ephemeral: true });
    return;
  }
  const render = (page: number) => command?.page?.(context, { page, arg: click.arg, lang: click.lang });
  const show = async (message: OutgoingMessage) => {
    if (respond.update) await respond.update(message);
    else await respond.reply(message, { ephemeral: true });
  };
  const expired = now - click.shownAt > PAGE_TTL_MS;
  const target = expired ? shownPage(click) : click.page;
  const first = await render(target);
  if (!first) {
    await respond.reply({ content: ui.pagesExpired(click.command) }, { ephemeral: true });
    return;
  }
  const page = Math.min(target, Math.max(0, first.pageCount - 1));
  const result = page === target ? first : ((await render(page)) ?? first);
  const options: PagerOptions = { ...click, page, pageCount: result.pageCount };
  await show(withPager(result.message, options, { now, disabled: expired }));
  if (expired) await respond.followUp({ content: ui.pagesExpired(click.command) }, { ephemeral: true });
}
