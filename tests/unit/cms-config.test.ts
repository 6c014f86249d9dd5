// The CMS configuration agrees with the schemas of the files it writes: the same fields, the same
// required ones, the same allowed values and patterns, and reference pickers where ids point elsewhere.
// The configuration is generated from the schemas, so this checks the generator, and fails if a
// hand edit or a schema feature the generator does not know makes them disagree.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { collections, translationSchemaOf } from '../../src/cms/collections.ts';
import { cmsConfig, cmsConfigYaml } from '../../src/cms/config.ts';
import { jsonSchemaOf, type CmsField, type JsonSchema } from '../../src/cms/fields.ts';
import { parse } from 'yaml';

const config = cmsConfig({ backend: { name: 'github', repo: 'o/r' } });
/** Fields the CMS shows that are not keys of the Vietnamese file: the typed id names the file, the body is the MDX body. */
const NOT_IN_FILE = new Set(['id', 'body', 'translatedFrom']);

/** Every way a CMS field and a schema property can disagree, as readable lines. */
// Inside an optional object nothing is required in the form (Decap would refuse to save the object
// left empty); the site's check refuses one filled in only in part.
function disagreements(fields: CmsField[], schema: JsonSchema, path: string, optionalParent = false): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const byName = new Map(fields.filter((f) => !NOT_IN_FILE.has(f.name) || path !== '').map((f) => [f.name, f]));
  for (const name of Object.keys(properties)) if (!byName.has(name)) problems.push(`${path}${name}: in the schema, not in the CMS`);
  for (const field of byName.values()) {
    const where = `${path}${field.name}`;
    const property = properties[field.name];
    if (!property) {
      problems.push(`${where}: in the CMS, not in the schema`);
      continue;
    }
    const expected = required.has(field.name) && !optionalParent;
    if ((field.required ?? true) !== expected) problems.push(`${where}: required ${field.required ?? true} in the CMS, ${expected} expected from the schema`);
    const values = property.enum ?? property.items?.enum;
    if (values) {
      const options = field.options?.map((o) => o.value);
      if (JSON.stringify(options) !== JSON.stringify(values.map(String))) problems.push(`${where}: options ${JSON.stringify(options)}, schema allows ${JSON.stringify(values)}`);
    }
    const references = property.references ?? property.items?.references;
    if (references !== undefined || field.widget === 'relation') {
      if (field.widget !== 'relation' || field.collection !== references) problems.push(`${where}: schema references ${references}, CMS picks from ${field.collection}`);
      if (Boolean(property.items?.references) !== Boolean(field.multiple)) problems.push(`${where}: a list in one and not the other`);
    }
    // A picker offers only existing ids, so it needs no pattern of its own.
    if (property.pattern && field.widget !== 'relation' && field.pattern?.[0] !== property.pattern) problems.push(`${where}: pattern ${field.pattern?.[0]} in the CMS, ${property.pattern} in the schema`);
    if (property.format === 'fuzzy-date' && field.widget !== 'fuzzy-date') problems.push(`${where}: a fuzzy date without the fuzzy-date widget`);
    const min = property.minItems;
    if (min !== undefined && field.min !== min) problems.push(`${where}: at least ${min} in the schema, ${field.min} in the CMS`);
    if (property.type === 'object' && field.fields) problems.push(...disagreements(field.fields, property, `${where}.`, !expected));
    if (property.type === 'array' && property.items?.type === 'object') problems.push(...disagreements(field.fields ?? [], property.items, `${where}[].`));
  }
  return problems;
}

describe('CMS configuration and schemas', () => {
  test.each(collections.map((c) => [c.name, c] as const))('%s: same fields, required flags, allowed values and references', (name, collection) => {
    const cms = config.collections.find((c) => c.name === name)!;
    expect(disagreements(cms.fields as CmsField[], jsonSchemaOf(collection.schema), '')).toEqual([]);
  });

  test('the Lao file of an MDX entry holds exactly the translated fields', () => {
    for (const cms of config.collections.filter((c) => 'i18n' in c && c.i18n)) {
      const lao = Object.keys(jsonSchemaOf(translationSchemaOf(cms.name)).properties ?? {});
      const translated = (cms.fields as CmsField[]).filter((f) => f.i18n === true).map((f) => f.name);
      // `outdated` is not typed by hand: the site compares translatedFrom with the Vietnamese text.
      expect([...translated, 'outdated'].filter((n) => n !== 'body').sort(), cms.name).toEqual([...lao].sort());
    }
  });

  test('the check fails when the configuration and a schema disagree', () => {
    const news = collections.find((c) => c.name === 'news')!;
    const fields = structuredClone(config.collections.find((c) => c.name === 'news')!.fields) as CmsField[];
    const schema = jsonSchemaOf(news.schema);
    fields.find((f) => f.name === 'date')!.required = false;
    fields.find((f) => f.name === 'provinces')!.collection = 'agencies';
    fields.splice(fields.findIndex((f) => f.name === 'title'), 1);
    const status = jsonSchemaOf(z.object({ status: z.enum(['a', 'b']) }));
    expect(disagreements(fields, schema, '')).toEqual([
      'title: in the schema, not in the CMS',
      'date: required false in the CMS, true expected from the schema',
      'provinces: schema references provinces, CMS picks from agencies',
    ]);
    expect(disagreements([{ name: 'status', label: 's', widget: 'select', options: [{ label: 'a', value: 'a' }] }], status, '')).toEqual([
      'status: options ["a"], schema allows ["a","b"]',
    ]);
  });

  test('every field an editor sees has a Vietnamese label', () => {
    const unlabelled: string[] = [];
    const walk = (fields: CmsField[], path: string) => {
      for (const f of fields) {
        if (f.label === f.name && !['item'].includes(f.name)) unlabelled.push(`${path}${f.name}`);
        if (f.fields) walk(f.fields, `${path}${f.name}.`);
      }
    };
    for (const c of config.collections) walk(c.fields as CmsField[], `${c.name}: `);
    expect(unlabelled).toEqual([]);
  });

  test('Vietnamese interface, Vietnamese default locale, the fuzzy date checked by the site’s parser', () => {
    expect(config.locale).toBe('vi');
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['vi', 'lo'], default_locale: 'vi' });
    const when = (config.collections.find((c) => c.name === 'milestones')!.fields as CmsField[]).find((f) => f.name === 'when')!;
    expect(when).toMatchObject({ widget: 'fuzzy-date', required: false });
    expect(when.hint).toMatch(/Quý IV\/2023/);
  });

  test('the YAML written into the build is the same configuration', () => {
    expect(parse(cmsConfigYaml({ backend: { name: 'github', repo: 'o/r' } }))).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
