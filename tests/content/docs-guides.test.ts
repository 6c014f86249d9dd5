import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocumentSections, taskUnits, uncoveredTasks } from '../../src/lib/document-sections.ts';
import { loadDirectly, type ContentSession } from '../../src/loaders/load-directly.ts';
import { laoCoverage } from '../../src/lib/translation-status.ts';
import { proseFields, type CollectionName, type TranslatedCollection } from '../../src/schemas/index.ts';
import { componentProblems, type ComponentContext } from '../../src/validation/mdx-components.ts';
import { allowedComponents, scanMdxBody } from '../../src/validation/mdx-safety.ts';
import { formatProblems } from '../../src/validation/problems.ts';
import { contentWarnings } from '../../src/validation/warnings.ts';
import { checkCommand } from '../../scripts/check-content.ts';
import { newCommand } from '../../scripts/new.ts';
import { translationsCommand } from '../../scripts/translations.ts';
import { contentCopy, runCommand } from '../support/content-copy.ts';
import { fixtureSite, type FixtureSite } from '../support/fixture-site.ts';

/**
 * The editors' and translators' guides show real files (docs/examples/content/), real commands
 * and real checker output (for the mistakes in docs/examples/mistakes/). Each is checked here
 * against the code, so the guides cannot drift from it: an example that stops validating or
 * rendering, or a guide that stops quoting it, fails.
 */
const EXAMPLES = 'docs/examples';
const MISTAKES = `${EXAMPLES}/mistakes`;
const guides = { vi: 'docs/huong-dan-bien-tap.md', lo: 'docs/translator-guide-lo.md' };
const text = Object.fromEntries(Object.entries(guides).map(([lang, path]) => [lang, readFileSync(path, 'utf8')])) as Record<keyof typeof guides, string>;
const both = `${text.vi}\n${text.lo}`;
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.[a-z]+$/.test(f)).sort();
const exampleFiles = files(join(EXAMPLES, 'content'));
const textFiles = exampleFiles.filter((f) => /\.(ya?ml|mdx?)$/.test(f));

const NEWS = 'vi-du-2026-06-05-hoc-vien-xiangkhouang';
const REPORT = 'vi-du-bao-cao-y-te-6-thang-2026';

const copies: ReturnType<typeof contentCopy>[] = [];
afterAll(() => copies.forEach((c) => c.remove()), 120_000);
const copy = (...overlays: string[]) => {
  const made = contentCopy(...overlays);
  copies.push(made);
  return made;
};

/** A loaded entry's data, by collection and id. */
const dataOf = (session: ContentSession, collection: CollectionName, id: string) => session.entries.get(collection)?.get(id)?.data as Record<string, string> | undefined;

describe("the guides' examples (docs/examples/content)", () => {
  const withExamples = copy(EXAMPLES);
  let session: ContentSession;
  beforeAll(async () => {
    session = await loadDirectly(withExamples.root);
  }, 60_000);

  it('pass every check when laid over the real content', () => {
    expect(textFiles.length).toBeGreaterThanOrEqual(13);
    expect(session.problems, formatProblems(session.problems)).toEqual([]);
    expect(session.placeholders).toEqual([]);
  });

  it('are fully translated except the one task showing a partial translation', () => {
    const { translations } = contentWarnings(session);
    const examples = translations.filter((w) => w.file.includes('vi-du-'));
    expect(examples.map((w) => `${w.file}: ${w.message}`)).toEqual([
      expect.stringMatching(/vi-du-tuyen-quang-xiangkhouang-y-te-2026-2030\/ii-1-2\.lo\.mdx: .*\(partial\); còn thiếu: summary\./),
    ]);
  });

  it('give the example plan a milestone for every task', () => {
    const plan = session.all('documents').find((e) => e.id === 'vi-du-ke-hoach-y-te-2026')!;
    const units = taskUnits(parseDocumentSections(plan.body ?? ''), plan.data.tasks as string[]);
    const cited = session
      .all('milestones')
      .map((e) => e.data.source as { document: string; section: string; item?: number })
      .filter((s) => s.document === plan.id);
    expect(units.length).toBe(3);
    expect(uncoveredTasks(units, cited)).toEqual([]);
  });

  it('use every allowed component in the example news article, each pointing at something that exists', () => {
    const news = session.entries.get('news')!.get(NEWS)!;
    const { issues, components } = scanMdxBody(news.body!);
    expect(issues).toEqual([]);
    expect([...new Set(components.map((c) => c.name))].sort()).toEqual([...allowedComponents].sort());
    const context: ComponentContext = {
      exists: (collection, id) => session.entries.get(collection)?.has(id) ?? false,
      sections: new Map(session.all('documents').map((d) => [d.id, parseDocumentSections(d.body ?? '')])),
      mediaExists: (path) => existsSync(join(withExamples.content, path)),
    };
    expect(componentProblems(components, context)).toEqual([]);
    // The rules do run on each example: pointing any of them elsewhere is reported.
    for (const use of components.filter((c) => Object.keys(c.attributes).length > 0)) {
      const [name, value] = Object.entries(use.attributes).find(([key]) => ['section', 'milestone', 'agreement', 'area', 'src'].includes(key))!;
      const broken = { ...use, attributes: { ...use.attributes, [name]: value.replace(/[^/.]+$/, 'khong-co') } };
      expect(componentProblems([broken], context), `<${use.name} ${name}="${value}">`).toHaveLength(1);
    }
  });

  it.each(textFiles)('%s is quoted whole in a guide', (file) => {
    const body = readFileSync(join(EXAMPLES, 'content', file), 'utf8').replace(/\n$/, '');
    expect(both.includes(`\n${body}\n\`\`\``), `docs/*.md must contain ${file} verbatim, in a code block`).toBe(true);
    expect(both).toContain(`content/${file}`);
  });

  it('show each component on its own, copied from the example article', () => {
    const article = readFileSync(join(EXAMPLES, 'content/news', `${NEWS}.vi.mdx`), 'utf8');
    for (const name of allowedComponents) {
      const shown = [...text.vi.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!.trim()).filter((block) => block.startsWith(`<${name}`));
      expect(shown.length, `a code block starting with <${name}`).toBeGreaterThan(0);
      for (const block of shown) expect(article, `<${name}> example`).toContain(block);
    }
  });

  it('name their image in content/media/', () => {
    expect(exampleFiles.filter((f) => f.startsWith('media/'))).toEqual(['media/vi-du-lo-trinh-hoc-vien-2026-2030.svg']);
    expect(text.vi).toContain('content/media/vi-du-lo-trinh-hoc-vien-2026-2030.svg');
  });
});

