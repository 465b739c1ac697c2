// The chart font (DejaVu Sans, shipped by the dejavu-fonts-ttf package) and its advance widths for text layout.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CHART_FONT_FAMILY = 'DejaVu Sans';

const require = createRequire(import.meta.url);

/** The package's ttf/ directory, resolved like any dependency so it works from a fresh clone with no system fonts. */
function fontDirectory(): string {
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export const CHART_FONT_FILES = {
  regular: path.join(fontDirectory(), 'DejaVuSans.ttf'),
  bold: path.join(fontDirectory(), 'DejaVuSans-Bold.ttf'),
} as const;

export type FontWeight = keyof typeof CHART_FONT_FILES;

/** Advance widths of one TrueType font, read from its cmap and hmtx tables (kerning is ignored: layout keeps a margin). */
export interface FontMetrics {
  /** Width of `text` at `size` px. */
  measure(text: string, size: number): number;
  /** The characters of `text` the font has no glyph for (they would be drawn as empty boxes). */
  missingGlyphs(text: string): string[];
}

class TrueTypeMetrics implements FontMetrics {
  private readonly advances = new Map<number, number>();
  private readonly unitsPerEm: number;
  private readonly hmtx: number;
  private readonly numberOfHMetrics: number;
  private readonly glyphOf: (codePoint: number) => number;

  constructor(private readonly font: Buffer) {
    const tables = new Map<string, number>();
    const numTables = font.readUInt16BE(4);
    for (let i = 0; i < numTables; i += 1) {
      const record = 12 + i * 16;
      tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
    }
    const table = (tag: string): number => {
      const offset = tables.get(tag);
      if (offset === undefined) throw new Error(`font has no "${tag}" table`);
      return offset;
    };
    this.unitsPerEm = font.readUInt16BE(table('head') + 18);
    this.numberOfHMetrics = font.readUInt16BE(table('hhea') + 34);
    this.hmtx = table('hmtx');
    this.glyphOf = this.readCmap(table('cmap'));
  }

  measure(text: string, size: number): number {
    let units = 0;
    for (const char of text.normalize('NFC')) units += this.advance(char.codePointAt(0) ?? 0);
    return (units / this.unitsPerEm) * size;
  }

  missingGlyphs(text: string): string[] {
    const missing = new Set<string>();
    for (const char of text.normalize('NFC'))
      if (!/\s/u.test(char) && this.glyphOf(char.codePointAt(0) ?? 0) === 0) missing.add(char);
    return [...missing];
  }

  private advance(codePoint: number): number {
    let width = this.advances.get(codePoint);
    if (width === undefined) {
      const glyph = this.glyphOf(codePoint);
      const index = Math.min(glyph, this.numberOfHMetrics - 1);
      width = this.font.readUInt16BE(this.hmtx + index * 4);
      this.advances.set(codePoint, width);
    }
    return width;
  }

  /** Picks the Unicode subtable: format 12 (full range) when present, else format 4 (BMP). */
  private readCmap(cmap: number): (codePoint: number) => number {
    const font = this.font;
    const count = font.readUInt16BE(cmap + 2);
    let format4: number | undefined;
    let format12: number | undefined;
    for (let i = 0; i < count; i += 1) {
      const record = cmap + 4 + i * 8;
      const platform = font.readUInt16BE(record);
      const encoding = font.readUInt16BE(record + 2);
      const subtable = cmap + font.readUInt32BE(record + 4);
      const format = font.readUInt16BE(subtable);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      if (format === 12) format12 ??= subtable;
      if (format === 4) format4 ??= subtable;
    }
    if (format12 !== undefined) {
      const start = format12;
      const groups = font.readUInt32BE(start + 12);
      return (codePoint) => {
        for (let g = 0; g < groups; g += 1) {
          const group = start + 16 + g * 12;
          const first = font.readUInt32BE(group);
          const last = font.readUInt32BE(group + 4);
          if (codePoint >= first && codePoint <= last) return font.readUInt32BE(group + 8) + (codePoint - first);
        }
        return 0;
      };
    }
    if (format4 === undefined) throw new Error('font has no Unicode cmap subtable');
    const start = format4;
    const segments = font.readUInt16BE(start + 6) / 2;
    const ends = start + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    return (codePoint) => {
      if (codePoint > 0xffff) return 0;
      for (let s = 0; s < segments; s += 1) {
        if (codePoint > font.readUInt16BE(ends + s * 2)) continue;
        const first = font.readUInt16BE(starts + s * 2);
        if (codePoint < first) return 0;
        const delta = font.readInt16BE(deltas + s * 2);
        const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (codePoint - first) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
}

const loaded = new Map<FontWeight, FontMetrics>();

/** The metrics of the chart font, read from the font file on first use. */
export function fontMetrics(weight: FontWeight): FontMetrics {
  let metrics = loaded.get(weight);
  if (!metrics) {
    metrics = new TrueTypeMetrics(readFileSync(CHART_FONT_FILES[weight]));
    loaded.set(weight, metrics);
  }
  return metrics;
}
