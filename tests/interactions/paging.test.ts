// The generic paging module: state in the custom id, ◀ ▶ and a counter, only the invoker pages, pages expire.
import type { APIButtonComponent, APIButtonComponentWithCustomId } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/interactions/contract.js';
import {
  handlePageClick,
  PAGE_TTL_MS,
  parsePageCustomId,
  withPager,
  type PageRequest,
} from '../../src/interactions/paging.js';
import { commandInput, recordingResponder, testServices } from '../commands/support.js';
import type { OutgoingMessage } from '../../src/render/message.js';

const OWNER = '410000000000000001';
const WORDS = ['alpha', 'beta', 'gamma', 'delta'];
/** A pager over WORDS; `arg` "upper" shouts, anything else is stale. */
const pager = {
  page: (_context: CommandContext, { page, arg }: PageRequest) =>
    arg === 'upper' || arg === 'lower'
      ? {
          message: { content: arg === 'upper' ? WORDS[page]!.toUpperCase() : WORDS[page]! },
          pageCount: WORDS.length,
        }
      : undefined,
};

function buttons(message: OutgoingMessage): APIButtonComponentWithCustomId[] {
  return (message.components ?? []).flatMap((row) => row.components as APIButtonComponentWithCustomId[]);
}
const idOf = (button: APIButtonComponent | undefined) => (button && 'custom_id' in button ? button.custom_id : '');

/** A responder that records updates too (the shells' in-place edit). */
function updatingResponder() {
  const inner = recordingResponder();
  const updates: OutgoingMessage[] = [];
  const responder = Object.assign(inner, {
    async update(message: OutgoingMessage) {
      updates.push(message);
      return { id: 'm', channelId: 'c' };
    },
  });
  return { responder, updates };
}

const { services } = testServices();
function click(customId: string, userId: string, now: number) {
  const parsed = parsePageCustomId(customId);
  if (!parsed) throw new Error(`not a page id: ${customId}`);
  const { responder, updates } = updatingResponder();
  const input = commandInput('x', {}, { kind: 'button', customId, userId });
  return handlePageClick(parsed, pager, { input, respond: responder, services }, now).then(() => ({
    responder,
    updates,
  }));
}

const start = 1_800_000_000_000;
const first = withPager(
  { content: 'alpha' },
  { command: 'words', page: 0, pageCount: 4, arg: 'lower', lang: 'en', owner: OWNER },
  { now: start },
);

describe('paging', () => {
  it('adds ◀ n/N ▶ with the state in custom ids of at most 100 characters; ◀ is disabled on the first page', () => {
    const [previous, counter, next] = buttons(first);
    expect([previous?.label, counter?.label, next?.label]).toEqual(['◀', '1/4', '▶']);
    expect([previous?.disabled, counter?.disabled, next?.disabled]).toEqual([true, true, false]);
    for (const button of buttons(first)) expect(idOf(button).length).toBeLessThanOrEqual(100);
    expect(parsePageCustomId(idOf(next))).toMatchObject({ command: 'words', page: 1, owner: OWNER, arg: 'lower' });
    expect(new Set(buttons(first).map(idOf)).size).toBe(3);
  });

  it('adds nothing for a single page', () => {
    const one = withPager({ content: 'x' }, { command: 'w', page: 0, pageCount: 1, arg: '', lang: 'en', owner: OWNER });
    expect(one.components).toBeUndefined();
  });

  it('pages forward to the last page and back, visiting each page once each way, in place', async () => {
    let message = first;
    const seen: string[] = [message.content ?? ''];
    for (let step = 1; step < WORDS.length; step += 1) {
      const { updates } = await click(idOf(buttons(message)[2]), OWNER, start + step);
      message = updates[0]!;
      seen.push(message.content ?? '');
    }
    expect(seen).toEqual(WORDS);
    expect(buttons(message)[2]?.disabled).toBe(true);
    expect(buttons(message)[1]?.label).toBe('4/4');
    const back: string[] = [];
    for (let step = 1; step < WORDS.length; step += 1) {
      const { updates } = await click(idOf(buttons(message)[0]), OWNER, start + 10 + step);
      message = updates[0]!;
      back.push(message.content ?? '');
    }
    expect(back).toEqual([...WORDS].reverse().slice(1));
  });

  it("refuses another member's click privately and changes nothing", async () => {
    const { responder, updates } = await click(idOf(buttons(first)[2]), '410000000000000002', start + 1);
    expect(updates).toEqual([]);
    expect(responder.messages()).toEqual([
      { message: { content: expect.stringContaining('Only the member who ran /words') as string }, ephemeral: true },
    ]);
  });

  it('after the time-out shows the same page with disabled buttons and says privately that it expired', async () => {
    const { responder, updates } = await click(idOf(buttons(first)[2]), OWNER, start + PAGE_TTL_MS + 1000);
    expect(updates[0]?.content).toBe('alpha');
    expect(buttons(updates[0]!).every((b) => b.disabled)).toBe(true);
    expect(responder.messages()).toEqual([
      { message: { content: 'These pages have expired. Run /words again.' }, ephemeral: true },
    ]);
  });

  it('says the pages expired when the state no longer renders, and rejects tampered ids', async () => {
    const stale = idOf(buttons(first)[2]).replace(/:lower$/, ':gone');
    const { responder, updates } = await click(stale, OWNER, start + 1);
    expect(updates).toEqual([]);
    expect(responder.messages()[0]?.ephemeral).toBe(true);
    expect(parsePageCustomId('pg:words:n:1:en:123:abc:has space')).toBeUndefined();
    expect(parsePageCustomId('pg:words:x:1:en:123:abc:')).toBeUndefined();
    expect(parsePageCustomId(`pg:words:n:1:en:123:abc:${'a'.repeat(90)}`)).toBeUndefined();
  });
});
