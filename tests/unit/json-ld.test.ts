import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  it('cannot close its <script> element early, and still parses to the same data', () => {
    const data = { '@type': 'Event', name: 'a </script><script>alert(1)</script> & b', note: 'x\u2028y' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('leaves out undefined values and empty lists', () => {
    expect(JSON.parse(serializeJsonLd({ a: undefined, b: [], c: [1], d: { e: undefined, f: 'g' } }))).toEqual({ c: [1], d: { f: 'g' } });
  });
});
