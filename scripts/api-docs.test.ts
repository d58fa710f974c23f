import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract } from '../src/shared/api/contract';
import { API_DOC, renderApiDocs } from './api-docs';

describe('docs/API.md', () => {
  it('is the one generated from the contract (run `npm run docs:api` after changing it)', () => {
    expect(readFileSync(API_DOC, 'utf8')).toBe(renderApiDocs());
  });

  it('has an entry for every method, with its input, output and errors', () => {
    const doc = renderApiDocs();
    for (const method of Object.keys(contract)) {
      expect(doc).toMatch(
        new RegExp(
          `### \`${method.replace('.', '\\.')}\`\\n\\n- input: .+\\n- output: .+\\n- errors: `,
        ),
      );
    }
  });
});
