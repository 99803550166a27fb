/** The Handlebars sandbox the preview and the contacts check render in, and how a dotted path becomes nested data. */
import Handlebars from 'handlebars';

export const PREVIEW_BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;
/** The block helpers, and the two that Handlebars itself calls for `{{#section}}` blocks and unknown names. */
const KEPT_HELPERS = new Set<string>([...PREVIEW_BLOCK_HELPERS, 'helperMissing', 'blockHelperMissing']);
/** Paths that would reach an object's prototype instead of a sample. */
export const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
export const PLAIN_PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;

/** A fresh Handlebars environment: no partials, no decorators, only the block helpers a template needs. */
export function sandbox(): typeof Handlebars {
  const handlebars = Handlebars.create();
  for (const name of Object.keys(handlebars.helpers)) {
    if (!KEPT_HELPERS.has(name)) handlebars.unregisterHelper(name);
  }
  for (const name of Object.keys(handlebars.decorators)) handlebars.unregisterDecorator(name);
  return handlebars;
}

/** Sets a dotted path, creating plain objects on the way; a path that would overwrite a sample or reach a prototype is skipped. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  if (!PLAIN_PATH.test(path)) return;
  const segments = path.split('.');
  if (segments.some((segment) => UNSAFE_SEGMENTS.has(segment))) return;
  let target = data;
  for (const segment of segments.slice(0, -1)) {
    const next = Object.hasOwn(target, segment) ? target[segment] : undefined;
    if (next === undefined || next === null) target[segment] = {};
    else if (typeof next !== 'object' || Array.isArray(next)) return;
    target = target[segment] as Record<string, unknown>;
  }
  target[segments[segments.length - 1]!] = value;
}
