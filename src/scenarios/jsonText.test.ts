/** JSON syntax errors name their line and column, for scenario files and `assign` group files alike. */
import { describe, expect, it } from 'vitest';
import { parseJsonText } from './jsonText';
import { parseScenarioText } from './parse';

describe('parseJsonText', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}')).toEqual({ value: { a: [1, 2] } });
  });

  it('places a syntax error by line and column', () => {
    expect(parseJsonText('{\n  "a": 1,\n}')).toEqual({
      syntax: 'at line 3, column 1: expected a property name in double quotes',
    });
  });

  it('falls back to the parser’s own message when absurd nesting has no place to point at', () => {
    const deep = '['.repeat(200_000);
    const result = parseJsonText(deep);
    expect('syntax' in result).toBe(true);
  });
});

describe('parseScenarioText', () => {
  it('says where a scenario file’s JSON breaks', () => {
    expect(parseScenarioText('{"version": 1,,}', 'a.json')).toEqual({
      ok: false,
      errors: ['a.json: not valid JSON at line 1, column 15: expected a property name in double quotes'],
    });
  });
});
