/** Offsets to unist points: line and column from 1, offset from 0 in UTF-16 code units. */
import type { Point, Span } from '../../types';

/** Start offsets of every line of a text, for binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The point at an offset. */
export function pointAt(starts: readonly number[], offset: number): Point {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}

/** The span between two offsets. */
export function spanOf(starts: readonly number[], start: number, end: number): Span {
  return { start: pointAt(starts, start), end: pointAt(starts, end) };
}
