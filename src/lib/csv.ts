/**
 * CSV as RFC 4180 describes it: CRLF between records, a field in double quotes when it holds
 * a comma, a quote, CR or LF (quotes inside doubled), a header row with the column names.
 */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV text. It starts with a UTF-8 byte order mark: without it, spreadsheet
 * programs read Vietnamese and Lao text as Latin-1 (RFC 4180 neither requires nor forbids it).
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
