/**
 * /.well-known/security.txt (RFC 9116): how to report a security problem with the site. Built
 * from the publisher's settings (siteConfig.security in src/site-config.ts) on each build.
 */
export interface SecuritySettings {
  /** Where reports go, most preferred first: "mailto:…", "https://…" or "tel:…". RFC 9116 requires one. */
  contacts: readonly string[];
  /** A page describing how reports are handled (optional). */
  policy: string | null;
  /** Languages reports may be written in. */
  languages: readonly string[];
  /** Days after the build until the file expires (RFC 9116: less than a year). A site not rebuilt says it is stale. */
  validDays: number;
}

/** Problems with the settings, in words for the publisher; empty when the file can be written. */
export function securitySettingsProblems(settings: SecuritySettings): string[] {
  const problems: string[] = [];
  for (const contact of settings.contacts) {
    if (!/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+|tel:\+?[\d\s-]+)$/.test(contact)) {
      problems.push(`siteConfig.security.contacts: "${contact}" is not a mailto:, https:// or tel: address`);
    }
  }
  if (settings.policy !== null && !/^https:\/\/\S+$/.test(settings.policy)) problems.push(`siteConfig.security.policy: "${settings.policy}" is not an https:// address`);
  if (!Number.isInteger(settings.validDays) || settings.validDays < 1 || settings.validDays > 364) {
    problems.push(`siteConfig.security.validDays: ${settings.validDays} must be a whole number of days from 1 to 364 (RFC 9116: less than a year)`);
  }
  return problems;
}

/** The file's text, or undefined while no contact is set (the RFC requires one). */
export function securityTxt(settings: SecuritySettings, { site, today }: { site: URL | string; today: string }): string | undefined {
  if (settings.contacts.length === 0) return undefined;
  const problems = securitySettingsProblems(settings);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const expires = new Date(Date.parse(`${today}T00:00:00Z`) + settings.validDays * 86_400_000).toISOString().replace('.000Z', 'Z');
  const lines = [
    '# Hợp tác Việt – Lào: where to report a security problem with this site (RFC 9116).',
    ...settings.contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expires}`,
    `Preferred-Languages: ${settings.languages.join(', ')}`,
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    ...(settings.policy ? [`Policy: ${settings.policy}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
