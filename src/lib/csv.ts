/**
 * CSV as RFC 4180 describes it: CRLF between records, a field in double quotes when it holds
 * a comma, a quote, CR or LF (quotes inside doubled), a header row with the column names.
 *
 * Formula injection (OWASP "CSV Injection", ASVS 1.2.10): a spreadsheet runs a cell that begins
 * with = + - @ (or a tab, CR or NUL before one) as a formula, e.g. =HYPERLINK(…) in a title. Such a
 * text cell is written with a leading apostrophe, which spreadsheets show as text, and in quotes.
 * Numbers (JavaScript numbers: the columns typed "number") are written as they are, so -3 stays
 * a number. A field with ";" or a tab is quoted too: spreadsheets in locales whose list separator
 * is ";" (Vietnamese Windows among them) would otherwise split it and start a new cell inside it.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\0]/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** The text as a spreadsheet must read it: an apostrophe before a leading formula character. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV text. It starts with a UTF-8 byte order mark: without it, spreadsheet
 * programs read Vietnamese and Lao text as Latin-1 (RFC 4180 neither requires nor forbids it).
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
