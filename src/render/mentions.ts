// Makes echoed text unable to ping anyone, even where allowed_mentions is ignored (copies, other clients).

const ZERO_WIDTH_SPACE = '\u200b';

// @everyone, @here, <@123>, <@!123>, <@&456> and slash-command / channel forms are left readable but inert.
const MENTION = /@(everyone|here)\b|<(@[!&]?|#)(?=\d)/g;

/** Inserts a zero-width space into every mention; idempotent, so applying it twice changes nothing. */
export function neutralizeMentions(text: string): string {
  return text.replace(MENTION, (match, everyone: string | undefined, prefix: string | undefined) =>
    everyone ? `@${ZERO_WIDTH_SPACE}${everyone}` : `<${prefix ?? ''}${ZERO_WIDTH_SPACE}`,
  );
}

/** True when the text still contains something Discord would treat as a mention. */
export function containsLiveMention(text: string): boolean {
  return new RegExp(MENTION.source).test(text);
}
