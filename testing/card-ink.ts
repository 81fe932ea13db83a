import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';

/**
 * Reading where ink fell in a drawn image, for the share cards' tests: column profiles to find
 * where a word landed in a line, ink boxes to see which side of the card text sits on, and the
 * share of pixels two renders disagree on.
 */

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray;
}

export function pixelsOf(canvas: Canvas): Pixels {
  const { width, height } = canvas;
  return { width, height, data: canvas.getContext('2d').getImageData(0, 0, width, height).data };
}

export async function decodePng(png: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return pixelsOf(canvas);
}

export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const luminance = (p: Pixels, x: number, y: number): number => {
  const i = (y * p.width + x) * 4;
  return 0.2126 * (p.data[i] ?? 0) + 0.7152 * (p.data[i + 1] ?? 0) + 0.0722 * (p.data[i + 2] ?? 0);
};

/** How much darker than the paper each pixel is, 0 where it is paper (the region's top-left pixel). */
function darkness(p: Pixels, region: Region): (x: number, y: number) => number {
  const paper = luminance(p, region.left, region.top);
  return (x, y) => Math.max(0, paper - luminance(p, x, y));
}

/** The ink in each column of the rows from `top` to `bottom` (exclusive), across the whole width. */
export function columnInk(p: Pixels, top: number, bottom: number): number[] {
  const dark = darkness(p, { left: 0, top, right: p.width, bottom });
  return Array.from({ length: p.width }, (_, x) => {
    let sum = 0;
    for (let y = top; y < bottom; y += 1) sum += dark(x, y);
    return sum;
  });
}

/** The smallest box holding every pixel of the region noticeably darker than its paper; undefined when blank. */
export function inkBox(p: Pixels, region: Region): Region | undefined {
  const dark = darkness(p, region);
  let box: Region | undefined;
  for (let y = region.top; y < region.bottom; y += 1) {
    for (let x = region.left; x < region.right; x += 1) {
      if (dark(x, y) < 64) continue;
      box = box
        ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x + 1), bottom: Math.max(box.bottom, y + 1) }
        : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return box;
}

/** A profile without the blank columns at either end. */
function trimmed(profile: number[]): number[] {
  const first = profile.findIndex((v) => v > 0);
  const last = profile.findLastIndex((v) => v > 0);
  return first < 0 ? [] : profile.slice(first, last + 1);
}

export interface Match {
  /** The first and last-plus-one column where the template's ink lies in the profile. */
  from: number;
  to: number;
  /** How far the ink there differs from the template's, as a share of the template's ink. */
  error: number;
}

/**
 * Where a word's column profile (drawn alone) best fits a line's, away from columns already
 * claimed by other words: the same glyphs in the same order leave the same profile, wherever
 * the line put them.
 */
export function bestMatch(profile: number[], template: number[], claimed: Match[] = []): Match {
  const word = trimmed(template);
  const total = word.reduce((a, b) => a + b, 0);
  let best: Match = { from: -1, to: -1, error: Infinity };
  for (let from = 0; from + word.length <= profile.length; from += 1) {
    const to = from + word.length;
    if (claimed.some((c) => from < c.to && c.from < to)) continue;
    let difference = 0;
    for (let i = 0; i < word.length && difference < best.error * total; i += 1) difference += Math.abs((profile[from + i] ?? 0) - (word[i] ?? 0));
    if (difference / total < best.error) best = { from, to, error: difference / total };
  }
  return best;
}

/** The share of pixels whose colour differs by more than `tolerance` in any channel. */
export function differingShare(a: Pixels, b: Pixels, tolerance = 32): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c += 1) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > tolerance) {
        differing += 1;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}
