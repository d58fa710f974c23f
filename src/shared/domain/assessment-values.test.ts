import { describe, expect, it } from 'vitest';
import { ITEM_FIELD_NAMES, itemFields } from './assessments';

describe('assessment value lists', () => {
  it('name the item fields of the schema, in its order', () => {
    expect(ITEM_FIELD_NAMES).toEqual(Object.keys(itemFields.shape));
  });
});
