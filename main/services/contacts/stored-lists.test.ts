import { describe, expect, it } from 'vitest';
import { storedPhones, storedTexts } from './stored-lists';

describe('stored contact lists: what other tools put in the JSON columns', () => {
  it('reads phones as the app writes them unchanged', () => {
    expect(storedPhones('[{"kind":"mobile","number":"0170 123"},{"kind":"home","number":"040 9"}]')).toEqual([
      { kind: 'mobile', number: '0170 123' },
      { kind: 'home', number: '040 9' },
    ]);
  });

  it('takes a bare phone number (the district generator writes ["040 100000"]) as a work phone', () => {
    expect(storedPhones('["040 100000", 4012345]')).toEqual([
      { kind: 'work', number: '040 100000' },
      { kind: 'work', number: '4012345' },
    ]);
  });

  it('leaves out what holds no number and gives an unknown kind the form’s default', () => {
    expect(storedPhones('[null, {"kind":"pager"}, {"kind":"pager","number":"040 1"}, ["x"], true]')).toEqual([{ kind: 'work', number: '040 1' }]);
    expect(storedPhones('{"number":"040 1"}')).toEqual([]);
    expect(storedPhones('kein JSON')).toEqual([]);
  });

  it('reads text lists with their texts in order and drops what is no text', () => {
    expect(storedTexts('["a@example.org","b@example.org"]')).toEqual(['a@example.org', 'b@example.org']);
    expect(storedTexts('["Presse", {"x":1}, null, 7]')).toEqual(['Presse', '7']);
    expect(storedTexts('"Presse"')).toEqual([]);
  });
});
