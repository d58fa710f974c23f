import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { contract, methodErrors, type MethodName } from '../src/shared/api/contract';
import { RECOVERY_METHODS } from '../src/shared/api/methods';

// docs/API.md = the hand-written template (auth, envelopes, events) + one entry per method,
// written from the contract so it cannot fall behind it. A unit test compares the two.
const root = fileURLToPath(new URL('../', import.meta.url));
const TEMPLATE = `${root}docs/templates/API.md`;
export const API_DOC = `${root}docs/API.md`;
const MARKER = /<!-- methods:[^>]*-->/;

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  additionalProperties?: Json | boolean;
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
};

// zod writes .int() as the safe-integer range; that says nothing a reader needs.
const SAFE = Number.MAX_SAFE_INTEGER;
const range = (low: number | undefined, high: number | undefined, unit = '') => {
  const min = low === -SAFE ? undefined : low;
  const max = high === SAFE ? undefined : high;
  return min !== undefined && max !== undefined
    ? `${min}–${max}${unit}`
    : max !== undefined
      ? `≤${max}${unit}`
      : min !== undefined
        ? `≥${min}${unit}`
        : '';
};

const isUnion = (s: Json) =>
  Boolean(s.anyOf ?? s.oneOf) || (s.enum?.length ?? 0) > 1 || Array.isArray(s.type);

/** A JSON Schema as a short TypeScript-like type: `{ query: string ≤200, limit?: integer 1–100 = 20 }`. */
function typeText(s: Json): string {
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeText).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(s.type)) return s.type.map((t) => typeText({ ...s, type: t })).join(' | ');
  const limits = (text: string) => (text ? ` ${text}` : '');
  switch (s.type) {
    case 'string':
      return `string${limits(s.pattern ? `/${s.pattern}/` : range(s.minLength, s.maxLength, ' chars'))}`;
    case 'number':
    case 'integer':
      return `${s.type}${limits(range(s.minimum, s.maximum))}`;
    case 'boolean':
    case 'null':
      return s.type;
    case 'array': {
      const item = s.items ? typeText(s.items) : 'unknown';
      const count = range(s.minItems, s.maxItems, ' items');
      return `${s.items && isUnion(s.items) ? `(${item})` : item}[]${count ? ` (${count})` : ''}`;
    }
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      if (props.length === 0) {
        return typeof s.additionalProperties === 'object'
          ? `{ [key: string]: ${typeText(s.additionalProperties)} }`
          : '{}';
      }
      const fields = props.map(([key, value]) => {
        const optional = !(s.required ?? []).includes(key) ? '?' : '';
        const fallback = value.default !== undefined ? ` = ${JSON.stringify(value.default)}` : '';
        return `${key}${optional}: ${typeText(value)}${fallback}`;
      });
      return `{ ${fields.join(', ')} }`;
    }
    default:
      return 'unknown';
  }
}

const schemaText = (schema: z.ZodType, io: 'input' | 'output') =>
  typeText(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json);

function methodEntry(method: MethodName): string {
  const spec = contract[method];
  const errors = [
    'VALIDATION',
    ...methodErrors(method),
    ...(RECOVERY_METHODS.includes(method) ? [] : ['NEEDS_RECOVERY']),
  ];
  return [
    `### \`${method}\``,
    '',
    `- input: \`${schemaText(spec.input, 'input')}\``,
    `- output: \`${schemaText(spec.output, 'output')}\``,
    `- errors: ${errors.map((e) => `\`${e}\``).join(', ')}`,
    '',
  ].join('\n');
}

export function renderApiDocs(): string {
  const methods = (Object.keys(contract) as MethodName[]).map(methodEntry).join('\n');
  const intro =
    `${Object.keys(contract).length} methods, in the contract's order. Types are written as ` +
    'TypeScript-like text: `?` marks an optional field, `= x` its default. Every method may also ' +
    'answer `INTERNAL` (and, over HTTP, `UNAUTHORIZED`).\n\n';
  return readFileSync(TEMPLATE, 'utf8').replace(MARKER, () => intro + methods.trimEnd());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(API_DOC, renderApiDocs());
  console.log(`Wrote ${API_DOC}`);
}
