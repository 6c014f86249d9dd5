import type { UiKey } from '../i18n/index.ts';
import { sectionAnchor } from '../lib/document-sections.ts';
import { formatFuzzyDate, toEDTF, toInterval } from '../lib/fuzzy-date.ts';
import { contentDate } from './dates.ts';
import { pick, type Lang } from '../lib/i18n.ts';
import { localePath, pagePath } from '../lib/paths.ts';
import { buildDate } from './build-date.ts';
import { tasksOf, term, type Catalog } from './catalog.ts';

/**
 * The open data: every table the data page offers, its fields (with the interface string
 * that documents each) and its records in one language, built from the same catalog as the
 * pages. The JSON and CSV endpoints and the data page all read this one definition.
 */
export type FieldType = 'id' | 'ids' | 'text' | 'number' | 'date' | 'code' | 'url';
export type Value = string | number | string[] | null;
export type DataRecord = Record<string, Value>;

export interface Field {
  name: string;
  type: FieldType;
  doc: UiKey;
}

export const datasetNames = ['agreements', 'milestones', 'quantities', 'agencies', 'provinces', 'areas'] as const;
export type DatasetName = (typeof datasetNames)[number];

export const typeLabels: Record<FieldType, UiKey> = {
  id: 'data.typeId',
  ids: 'data.typeIds',
  text: 'data.typeText',
  number: 'data.typeNumber',
  date: 'data.typeDate',
  code: 'data.typeCode',
  url: 'data.typeUrl',
};

export const datasetTitles: Record<DatasetName, UiKey> = {
  agreements: 'collection.agreements',
  milestones: 'collection.milestones',
  quantities: 'data.dataset.quantities',
  agencies: 'collection.agencies',
  provinces: 'collection.provinces',
  areas: 'collection.areas',
};

const f = (name: string, type: FieldType, doc: UiKey): Field => ({ name, type, doc });
const id = f('id', 'id', 'data.f.id');
const url = f('url', 'url', 'data.f.url');
const lang = (of: string) => f(`${of}_lang`, 'code', 'data.f.lang');
const label = (of: string) => f(`${of}_label`, 'text', 'data.f.label');
const translation = f('translation_lo', 'code', 'data.f.translation');
const validity = [f('valid_from', 'date', 'data.f.validFrom'), f('valid_to', 'date', 'data.f.validTo'), f('successor', 'id', 'data.f.successor')];

