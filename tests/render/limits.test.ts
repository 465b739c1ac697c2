// The truncation helper and the mention guard: exact cases plus properties over arbitrary text and messages.
import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { DISCORD_LIMITS, embedLength, fitChoices, fitMessage, messageLimitProblems } from '../../src/render/limits.js';
import { truncate } from '../../src/text/truncate.js';
import { containsLiveMention, neutralizeMentions } from '../../src/render/mentions.js';
import type { OutgoingMessage } from '../../src/render/message.js';

describe('truncate', () => {
  test('leaves short text alone and cuts long text with an ellipsis', () => {
    expect(truncate('hello', 5)).toBe('hello');
    expect(truncate('hello world', 8)).toBe('hello w…');
    expect(truncate('abc', 0)).toBe('');
  });

  test('never exceeds the limit and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 0, max: 120 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(cut)).toBe(false);
      }),
    );
  });
});

describe('neutralizeMentions', () => {
  test.each([
    ['@everyone hi', '@\u200beveryone hi'],
    ['@here', '@\u200bhere'],
    ['<@123456789012345678>', '<@\u200b123456789012345678>'],
    ['<@!123456789012345678>', '<@!\u200b123456789012345678>'],
    ['<@&456789012345678901>', '<@&\u200b456789012345678901>'],
    ['mail me at a@b.c', 'mail me at a@b.c'],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeMentions(input)).toBe(expected);
    expect(neutralizeMentions(expected)).toBe(expected);
    expect(containsLiveMention(neutralizeMentions(input))).toBe(false);
  });
});

const embed: fc.Arbitrary<APIEmbed> = fc.record(
  {
    title: fc.string({ maxLength: 400 }),
    description: fc.string({ maxLength: 6000 }),
    footer: fc.record({ text: fc.string({ maxLength: 2500 }) }),
    author: fc.record({ name: fc.string({ maxLength: 400 }) }),
    fields: fc.array(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 300 }),
        value: fc.string({ minLength: 1, maxLength: 1500 }),
      }),
      { maxLength: 30 },
    ),
  },
  { requiredKeys: [] },
);

const hostile = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.constantFrom('@everyone', '<@123456789012345678>', '<@&456789012345678901> @here'),
);

describe('fitMessage', () => {
  test('any message comes out within every limit, with no live mention', () => {
    fc.assert(
      fc.property(
        fc.option(hostile, { nil: undefined }),
        fc.array(embed, { minLength: 1, maxLength: 12 }),
        (content, embeds) => {
          const message: OutgoingMessage = { content: content ?? 'x', embeds };
          const fitted = fitMessage(message);
          expect(messageLimitProblems(fitted).filter((p) => !p.endsWith('is empty'))).toEqual([]);
          expect(containsLiveMention(fitted.content ?? '')).toBe(false);
          expect((fitted.embeds ?? []).reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(
            DISCORD_LIMITS.embedsTotal,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  test('later embeds and fields give way first', () => {
    const big = (n: number): APIEmbed => ({ title: `e${n}`, description: 'd'.repeat(2500) });
    const fitted = fitMessage({ embeds: [big(1), big(2), big(3)] });
    expect(fitted.embeds?.[0]).toEqual(big(1));
    expect(fitted.embeds?.[1]).toEqual(big(2));
    expect(fitted.embeds?.length).toBe(3);
    expect(embedLength(fitted.embeds?.[2] ?? {})).toBeLessThanOrEqual(6000 - 2 * embedLength(big(1)));
  });

  test('an embed that is only an image is kept, with the embeds after it', () => {
    const image: APIEmbed = { image: { url: 'attachment://chart.png' } };
    const fitted = fitMessage({
      embeds: [image, { title: 'after' }],
      files: [{ name: 'chart.png', data: Buffer.from('png') }],
    });
    expect(fitted.embeds).toEqual([image, { title: 'after' }]);
    expect(messageLimitProblems(fitted)).toEqual([]);
  });

  test('too many rows and buttons are dropped, long labels cut, oversized custom ids removed', () => {
    const button = (id: string, label: string) => ({ type: 2, style: 2, custom_id: id, label }) as const;
    const row = (count: number) =>
      ({ type: 1, components: Array.from({ length: count }, (_, i) => button(`b${i}`, 'L'.repeat(100))) }) as const;
    const fitted = fitMessage({
      content: 'x',
      components: [
        ...Array.from({ length: 6 }, () => row(7)),
        { type: 1, components: [button('x'.repeat(101), 'too long id')] },
      ] as never,
    });
    expect(messageLimitProblems(fitted)).toEqual([]);
    expect(fitted.components).toHaveLength(5);
  });
});

test('fitChoices keeps 25 choices with names of at most 100 characters and drops values that do not fit', () => {
  const choices = Array.from({ length: 30 }, (_, i) => ({
    name: `@everyone ${'n'.repeat(120)}`,
    value: i === 0 ? 'v'.repeat(101) : `v${i}`,
  }));
  const fitted = fitChoices(choices);
  expect(fitted).toHaveLength(25);
  expect(fitted.every((c) => c.name.length <= 100 && !containsLiveMention(c.name))).toBe(true);
  expect(fitted[0]?.value).toBe('v1');
});
