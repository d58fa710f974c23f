import { AppError } from '../api/envelope';

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  what: string;
}

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** Where in the text an offset falls, counted as people count: from line 1, column 1. */
function position(text: string, offset: number, what: string): JsonSyntaxProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, what };
}

/**
 * Finds the first syntax error in JSON text. Written out rather than taken from JSON.parse's
 * message because that message quotes the text, and the text may be a file that is not ours to
 * repeat (an import pointed at a system file). Iterative, so deep nesting cannot overflow it.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (what: string, at = i) => position(text, at, what);

  /** Moves past a string starting at i; a problem if it is not a valid one. */
  const string = (): JsonSyntaxProblem | null => {
    for (let j = i + 1; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (code === 34) {
        i = j + 1;
        return null;
      }
      if (code === 92) {
        const next = text[j + 1] ?? '';
        if (ESCAPES.includes(next)) j++;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 5;
        else return fail('a string has a bad escape sequence', j);
      } else if (code < 0x20) {
        return fail('a string holds a line break or control character', j);
      }
    }
    return fail('a string is not closed', i);
  };

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) {
      return expect === 'after' && stack.length === 0 ? null : fail('the text ends too early');
    }
    const c = text[i]!;
    if (expect === 'value' || expect === 'value-or-end') {
      if (c === ']' && expect === 'value-or-end') {
        stack.pop();
        i++;
        expect = 'after';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'key-or-end' : 'value-or-end';
      } else if (c === '"') {
        const problem = string();
        if (problem) return problem;
        expect = 'after';
      } else {
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text)?.[0];
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        const length = number?.length || literal?.length;
        if (!length)
          return fail('a value (text in double quotes, number, object or list) was expected');
        i += length;
        expect = 'after';
      }
    } else if (expect === 'key' || expect === 'key-or-end') {
      if (c === '}' && expect === 'key-or-end') {
        stack.pop();
        i++;
        expect = 'after';
      } else if (c === '"') {
        const problem = string();
        if (problem) return problem;
        expect = 'colon';
      } else {
        return fail('a property name in double quotes was expected');
      }
    } else if (expect === 'colon') {
      if (c !== ':') return fail('":" was expected after a property name');
      i++;
      expect = 'value';
    } else {
      const top = stack.at(-1);
      if (!top) return fail('there is more text after the end of the JSON');
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else {
        return fail(top === '{' ? '"," or "}" was expected' : '"," or "]" was expected');
      }
    }
  }
}

/**
 * Parses a JSON file's text (a leading byte-order mark is allowed). A syntax error is reported
 * as "<name>: not valid JSON at line N, column M: <what>", never quoting the text itself.
 */
export function parseJsonText(text: string, name: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const problem = findJsonSyntaxProblem(body);
    const where = problem
      ? `at line ${problem.line}, column ${problem.column}: ${problem.what}`
      : '(it is nested too deeply to read)';
    throw new AppError('VALIDATION', `${name}: not valid JSON ${where}.`);
  }
}
