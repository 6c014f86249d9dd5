/**
 * The site's additions to Decap CMS, bundled into /admin/admin.js (src/integrations/cms-admin.ts):
 * file formats that write content the way the rest of the project does, the fuzzy-date field checked
 * by the site's own parser, and the Lao file's `translatedFrom` kept up to date by the CMS.
 */
import { parse } from 'yaml';
import { parseFuzzyDate } from '../../lib/fuzzy-date.ts';
import { formatFrontmatter, formatYaml, parseFrontmatter, type Fields } from '../frontmatter.ts';
import { translationHashAsync } from '../translation-hash.ts';
import { proseFields, type TranslatedCollection } from '../../schemas/prose-fields.ts';

type Immutable = { getIn(path: string[]): unknown; toJS?(): unknown };
interface WidgetProps {
  value?: string;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  entry: Immutable;
  locale?: string;
}
declare global {
  interface Window {
    CMS: {
      registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): Fields; toFile(data: Fields, order?: string[]): string }): void;
      registerWidget(name: string, control: unknown, preview?: unknown): void;
      getLocale(locale: string): Record<string, unknown> | undefined;
      registerLocale(locale: string, phrases: Record<string, unknown>): void;
      registerEventListener(listener: { name: string; handler: (event: { entry: Immutable & { get(key: string): Immutable } }) => unknown }): void;
    };
    h: (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

const { CMS, h, createClass } = window;

/** Strings Decap's Vietnamese locale leaves in English, on the screens editors use most. */
const vietnamese = {
  editor: {
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết: %{locale}',
        copyFromLocale: 'Chép từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Chép nội dung từ bản %{locale}?\nNội dung đang có sẽ bị ghi đè.',
      },
    },
    editorWidgets: { list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' } },
  },
};
const merge = (base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries([...new Set([...Object.keys(base), ...Object.keys(extra)])].map((key) => {
    const [a, b] = [base[key], extra[key]];
    const nested = a && b && typeof a === 'object' && typeof b === 'object';
    return [key, nested ? merge(a as Record<string, unknown>, b as Record<string, unknown>) : (b ?? a)];
  }));
CMS.registerLocale('vi', merge(CMS.getLocale('vi') ?? {}, vietnamese));

/** `id` is the typed id of a new entry: it names the file, and is not a field of it. */
const withoutHelpers = ({ id: _id, ...data }: Fields) => data;

/**
 * What the Lao file may hold (issue 12). Decap renders the facts hidden in the Lao pane, and some
 * widgets (relations, lists) copy their value into the Lao data when they mount; the Lao file
 * must not repeat the facts, so it is cut down to these keys when written.
 */
const LAO_KEYS = ['title', 'summary', 'name', 'description', 'translatedFrom', 'outdated', 'body'];
/** The `translatedFrom` value of the "reviewed" button, replaced by the Vietnamese text's hash when saving. */
const REVIEWED = 'reviewed';

/** The prose of every file the CMS has read: a Lao text not among them was changed by the translator. */
const prose = (data: Fields) => JSON.stringify([data.title ?? data.name ?? '', data.summary ?? data.description ?? '', String(data.body ?? '').trim()]);
/** The prose fields of a collection's entries (areas have a name and a description). */
const keysOf = (collection: unknown): readonly string[] => proseFields[collection as TranslatedCollection] ?? proseFields.news;
const viHashOf = (collection: unknown, get: (key: string) => unknown) =>
  translationHashAsync(keysOf(collection).map((k) => (get(k) as string | undefined) || undefined), String(get('body') ?? ''));
const loaded = new Set<string>();

/**
 * Decap serialises each language's data with the same format and does not say which language it
 * is writing: the entry being saved is noted before saving (preSave, which may be async), with the
 * hash of its Vietnamese text, so that the Lao data can be told apart by its contents.
 */
let saving: { vi: string; lo?: string; viHash: string } | undefined;
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const vi = entry.get('data').toJS!() as Fields;
    const lo = entry.getIn(['i18n', 'lo', 'data']) as Immutable | undefined;
    const viHash = await viHashOf(entry.getIn(['collection']), (k) => vi[k]);
    saving = { vi: JSON.stringify(vi), lo: lo?.toJS ? JSON.stringify(lo.toJS()) : undefined, viHash };
    return undefined;
  },
});

/**
 * The Lao file: its prose, and `translatedFrom` set to the Vietnamese text as it is now when the
 * translator changed the Lao text (or confirmed it after review); otherwise kept as it was.
 */
