/**
 * Command-line flags of `npm run new -- <kind> --name value …`: no prompts, so the command
 * can be written down in the guide and repeated. Lists are comma-separated ("--area a,b").
 */
export class ScaffoldError extends Error {}

export interface Flags {
  kind: string;
  values: Map<string, string>;
}

export function parseFlags(argv: string[]): Flags {
  const [kind = '', ...rest] = argv;
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(rest[i]);
    if (!match) throw new ScaffoldError(`Không hiểu "${rest[i]}": mỗi thông tin viết dạng --ten gia-tri, ví dụ --id ii-2-5.`);
    const value = match[2] ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new ScaffoldError(`Thiếu giá trị sau --${match[1]}.`);
    // A repeated flag would silently keep only one of the two values: refuse it.
    if (values.has(match[1])) {
      throw new ScaffoldError(`--${match[1]} được ghi hai lần ("${values.get(match[1])}" và "${value.trim()}"): mỗi thông tin chỉ ghi một lần; nhiều giá trị thì cách nhau bằng dấu phẩy, ví dụ --${match[1]} a,b.`);
    }
    values.set(match[1], value.trim());
  }
  return { kind, values };
}

/** Reads flags, refusing the ones a kind does not know (a misspelt flag must not be silently ignored). */
export function reader(flags: Flags, known: string[]) {
  for (const name of flags.values.keys()) {
    if (!known.includes(name)) {
      throw new ScaffoldError(`Không có thông tin --${name} cho "${flags.kind}". Dùng được: ${known.map((k) => `--${k}`).join(', ')}.`);
    }
  }
  const optional = (name: string) => flags.values.get(name) || undefined;
  const required = (name: string, example: string) => {
    const value = optional(name);
    if (!value) throw new ScaffoldError(`Thiếu --${name}, ví dụ: --${name} ${example}`);
    return value;
  };
  const list = (name: string) => (optional(name)?.split(',').map((v) => v.trim()).filter(Boolean) ?? []);
  return { optional, required, list };
}
