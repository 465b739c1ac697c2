// The one way text is shortened anywhere in the bot: to a length, ending with "…", never inside a surrogate pair.

const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` UTF-16 code units (Discord's own measure is never larger), ending with "…"
 * when cut, and never splitting a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - ELLIPSIS.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, Math.max(cut, 0)).trimEnd()}${ELLIPSIS}`;
}
