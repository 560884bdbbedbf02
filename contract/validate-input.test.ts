import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, callNames } from './index';
import { validateInput } from './validate-input';

describe('validateInput', () => {
  const schema = z.strictObject({ name: z.string().trim().min(1).max(5), count: z.number().int().min(2), tags: z.array(z.string()).max(1) });

  it('returns the parsed value (trimmed) on success', () => {
    expect(validateInput(schema, { name: ' ab ', count: 3, tags: [] })).toEqual({ ok: true, value: { name: 'ab', count: 3, tags: [] } });
  });

  it('maps every problem to a field and a translatable key with parameters', () => {
    const outcome = validateInput(schema, { name: 'abcdefg', count: 1, tags: ['a', 'b'], extra: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', messageKey: 'validation.tooLong', params: { max: 5 } },
        { field: 'count', messageKey: 'validation.tooSmall', params: { min: 2 } },
        { field: 'tags', messageKey: 'validation.tooManyItems', params: { max: 1 } },
        { field: 'extra', messageKey: 'validation.unknownField' },
      ]),
    );
  });

  it('tells a missing value from a value of the wrong type', () => {
    const outcome = validateInput(schema, { count: 'drei', tags: [] });
    expect(!outcome.ok && outcome.fields).toEqual([
      { field: 'name', messageKey: 'validation.required' },
      { field: 'count', messageKey: 'validation.expected.number' },
    ]);
  });

  it('never throws, whatever arrives', () => {
    for (const input of [undefined, null, 0, 'x', [], new Date(), { name: { toString: null } }]) {
      expect(() => validateInput(schema, input)).not.toThrow();
    }
  });

  it('every call in the contract has an object schema that accepts no unknown keys', () => {
    for (const name of callNames) {
      const outcome = validateInput(contract[name].input, { __unexpected: 1 });
      expect(outcome.ok, name).toBe(false);
    }
  });
});
