import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocumentSections, taskUnits, uncoveredTasks } from '../../src/lib/document-sections.ts';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblems } from '../../src/validation/problems.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { contentWarnings } from '../../src/validation/warnings.ts';
import { contentCopy, runScript } from '../support/content-copy.ts';

/**
 * The editor's and translator's guides show real files (docs/examples/content/), real commands
 * and real checker output. Each is checked here against the code, so the guides cannot drift
 * from the schema: an example that stops validating, or a guide that stops quoting it, fails.
 */
const EXAMPLES = 'docs/examples';
const guides = { vi: 'docs/huong-dan-bien-tap.md', lo: 'docs/translator-guide-lo.md' };
const text = Object.fromEntries(Object.entries(guides).map(([lang, path]) => [lang, readFileSync(path, 'utf8')])) as Record<keyof typeof guides, string>;
const both = `${text.vi}\n${text.lo}`;
const exampleFiles = readdirSync(join(EXAMPLES, 'content'), { recursive: true }).map(String).filter((f) => /\.(ya?ml|mdx?)$/.test(f)).sort();

const copies: ReturnType<typeof contentCopy>[] = [];
afterAll(() => copies.forEach((c) => c.remove()));
const copy = (...overlays: string[]) => {
  const made = contentCopy(...overlays);
  copies.push(made);
  return made;
};

describe('the guides\' examples (docs/examples/content)', () => {
  const withExamples = copy(EXAMPLES);

  it('pass every check when laid over the real content', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(9);
    const problems = checkContent(withExamples.content, withExamples.root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('leave no placeholder, and are fully translated except the one showing "partial"', () => {
    const { translations, placeholders } = contentWarnings(withExamples.content, withExamples.root);
    expect(placeholders).toEqual([]);
    const examples = translations.filter((w) => w.file.includes('vi-du-'));
    expect(examples.map((w) => w.message)).toEqual([expect.stringMatching(/\(partial\); còn thiếu: summary/)]);
  });

  it('give the example plan a milestone for every task', () => {
    const entries = readContent(withExamples.content, withExamples.root);
    const plan = entries.find((e) => e.collection === 'documents' && e.id === 'vi-du-ke-hoach-y-te-2026')!;
    const units = taskUnits(parseDocumentSections(plan.body ?? ''), (plan.data as { tasks: string[] }).tasks);
    const cited = entries
      .filter((e) => e.collection === 'milestones')
      .map((e) => (e.data as { source: { document: string; section: string; item?: number } }).source)
      .filter((s) => s.document === plan.id);
    expect(units.length).toBe(3);
    expect(uncoveredTasks(units, cited)).toEqual([]);
  });

  it.each(exampleFiles)('%s is quoted whole in a guide', (file) => {
    const body = readFileSync(join(EXAMPLES, 'content', file), 'utf8').replace(/\n$/, '');
    expect(both.includes(`\n${body}\n\`\`\``), `docs/*.md must contain ${file} verbatim, in a code block`).toBe(true);
    expect(both).toContain(`content/${file}`);
  });
});

describe('the guides\' commands', { timeout: 60_000 }, () => {
  const commands = [...both.matchAll(/^npm run new -- (.+)$/gm)].map((m) => m[1]);

  it('show each kind of npm run new, and each runs and writes valid files', () => {
    expect(commands.map((c) => c.split(' ')[0]).sort()).toEqual(['agency', 'agreement', 'milestone', 'news']);
    const target = copy(EXAMPLES);
    for (const command of commands) {
      const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
      const run = runScript('new.ts', args, target.root);
      expect(run.status, `${command}\n${run.output}`).toBe(0);
    }
    const problems = checkContent(target.content, target.root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('name only scripts the project has', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);
    const named = [...new Set([...both.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]))];
    expect(named.length).toBeGreaterThanOrEqual(4);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('link to files that exist', () => {
    for (const [lang, body] of Object.entries(text)) {
      for (const [, target] of body.matchAll(/\]\(([^)#:]+\.md)\)/g)) expect(existsSync(join('docs', target)), `${lang}: ${target}`).toBe(true);
    }
  });
});

describe('the checker output the guides show', { timeout: 30_000 }, () => {
  it.each([
    ['vi', ['tests/content/invalid/unknown-lead-agency', 'tests/content/invalid/mdx-script']],
    ['lo', ['tests/content/invalid/lao-field-not-in-lao-script']],
  ] as const)('%s: is what npm run check prints for those mistakes', (lang, fixtures) => {
    const target = copy(...fixtures);
    const run = runScript('check-content.ts', [], target.root);
    expect(run.status).toBe(1);
    expect(text[lang]).toContain(`\`\`\`text\n${run.stderr.trim()}\n\`\`\``);
  });
});
