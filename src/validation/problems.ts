/** One thing wrong with the content, located for the editor who must fix it. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  line?: number;
  /** Dotted field path, e.g. "quantities.0.unit"; empty for the whole file. */
  field: string;
  /** What is wrong and what is expected, in Vietnamese. */
  message: string;
}

export function formatProblem({ file, line, field, message }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field ? `${where} — ${field}: ${message}` : `${where} — ${message}`;
}

export function formatProblems(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Nội dung có ${problems.length} lỗi trong ${files} tệp; trang web không được tạo cho đến khi sửa hết:`,
    ...problems.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}
