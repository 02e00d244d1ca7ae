/** No NaN or ±Infinity anywhere in a read model or report (JSON would print them as null). */
import type { Violation } from './types';

function walk(value: unknown, path: string, out: string[]): void {
  if (out.length >= 5) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value))
      walk((value as Record<string, unknown>)[key], `${path}.${key}`, out);
  }
}

export function checkFinite(label: string, value: unknown, at: number): Violation[] {
  const found: string[] = [];
  walk(value, label, found);
  return found.map((detail) => ({ invariant: 'nonFiniteNumber', at, detail }));
}
