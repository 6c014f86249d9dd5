import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { milestoneRef, ref, sourceRef } from '../../src/schemas/common.ts';
import { schemas } from '../../src/schemas/index.ts';
import { linksIn } from '../../src/validation/schema-links.ts';

/** References are declared once, in the schemas (`ref`, `sourceRef`), and found by walking them. */
describe('references and citations found by walking the schema', () => {
  it('finds references at any depth: fields, lists, optional and defaulted fields, objects in lists', () => {
    const schema = z.strictObject({
      agreement: ref('agreements'),
      areas: z.array(ref('areas')),
      lead: z.array(ref('agencies')).default([]),
      successor: ref('provinces').optional(),
      parties: z.array(z.strictObject({ province: ref('provinces'), body: ref('agencies').optional() })),
      note: z.string(),
    });
    const data = { agreement: 'a', areas: ['x', 'y'], lead: ['l'], parties: [{ province: 'p' }, { province: 'q', body: 'b' }], note: 'not a reference' };
    expect(linksIn(schema, data)).toEqual([
      { kind: 'reference', collection: 'agreements', id: 'a', path: ['agreement'] },
      { kind: 'reference', collection: 'areas', id: 'x', path: ['areas', 0] },
      { kind: 'reference', collection: 'areas', id: 'y', path: ['areas', 1] },
      { kind: 'reference', collection: 'agencies', id: 'l', path: ['lead', 0] },
      { kind: 'reference', collection: 'provinces', id: 'p', path: ['parties', 0, 'province'] },
      { kind: 'reference', collection: 'provinces', id: 'q', path: ['parties', 1, 'province'] },
      { kind: 'reference', collection: 'agencies', id: 'b', path: ['parties', 1, 'body'] },
    ]);
  });

  it('finds a citation and the document reference inside it', () => {
    const schema = z.strictObject({ source: sourceRef, status: z.array(z.strictObject({ source: sourceRef })).default([]) });
    const cited = { document: 'd', section: 'II.1', item: 2 };
    expect(linksIn(schema, { source: cited, status: [{ source: { document: 'e', section: 'III' } }] })).toEqual([
      { kind: 'citation', source: cited, path: ['source'] },
      { kind: 'reference', collection: 'documents', id: 'd', path: ['source', 'document'] },
      { kind: 'citation', source: { document: 'e', section: 'III' }, path: ['status', 0, 'source'] },
      { kind: 'reference', collection: 'documents', id: 'e', path: ['status', 0, 'source', 'document'] },
    ]);
  });

  it('skips what is absent and follows refinements and pipes', () => {
    const schema = z.strictObject({ a: ref('areas').optional(), m: z.array(milestoneRef) }).refine(() => true);
    expect(linksIn(schema, { m: ['x/y'] })).toEqual([{ kind: 'reference', collection: 'milestones', id: 'x/y', path: ['m', 0] }]);
    expect(linksIn(z.preprocess((v) => v, z.strictObject({ a: ref('areas') })), { a: 'z' })).toEqual([{ kind: 'reference', collection: 'areas', id: 'z', path: ['a'] }]);
  });

  it('finds every reference of a real milestone: agreement, areas, agencies, places and its citations', () => {
    const milestone = {
      agreement: 'ag',
      areas: ['education'],
      title: 'T',
      lead: ['l1', 'l2'],
      coordinating: ['c'],
      mentioned: ['m'],
      quantities: [],
      places: ['p'],
      source: { document: 'd', section: 'II' },
      status: [{ date: '2024-01-01', status: 'completed', source: { document: 'r', section: 'I' } }],
    };
    const links = linksIn(schemas.milestones, milestone);
    expect(links.filter((l) => l.kind === 'reference').map((l) => `${l.path.join('.')}→${l.kind === 'reference' ? l.collection : ''}:${l.kind === 'reference' ? l.id : ''}`)).toEqual([
      'agreement→agreements:ag',
      'areas.0→areas:education',
      'lead.0→agencies:l1',
      'lead.1→agencies:l2',
      'coordinating.0→agencies:c',
      'mentioned.0→agencies:m',
      'places.0→provinces:p',
      'source.document→documents:d',
      'status.0.source.document→documents:r',
    ]);
    expect(links.filter((l) => l.kind === 'citation').map((l) => l.path.join('.'))).toEqual(['source', 'status.0.source']);
  });

  it('finds the references of news and agreements too (the schemas, not a hand-kept list)', () => {
    const news = { title: 'T', summary: 'S', date: '2024-01-01', agreements: ['ag'], milestones: ['ag/x'], provinces: ['p'], sources: [{ document: 'd', section: 'preamble' }] };
    expect(linksIn(schemas.news, news).filter((l) => l.kind === 'reference').map((l) => l.path.join('.'))).toEqual(['agreements.0', 'milestones.0', 'provinces.0', 'sources.0.document']);
  });
});
