import { stringify } from 'yaml';
import { collections, translationSchemaOf, type CmsCollection } from './collections.ts';
import { jsonSchemaOf, objectFields, type CmsField } from './fields.ts';
import { fieldLabel } from './labels.ts';

/** Where the CMS commits when it is not on the editor's own computer (see docs/cms-publishing.md). */
export interface GitBackend {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch?: string;
  /** The OAuth proxy (GitHub, Gitea) or GitLab itself. */
  base_url?: string;
  auth_endpoint?: string;
  /** GitLab PKCE: the OAuth application id, no proxy needed. */
  app_id?: string;
  auth_type?: 'pkce' | 'implicit';
  /** Self-hosted GitLab or Gitea API, e.g. https://gitea.example.org/api/v1. */
  api_root?: string;
}

export interface CmsConfigOptions {
  backend?: GitBackend;
  /**
   * decap-server's address, for `npm run cms` (the CMS uses it only when opened from 127.0.0.1 or
   * localhost). Left out of the build, whose /admin/ works through the git host.
   */
  localBackendUrl?: string;
  siteUrl?: string;
}

/** The git host from the environment of the build: CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL, CMS_AUTH_ENDPOINT, CMS_APP_ID, CMS_API_ROOT. */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): GitBackend {
  const name = (env.CMS_BACKEND ?? 'github') as GitBackend['name'];
  if (!['github', 'gitlab', 'gitea'].includes(name)) throw new Error(`CMS_BACKEND phải là github, gitlab hoặc gitea (đang là "${name}").`);
  const optional = {
    base_url: env.CMS_BASE_URL,
    auth_endpoint: env.CMS_AUTH_ENDPOINT,
    app_id: env.CMS_APP_ID,
    auth_type: env.CMS_APP_ID ? ('pkce' as const) : undefined,
    api_root: env.CMS_API_ROOT,
  };
  return {
    name,
    repo: env.CMS_REPO ?? 'CHUA-CAU-HINH/hop-tac-viet-lao',
    branch: env.CMS_BRANCH ?? 'main',
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
}

export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

/** An entry id typed by the editor, as src/schemas/common.ts `id` accepts it. */
const ID_PATTERN: [string, string] = ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ ii-1-1.'];

function idField(collection: string): CmsField {
  return { name: 'id', ...fieldLabel(collection, 'id'), widget: 'string', required: false, pattern: ID_PATTERN } as CmsField;
}

/**
 * Fields of an MDX pair. A field without `i18n` is a fact: Decap writes it into the Vietnamese file only
 * and hides it in the Lao pane; `i18n: true` fields are written into each language's file.
 */
function mdxFields(collection: CmsCollection & { kind: 'mdx' }): CmsField[] {
  const translated = new Set(Object.keys(jsonSchemaOf(translationSchemaOf(collection.name)).properties ?? {}));
  const facts = objectFields(collection.name, '', jsonSchemaOf(collection.schema)).map((field) =>
    translated.has(field.name) ? { ...field, i18n: true as const } : field,
  );
  return [
    ...(collection.typedId ? [idField(collection.name)] : []),
    ...facts,
    { name: 'body', ...fieldLabel(collection.name, 'body'), widget: 'text', required: false, i18n: true, hint: 'Văn bản MDX: đoạn văn cách nhau một dòng trống; các thành phần được phép xem trong hướng dẫn.' },
    { name: 'translatedFrom', ...fieldLabel(collection.name, 'translatedFrom'), widget: 'translated-from', required: false, i18n: true },
  ];
}

function collectionConfig(collection: CmsCollection) {
  const common = {
    name: collection.name,
    label: collection.label,
    label_singular: collection.labelSingular,
    folder: collection.folder,
    summary: collection.summary,
  };
  if (collection.kind === 'mdx') {
    return {
      ...common,
      extension: 'mdx',
      format: 'mdx-frontmatter',
      i18n: true,
      create: true,
      ...(collection.path ? { path: collection.path } : {}),
      slug: collection.slug,
      ...(collection.typedId ? { identifier_field: 'id' } : {}),
      fields: mdxFields(collection),
    };
  }
  const fields = objectFields(collection.name, '', jsonSchemaOf(collection.schema));
  return {
    ...common,
    extension: collection.kind === 'yaml' ? 'yaml' : 'md',
    format: collection.kind === 'yaml' ? 'yaml-data' : 'mdx-frontmatter',
    create: !collection.hidden,
    delete: !collection.hidden,
    ...(collection.hidden ? { hide: true } : {}),
    identifier_field: 'id',
    slug: '{{slug}}',
    fields: [idField(collection.name), ...fields, ...(collection.kind === 'markdown' ? [{ name: 'body', label: 'Toàn văn', widget: 'text' }] : [])],
  };
}

/** The whole Decap CMS configuration (https://decapcms.org/docs/configuration-options/). */
export function cmsConfig(options: CmsConfigOptions = {}) {
  return {
    // Decap's interface in Vietnamese (its `vi` locale); what it has not translated stays English.
    locale: 'vi',
    backend: options.backend ?? backendFromEnv(),
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: 'content/media',
    public_folder: '/media',
    i18n: { structure: 'multiple_files', locales: ['vi', 'lo'], default_locale: 'vi' },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections.map(collectionConfig),
  };
}

export function cmsConfigYaml(options: CmsConfigOptions = {}): string {
  return `# Generated from src/schemas by src/cms/config.ts at build time: do not edit.\n${stringify(cmsConfig(options), { lineWidth: 0 })}`;
}

/**
 * The order of an entry's top-level keys as the CMS writes them (the schema's order). Content written
 * by scripts in this order (with src/cms/frontmatter.ts) is what the CMS writes back unchanged.
 */
export function fieldOrder(collection: string): string[] {
  const found = collections.find((c) => c.name === collection);
  if (!found) throw new Error(`No CMS collection "${collection}"`);
  const config = collectionConfig(found);
  return config.fields.map((f) => f.name).filter((name) => name !== 'id' && name !== 'body');
}