export const fields: Record<DatasetName, Field[]> = {
  agreements: [
    id, url, f('type', 'code', 'data.f.agreementType'), label('type'),
    f('title', 'text', 'data.f.title'), lang('title'), f('summary', 'text', 'data.f.summary'), lang('summary'),
    f('parties', 'ids', 'data.f.parties'), f('party_bodies', 'ids', 'data.f.partyBodies'),
    f('period_from', 'number', 'data.f.periodFrom'), f('period_to', 'number', 'data.f.periodTo'),
    f('signed_date', 'text', 'data.f.signedDate'), f('signed_edtf', 'code', 'data.f.edtf'), f('signed_precision', 'code', 'data.f.precision'),
    f('signed_basis', 'text', 'data.f.signedBasis'), f('signed_confidence', 'code', 'data.f.signedConfidence'),
    f('documents', 'ids', 'data.f.documents'), f('budget_amount', 'number', 'data.f.budgetAmount'), f('budget_currency', 'code', 'data.f.budgetCurrency'),
    f('milestone_count', 'number', 'data.f.milestoneCount'), translation,
  ],
  milestones: [
    id, url, f('agreement', 'id', 'data.f.agreement'),
    f('title', 'text', 'data.f.title'), lang('title'), f('summary', 'text', 'data.f.summary'), lang('summary'),
    f('date_text', 'text', 'data.f.dateText'), f('date_label', 'text', 'data.f.dateLabel'), f('date_edtf', 'code', 'data.f.edtf'),
    f('date_precision', 'code', 'data.f.precision'), f('date_start', 'date', 'data.f.dateStart'), f('date_end', 'date', 'data.f.dateEnd'),
    f('date_source_url', 'url', 'data.f.dateSourceUrl'),
    f('status', 'code', 'data.f.status'), label('status'), f('status_as_of', 'date', 'data.f.statusAsOf'),
    f('lead', 'ids', 'data.f.lead'), f('coordinating', 'ids', 'data.f.coordinating'), f('mentioned', 'ids', 'data.f.mentioned'),
    f('areas', 'ids', 'data.f.areas'), f('places', 'ids', 'data.f.places'),
    f('source_document', 'id', 'data.f.sourceDocument'), f('source_section', 'code', 'data.f.sourceSection'), f('source_item', 'number', 'data.f.sourceItem'), f('source_url', 'url', 'data.f.sourceUrl'),
    translation,
  ],
  quantities: [
    f('milestone', 'id', 'data.f.milestone'), f('agreement', 'id', 'data.f.agreement'),
    f('value', 'number', 'data.f.value'), f('up_to', 'number', 'data.f.upTo'), f('unit', 'code', 'data.f.unit'), label('unit'),
    f('of', 'text', 'data.f.of'), lang('of'), f('year', 'number', 'data.f.year'),
  ],
  agencies: [
    id, url, f('name', 'text', 'data.f.name'), lang('name'), f('short_name', 'text', 'data.f.shortName'), lang('short_name'),
    f('kind', 'code', 'data.f.agencyKind'), label('kind'), f('country', 'code', 'data.f.country'), f('province', 'id', 'data.f.province'),
    ...validity, translation,
  ],
  provinces: [
    id, url, f('name', 'text', 'data.f.name'), lang('name'), f('romanised', 'text', 'data.f.romanised'),
    f('country', 'code', 'data.f.country'), f('level', 'code', 'data.f.level'), f('parent', 'id', 'data.f.parent'),
    f('capital', 'text', 'data.f.capital'), lang('capital'), f('lat', 'number', 'data.f.lat'), f('lon', 'number', 'data.f.lon'),
    ...validity, translation,
  ],
  areas: [
    id, url, f('name', 'text', 'data.f.name'), lang('name'), f('description', 'text', 'data.f.description'), lang('description'),
    f('order', 'number', 'data.f.order'), f('milestone_count', 'number', 'data.f.milestoneCount'), translation,
  ],
};

/** A localized text and the language it is really in, as two fields. */
function text(name: string, value: { vi: string; lo?: string } | undefined, lang: Lang): DataRecord {
  if (!value) return { [name]: null, [`${name}_lang`]: null };
  const picked = pick(value, lang);
  return { [name]: picked.text, [`${name}_lang`]: picked.lang };
}

const parsed = contentDate;