describe("the guides' commands", { timeout: 240_000 }, () => {
  const commands = [...both.matchAll(/^npm run new -- (.+)$/gm)].map((m) => m[1]!);

  it('show each kind of npm run new, and each runs and writes valid files', async () => {
    expect([...new Set(commands.map((c) => c.split(' ')[0]))].sort()).toEqual(['agency', 'agreement', 'milestone', 'news', 'translation']);
    const target = copy(EXAMPLES);
    for (const command of commands) {
      const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      const run = await runCommand(newCommand, args, target.root);
      expect(run.status, `${command}\n${run.output}`).toBe(0);
    }
    const session = await loadDirectly(target.root);
    expect(session.problems, formatProblems(session.problems)).toEqual([]);
    // Each Lao file written records the fingerprint of the Vietnamese it is made from, and what is left to translate.
    for (const [, collection, id] of commands.join('\n').matchAll(/translation --file content\/(agreements|areas|milestones|news)\/(\S+)\.vi\.mdx/g)) {
      const vi = session.entries.get(collection as TranslatedCollection)!.get(id!)!;
      const lao = `content/${collection}/${id}.lo.mdx`;
      expect(readFileSync(join(target.root, lao), 'utf8')).toContain(`translatedFrom: "${laoCoverage(vi, undefined, proseFields[collection as TranslatedCollection]).hash}"`);
      expect(session.placeholders.filter((p) => p.file === lao).length, lao).toBeGreaterThan(0);
    }
  });

  it('name only scripts the project has', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);
    const named = [...new Set([...both.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThanOrEqual(4);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('link to files that exist', () => {
    for (const [lang, body] of Object.entries(text)) {
      for (const [, target] of body.matchAll(/\]\(([^)#:]+\.md)\)/g)) expect(existsSync(join('docs', target!)), `${lang}: ${target}`).toBe(true);
    }
  });
});

describe('the checker output the guides show', { timeout: 60_000 }, () => {
  it.each([
    ['vi', 'bien-tap'],
    ['lo', 'dich'],
  ] as const)('%s: the errors npm run check prints for docs/examples/mistakes/%s', async (lang, mistake) => {
    const target = copy(EXAMPLES, join(MISTAKES, mistake));
    const run = await runCommand(checkCommand, [], target.root);
    expect(run.status).toBe(1);
    expect(text[lang]).toContain(`\`\`\`text\n${run.stderr.trim()}\n\`\`\``);
  });

  it.each([
    ['vi', 'check-content.ts'],
    ['lo', 'check-content.ts'],
    ['lo', 'translations.ts'],
  ] as const)('%s: the lines about the examples that %s prints once a translated Vietnamese text changed', async (lang, script) => {
    const target = copy(EXAMPLES, join(MISTAKES, 'sua-tieng-viet'));
    const run = await runCommand({ 'check-content.ts': checkCommand, 'translations.ts': translationsCommand }[script], [], target.root);
    expect(run.status, run.output).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => line.includes('vi-du-'));
    expect(lines.join('\n')).toMatch(/outdated/);
    expect(text[lang]).toContain(`\`\`\`text\n${lines.join('\n')}\n\`\`\``);
  });
});

describe("the translators' guide's steps", { timeout: 60_000 }, () => {
  const TASKS = 'milestones/vi-du-tuyen-quang-xiangkhouang-y-te-2026-2030';
  const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));
  const exampleGaps = async (root: string) => {
    const session = await loadDirectly(root);
    expect(session.problems, formatProblems(session.problems)).toEqual([]);
    return contentWarnings(session).translations.filter((w) => w.file.includes('vi-du-')).map((w) => w.file);
  };

  it('adding the summary line shown completes the partial translation', async () => {
    const target = copy(EXAMPLES);
    const line = /```yaml\n(summary: .+)\n```/.exec(text.lo)![1]!;
    edit(join(target.content, TASKS, 'ii-1-2.lo.mdx'), (lao) => lao.replace(/^(title: .+)$/m, `$1\n${line}`));
    expect(await exampleGaps(target.root)).toEqual([]);
  });

  it('writing the new translatedFrom shown clears the outdated warning once the Vietnamese changed', async () => {
    const target = copy(EXAMPLES, join(MISTAKES, 'sua-tieng-viet'));
    const lao = join(target.content, TASKS, 'ii-1-1.lo.mdx');
    expect(await exampleGaps(target.root)).toContain(`content/${TASKS}/ii-1-1.lo.mdx`);
    const written = /`(translatedFrom: "[0-9a-f]{12}")`/.exec(text.lo)![1]!;
    edit(lao, (text) => text.replace(/^translatedFrom: .+$/m, written));
    expect(await exampleGaps(target.root)).not.toContain(`content/${TASKS}/ii-1-1.lo.mdx`);
  });
});

/** The examples built into the site: what the components show readers, in both languages. */
/** The examples are laid over the fixture site (tests/support/fixture-site.ts), built under a base path. */
describe('the example article as built', { timeout: 600_000 }, () => {
  let site: FixtureSite;
  let session: ContentSession;
  const page = (lang: 'vi' | 'lo') => parse(readFileSync(join(site.dist, lang, 'news', NEWS, 'index.html'), 'utf8'));
  beforeAll(async () => {
    site = await fixtureSite();
    session = await loadDirectly(site.root);
  }, 600_000);

  it('builds', () => {
    expect(existsSync(join(site.dist, 'vi', 'news', NEWS, 'index.html'))).toBe(true);
  });

  it.each(['vi', 'lo'] as const)('%s: <Quote> shows the cited bullet of the report word for word, linked to it', (lang) => {
    const quote = page(lang).querySelector('[data-quote]')!;
    const report = parseDocumentSections(session.entries.get('documents')!.get(REPORT)!.body!).find((s) => s.id === 'I.1')!;
    const bullet = report.blocks.find((b) => b.kind === 'item' && b.index === 1) as { text: string };
    expect(quote.querySelector('blockquote')!.text.trim()).toBe(bullet.text);
    expect(quote.querySelector('a')!.getAttribute('href')).toBe(`${site.base}${lang}/documents/${REPORT}/#s-I.1-1`);
  });

  it.each(['vi', 'lo'] as const)('%s: <EntryLink> shows each target\'s title in the page\'s language', (lang) => {
    const links = page(lang).querySelectorAll('[data-entry-link]');
    const expected = [
      ['milestones', 'vi-du-tuyen-quang-xiangkhouang-y-te-2026-2030/ii-1-1', 'title'],
      ['milestones', 'vi-du-tuyen-quang-xiangkhouang-y-te-2026-2030/ii-2', 'title'],
      ['agreements', 'vi-du-tuyen-quang-xiangkhouang-y-te-2026-2030', 'title'],
      ['areas', 'health', 'name'],
    ] as const;
    expect(links.map((a) => [a.getAttribute('href'), a.text.trim()])).toEqual(
      expected.map(([collection, id, field]) => [
        `${site.base}${lang}/${collection}/${id}/`,
        dataOf(session, lang === 'vi' ? collection : (`${collection}Lo` as CollectionName), id)![field],
      ]),
    );
  });

  it.each(['vi', 'lo'] as const)('%s: <Figure> shows the local image with its text, caption and credit', (lang) => {
    const figure = page(lang).querySelector('[data-figure]')!;
    const img = figure.querySelector('img')!;
    const written = /<Figure src="([^"]+)" alt="([^"]+)" caption="([^"]+)" credit="([^"]+)" \/>/.exec(
      readFileSync(join(EXAMPLES, 'content/news', `${NEWS}.${lang}.mdx`), 'utf8'),
    )!;
    const src = img.getAttribute('src')!;
    expect(src).toMatch(new RegExp(`^${site.base}_astro/vi-du-lo-trinh-hoc-vien-2026-2030\\.[^/]+\\.svg$`));
    expect(existsSync(join(site.dist, src.slice(site.base.length)))).toBe(true);
    expect(img.getAttribute('alt')).toBe(written[2]);
    const caption = figure.querySelector('figcaption')!.text;
    expect(caption).toContain(written[3]);
    expect(caption).toContain(written[4]);
  });

  it.each(['vi', 'lo'] as const)('%s: <Note> sets its text apart, links included', (lang) => {
    const note: HTMLElement = page(lang).querySelector('[data-note]')!;
    expect(note.tagName).toBe('ASIDE');
    expect(note.text).toMatch(lang === 'vi' ? /quý I\/2027/ : /ໄຕມາດ I\/2027/);
    expect(note.querySelectorAll('[data-entry-link]')).toHaveLength(3);
  });
});
