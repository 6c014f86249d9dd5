import { z } from 'zod';
import { confidence, ref, isoDate, localized, translation } from './common.ts';
import { fuzzyDateText } from './fuzzy-date-text.ts';

export const documentTypes = ['plan', 'minutes', 'agreement', 'memorandum', 'notice', 'decision', 'report'] as const;

/** A value the copy leaves blank but that is published elsewhere, with how sure we are. */
const publishedElsewhere = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    basis: z.string().min(1, { error: 'Cần ghi căn cứ (basis).' }),
    confidence,
  });

/**
 * A source document hosted on the site (Markdown file: metadata in front matter,
 * the full original text as the body). Every citation points into one of these.
 */
export const documentSchema = z.strictObject({
  type: z.enum(documentTypes, { error: `type phải là một trong: ${documentTypes.join(', ')}.` }),
  /** Number as printed ("110/KH-UBND"); omit when the copy leaves it blank. */
  number: z.string().min(1).optional(),
  numberPublishedElsewhere: publishedElsewhere(z.string().min(1)).optional(),
  /** Date as far as the copy gives it: "2023-05-19", or "8/2022" when the day is blank. */
  date: fuzzyDateText,
  datePublishedElsewhere: publishedElsewhere(isoDate).optional(),
  /** Place of issue as printed. */
  place: localized.optional(),
  /** Agency id of the issuing body. */
  issuer: ref('agencies'),
  /** Who signed, as printed: name kept in its own script; title per language. */
  signer: z
    .strictObject({ name: z.string().min(1), title: localized })
    .optional(),
  title: localized,
  /** Short description of what the document is for. */
  summary: localized,
  /** Ids of documents this one replaces. */
  supersedes: z.array(ref('documents')).default([]),
  /** Documents named in the text that the site does not host (e.g. a plan replaced by this one). */
  cites: z
    .array(z.strictObject({ title: localized, number: z.string().optional(), date: fuzzyDateText.optional() }))
    .default([]),
  /**
   * Parts of the text whose numbered items are planned tasks, e.g. ["II", "IV"]: every bullet,
   * numbered row or undivided numbered section under them must have a milestone citing it.
   */
  tasks: z
    .array(z.string().regex(/^([IVX]+|\d+)(\.\d+)*$/, { error: (i) => `"${String(i.input)}" không phải số mục, ví dụ "II" hoặc "IV.2".` }))
    .default([]),
  /** File name of the original in the project's source set, for provenance. */
  sourceFile: z.string().regex(/\.txt$/, { error: 'sourceFile là tên tệp gốc (.txt).' }),
  translation,
});
export type SourceDocument = z.infer<typeof documentSchema>;
