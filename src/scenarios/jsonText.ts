/**
 * JSON text to a value, or a syntax error with its line and column (Node's own messages often omit the
 * position). Used by the scenario parser and the CLI's `assign`; a leading byte-order mark is accepted.
 */

export function parseJsonText(raw: string): { value: unknown } | { syntax: string } {
  // A byte-order mark is not JSON, but editors write one.
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = locateSyntaxError(text);
    if (!found) return { syntax: `(${(e as Error).message})` };
    const before = text.slice(0, found.offset);
    const line = before.split('\n').length;
    const column = found.offset - before.lastIndexOf('\n');
    return { syntax: `at line ${line}, column ${column}: ${found.message}` };
  }
}

/** Walks the text as JSON and reports where the first syntax error is. */
function locateSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  let failedAt = 0;
  const fail = (problem: string): never => {
    failedAt = i;
    throw new SyntaxError(problem);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): void => {
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') fail('control character inside a string (use \\n, \\t …)');
      if (c !== '\\') continue;
      const escape = text[i + 1] ?? '';
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (escape !== '' && '"\\/bfnrt'.includes(escape)) i++;
      else fail('invalid escape in a string');
    }
    fail('unterminated string (missing closing ")');
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === undefined) return fail('unexpected end of the file, expected a value');
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          skipSpace();
          if (text[i] !== '"') fail('expected a property name in double quotes');
          string();
          skipSpace();
          if (text[i] !== ':') fail("expected ':' after the property name");
          i++;
        }
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail(`expected ',' or '${close}'`);
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number) return void (i += number[0].length);
    const literal = ['true', 'false', 'null'].find((l) => text.startsWith(l, i));
    if (literal) return void (i += literal.length);
    fail(`unexpected ${JSON.stringify(c)}, expected a value`);
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return null;
  } catch (e) {
    // Only our own syntax findings have a place; anything else (a stack overflow on absurd nesting) has none.
    return e instanceof SyntaxError ? { offset: failedAt, message: e.message } : null;
  }
}
