/** Lookups in lists of ranges sorted by start, in logarithmic time: a rule that searches a list per finding stays linear. */
import type { OffsetRange } from '../types';

/** Index of the first item whose range starts at or after `offset` (`items.length` when there is none). */
export function firstStartingFrom(items: readonly { range: OffsetRange }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.range.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The item holding `offset`, in items that do not overlap (sentences, lines). */
export function itemAt<T extends { range: OffsetRange }>(items: readonly T[], offset: number): T | undefined {
  const item = items[firstStartingFrom(items, offset + 1) - 1];
  return item && offset < item.range.end ? item : undefined;
}

/** The item whose range covers all of `range`, in items that do not overlap. */
export function itemAround<T extends { range: OffsetRange }>(items: readonly T[], range: OffsetRange): T | undefined {
  const item = items[firstStartingFrom(items, range.start + 1) - 1];
  return item && range.end <= item.range.end ? item : undefined;
}

/** The items whose ranges lie within `range`, in items sorted by start (they may overlap). */
export function itemsWithin<T extends { range: OffsetRange }>(items: readonly T[], range: OffsetRange): T[] {
  const found: T[] = [];
  for (let index = firstStartingFrom(items, range.start); index < items.length && items[index]!.range.start <= range.end; index++) {
    if (items[index]!.range.end <= range.end) found.push(items[index]!);
  }
  return found;
}