function laoFile(data: Fields, viHash: string): string {
  const lao = Object.fromEntries(LAO_KEYS.filter((k) => k in data).map((k) => [k, data[k]]));
  // Decap writes every language's file; an entry not yet translated gets a Lao file with no title,
  // which the site reads as "no Lao version" (see docs/huong-dan-bien-tap.md).
  if (!String(lao.title ?? lao.name ?? '').trim()) return '---\n# Chưa dịch sang tiếng Lào.\n---\n';
  if (!lao.translatedFrom || lao.translatedFrom === REVIEWED || !loaded.has(prose(lao))) lao.translatedFrom = viHash;
  return formatFrontmatter(lao, LAO_KEYS);
}

CMS.registerCustomFormat('mdx-frontmatter', 'mdx', {
  fromFile: (text) => {
    const { data, body } = parseFrontmatter(text);
    loaded.add(prose({ ...data, body }));
    return { ...data, body };
  },
  // Keys in the order of the fields, i.e. of the schema (Decap's data loses the file's order): files
  // written in that order (src/cms/config.ts `fieldOrder`) change only in the edited lines.
  toFile: (data, order = []) => {
    const json = JSON.stringify(data);
    if (saving?.lo !== undefined && json === saving.lo && json !== saving.vi) return laoFile(data, saving.viHash);
    return formatFrontmatter(withoutHelpers(data), order);
  },
});
CMS.registerCustomFormat('yaml-data', 'yaml', {
  fromFile: (text) => (parse(text) ?? {}) as Fields,
  toFile: (data, order = []) => formatYaml(withoutHelpers(data), order),
});

/** A text box whose value must read as a date in the editors' notation, checked by the site's parser. */
const FuzzyDateControl = createClass({
  isValid(this: { props: WidgetProps }) {
    const value = (this.props.value ?? '').trim();
    if (!value) return true;
    const result = parseFuzzyDate(value);
    return result.ok ? true : { error: { message: `Thời gian "${value}" không đọc được: ${result.error}` } };
  },
  render(this: { props: WidgetProps }) {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return h('input', {
      type: 'text',
      id: forID,
      className: classNameWrapper,
      value: value ?? '',
      placeholder: 'Quý IV/2023',
      onChange: (e: { target: { value: string } }) => onChange(e.target.value),
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
    });
  },
});
CMS.registerWidget('fuzzy-date', FuzzyDateControl, createClass({ render(this: { props: { value?: string } }) { return h('span', null, this.props.value ?? ''); } }));

/**
 * In the Lao pane: whether the translation was made from the Vietnamese text as it is now (issue 12's
 * `translatedFrom`). The value is set when saving (laoFile above); after checking that an older
 * translation still holds, the translator confirms it with the button.
 * Decap re-renders a field only when its own value changes, so the state shown is the one at opening.
 */
const TranslatedFromControl = createClass({
  getInitialState() { return { current: '' }; },
  componentDidMount(this: TranslatedFrom) {
    const { entry } = this.props;
    void viHashOf(entry.getIn(['collection']), (k) => entry.getIn(['data', k])).then((current) => this.setState({ current }));
  },
  render(this: TranslatedFrom) {
    const { locale, value, onChange, forID, classNameWrapper } = this.props;
    if (locale !== 'lo') return h('p', { id: forID, className: classNameWrapper }, 'Chỉ dùng cho bản tiếng Lào: ghi lại bản tiếng Việt mà bản dịch dựa vào.');
    const { current } = this.state;
    const text = !value
      ? 'Chưa có bản dịch tiếng Lào.'
      : value === REVIEWED
        ? 'Đã xác nhận: bản dịch khớp với bản tiếng Việt (ghi lại khi lưu).'
        : value === current || !current
          ? 'Bản dịch khớp với bản tiếng Việt hiện tại.'
          : 'Bản tiếng Việt đã thay đổi sau khi dịch: cần xem lại bản dịch.';
    return h('div', { id: forID, className: classNameWrapper },
      h('p', null, text),
      value && value !== current && value !== REVIEWED && current
        ? h('button', { type: 'button', onClick: () => onChange(REVIEWED) }, 'Đã xem lại: bản dịch khớp với bản tiếng Việt hiện tại')
        : null,
    );
  },
});
interface TranslatedFrom {
  props: WidgetProps;
  state: { current: string };
  setState(state: Partial<TranslatedFrom['state']>): void;
}
CMS.registerWidget('translated-from', TranslatedFromControl);