export function records(catalog: Catalog, name: DatasetName, lang: Lang, site: URL): DataRecord[] {
  const page = (section: Parameters<typeof pagePath>[0], id: string) => new URL(localePath(lang, pagePath(section, id)), site).href;
  switch (name) {
    case 'agreements':
      return [...catalog.agreements.values()].map((a) => {
        const signed = a.data.signed ? parsed(a.data.signed.date) : undefined;
        return {
          id: a.id,
          url: page('agreements', a.id),
          type: a.data.type,
          type_label: term(catalog, `agreement-type-${a.data.type}`, lang),
          ...text('title', a.data.title, lang),
          ...text('summary', a.data.summary, lang),
          parties: a.data.parties.map((p) => p.province),
          party_bodies: a.data.parties.flatMap((p) => (p.body ? [p.body] : [])),
          period_from: a.data.period.from,
          period_to: a.data.period.to,
          signed_date: a.data.signed?.date ?? null,
          signed_edtf: signed ? toEDTF(signed) : null,
          signed_precision: signed ? toInterval(signed).precision : null,
          signed_basis: a.data.signed?.reference?.basis ?? null,
          signed_confidence: a.data.signed?.reference?.confidence ?? null,
          documents: a.data.documents,
          budget_amount: a.data.budget?.amount ?? null,
          budget_currency: a.data.budget?.currency ?? null,
          milestone_count: tasksOf(catalog, 'agreement', a.id).length,
          translation_lo: a.data.translation.lo,
        };
      });
    case 'milestones':
      return catalog.milestones.map((m) => {
        const d = m.data;
        const interval = m.when ? toInterval(m.when) : undefined;
        return {
          id: m.id,
          url: page('milestones', m.id),
          agreement: m.agreement.id,
          ...text('title', d.title, lang),
          ...text('summary', d.summary, lang),
          date_text: d.when ?? null,
          date_label: m.when ? formatFuzzyDate(m.when, lang) : null,
          date_edtf: m.when ? toEDTF(m.when) : null,
          date_precision: interval?.precision ?? null,
          date_start: interval?.start ?? null,
          date_end: interval?.end ?? null,
          date_source_url: d.whenSource ? `${page('documents', d.whenSource.document)}#${sectionAnchor(d.whenSource.section, d.whenSource.item)}` : null,
          status: m.status,
          status_label: term(catalog, `status-${m.status}`, lang),
          status_as_of: buildDate,
          lead: d.lead,
          coordinating: d.coordinating,
          mentioned: d.mentioned,
          areas: d.areas,
          places: d.places,
          source_document: d.source.document,
          source_section: d.source.section,
          source_item: d.source.item ?? null,
          source_url: `${page('documents', d.source.document)}#${sectionAnchor(d.source.section, d.source.item)}`,
          translation_lo: d.translation.lo,
        };
      });
    case 'quantities':
      return catalog.milestones.flatMap((m) =>
        m.data.quantities.map((q) => ({
          milestone: m.id,
          agreement: m.agreement.id,
          value: q.value,
          up_to: q.upTo ?? null,
          unit: q.unit,
          unit_label: term(catalog, `unit-${q.unit}`, lang),
          ...text('of', q.of, lang),
          year: q.year ?? null,
        })),
      );
    case 'agencies':
      return [...catalog.agencies.values()].map((a) => ({
        id: a.id,
        url: page('agencies', a.id),
        ...text('name', a.data.name, lang),
        ...text('short_name', a.data.shortName, lang),
        kind: a.data.kind,
        kind_label: term(catalog, `agency-kind-${a.data.kind}`, lang),
        country: a.data.country,
        province: a.data.province ?? null,
        valid_from: a.data.validFrom ?? null,
        valid_to: a.data.validTo ?? null,
        successor: a.data.successor ?? null,
        translation_lo: a.data.translation.lo,
      }));
    case 'provinces':
      return [...catalog.provinces.values()].map((p) => ({
        id: p.id,
        url: page('provinces', p.id),
        ...text('name', p.data.name, lang),
        romanised: p.data.romanised ?? null,
        country: p.data.country,
        level: p.data.level,
        parent: p.data.parent ?? null,
        ...text('capital', p.data.capital?.name, lang),
        lat: p.data.capital?.coordinates?.lat ?? null,
        lon: p.data.capital?.coordinates?.lon ?? null,
        valid_from: p.data.validFrom ?? null,
        valid_to: p.data.validTo ?? null,
        successor: p.data.successor ?? null,
        translation_lo: p.data.translation.lo,
      }));
    case 'areas':
      return [...catalog.areas.values()].map((a) => ({
        id: a.id,
        url: page('areas', a.id),
        ...text('name', a.data.name, lang),
        ...text('description', a.data.description, lang),
        order: a.data.order,
        milestone_count: tasksOf(catalog, 'area', a.id).length,
        translation_lo: a.data.translation.lo,
      }));
  }
}

/** Lists in CSV: ids joined by ";" (no id contains one). */
export function csvValue(value: Value): string | number | null {
  return Array.isArray(value) ? value.join(';') : value;
}
