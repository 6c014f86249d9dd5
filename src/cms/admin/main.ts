/**
 * The site's additions to Decap CMS, bundled into /admin/admin.js (src/integrations/cms-admin.ts):
 * file formats that write content the way the rest of the project does, the fuzzy-date field checked
 * by the site's own parser, and the Lao file's `translatedFrom` kept up to date by the CMS.
 */
import { parse } from 'yaml';
import { parseFuzzyDate } from '../../lib/fuzzy-date.ts';
import { formatFrontmatter, formatYaml, parseFrontmatter, type Fields } from '../frontmatter.ts';
import { translationHashAsync } from '../translation-hash.ts';

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
      registerEventListener(listener: { name: string; handler: (event: { entry: Immutable & { get(key: string): Immutable } }) => unknown }): void;
    };
    h: (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

const { CMS, h, createClass } = window;

/** `id` is the typed id of a new entry: it names the file, and is not a field of it. */
const withoutHelpers = ({ id: _id, ...data }: Fields) => data;

/**
 * What the Lao file may hold (issue 12). Decap renders the facts hidden in the Lao pane, and some
 * widgets (relations, lists) copy their value into the Lao data when they mount; the Lao file
 * must not repeat the facts, so it is cut down to these keys when written.
 */
const LAO_KEYS = ['title', 'summary', 'translatedFrom', 'outdated', 'body'];

/**
 * Decap serialises each language's data with the same format and does not say which language it
 * is writing: the entry being saved is noted here before saving (preSave), so that the Lao data
 * can be told apart from the Vietnamese data by its contents.
 */
let saving: { vi: string; lo?: string } | undefined;
const sameData = (data: Fields) => JSON.stringify(data);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const lo = entry.getIn(['i18n', 'lo', 'data']) as Immutable | undefined;
    saving = { vi: sameData(entry.get('data').toJS!() as Fields), lo: lo?.toJS ? sameData(lo.toJS() as Fields) : undefined };
    return undefined;
  },
});

function laoFile(data: Fields): string {
  const lao = Object.fromEntries(LAO_KEYS.filter((k) => k in data).map((k) => [k, data[k]]));
  // Decap writes every language's file; an entry not yet translated gets a Lao file with no title,
  // which the site reads as "no Lao version" (see docs/huong-dan-bien-tap.md).
  if (!String(lao.title ?? '').trim()) return '---\n# Chưa dịch sang tiếng Lào.\n---\n';
  return formatFrontmatter(lao, LAO_KEYS);
}

CMS.registerCustomFormat('mdx-frontmatter', 'mdx', {
  fromFile: (text) => {
    const { data, body } = parseFrontmatter(text);
    return { ...data, body };
  },
  toFile: (data, order = []) => {
    const json = sameData(data);
    if (saving?.lo !== undefined && json === saving.lo && json !== saving.vi) return laoFile(data);
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
 * In the Lao pane: which Vietnamese text the translation was made from. When the translator changes
 * the Lao title, summary or text, it records the Vietnamese text as it is now; a button does the same
 * after checking that an older translation still holds. The site marks the Lao file outdated when the
 * Vietnamese changes later (issue 12).
 */
const TranslatedFromControl = createClass({
  getInitialState() { return { current: '', laoBefore: undefined as string | undefined }; },
  componentDidMount(this: TranslatedFrom) { this.sync(); },
  componentDidUpdate(this: TranslatedFrom) { this.sync(); },
  sync(this: TranslatedFrom) {
    const { entry, locale, value, onChange } = this.props;
    if (locale !== 'lo') return;
    const vi = { title: String(entry.getIn(['data', 'title']) ?? ''), summary: (entry.getIn(['data', 'summary']) as string | undefined) || undefined, body: String(entry.getIn(['data', 'body']) ?? '') };
    const lao = ['title', 'summary', 'body'].map((k) => String(entry.getIn(['i18n', 'lo', 'data', k]) ?? '')).join('\u0000');
    void translationHashAsync(vi).then((current) => {
      if (current !== this.state.current) this.setState({ current });
      if (this.state.laoBefore === undefined) this.setState({ laoBefore: lao });
      else if (lao !== this.state.laoBefore && lao.replace(/\u0000/g, '').trim() && value !== current) onChange(current);
    });
  },
  render(this: TranslatedFrom) {
    const { locale, value, onChange, forID, classNameWrapper } = this.props;
    if (locale !== 'lo') return h('p', { id: forID, className: classNameWrapper }, 'Chỉ dùng cho bản tiếng Lào.');
    const { current } = this.state;
    const text = !value
      ? 'Chưa có bản dịch tiếng Lào.'
      : value === current
        ? 'Bản dịch khớp với bản tiếng Việt hiện tại.'
        : 'Bản tiếng Việt đã thay đổi sau khi dịch: cần xem lại bản dịch.';
    return h('div', { id: forID, className: classNameWrapper, 'data-translated-from': value ?? '' },
      h('p', null, text),
      value && value !== current
        ? h('button', { type: 'button', onClick: () => onChange(current) }, 'Đã xem lại: bản dịch khớp với bản tiếng Việt hiện tại')
        : null,
    );
  },
});
interface TranslatedFrom {
  props: WidgetProps;
  state: { current: string; laoBefore: string | undefined };
  setState(state: Partial<TranslatedFrom['state']>): void;
  sync(): void;
}
CMS.registerWidget('translated-from', TranslatedFromControl);
