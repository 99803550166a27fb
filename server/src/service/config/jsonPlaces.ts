/**
 * Where things sit in a JSON config, as the JSON parser found them (jsonc-parser's tree): the key of a property, or
 * a string value under a property. Escapes, repeated words and a byte-order mark cannot mislead it as searching the
 * text would.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { OffsetRange } from '../types';

export interface JsonPlaces {
  /** The key of the property at `path`. */
  key(path: readonly string[]): OffsetRange | undefined;
  /** The first string (a key or a value) under the property at `path`, in document order, whose value is `value`. */
  string(path: readonly string[], value: string): OffsetRange | undefined;
}

export function jsonPlaces(text: string): JsonPlaces {
  // A byte-order mark is blanked, not cut, so offsets stay the text's own.
  const tree = parseTree(text.replace(/^\uFEFF/, ' '));
  const rangeOf = (node: Node | undefined): OffsetRange | undefined => (node ? { start: node.offset, end: node.offset + node.length } : undefined);
  return {
    key: (path) => rangeOf(tree && findNodeAtLocation(tree, [...path])?.parent?.children?.[0]),
    string(path, value) {
      const under = tree && findNodeAtLocation(tree, [...path]);
      return rangeOf(under && firstString(under, value));
    },
  };
}

function firstString(node: Node, value: string): Node | undefined {
  if (node.type === 'string' && node.value === value) return node;
  for (const child of node.children ?? []) {
    const found = firstString(child, value);
    if (found) return found;
  }
  return undefined;
}
