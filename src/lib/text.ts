/**
 * Helpers for the bilingual strings of the spec data.
 */
import type {L10n, Locale} from '../operators/schema';

/** True for an object that is exactly a bilingual string `{'zh-Hans', en}`. */
export function isL10n(value: unknown): value is L10n {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'zh-Hans';
}

/** `Localized<T>` replaces every bilingual string in T by a plain string. */
export type Localized<T> = T extends L10n
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? {[K in keyof T]: Localized<T[K]>}
      : T;

/**
 * Deep-copy `value`, replacing each bilingual string by its text in `locale`.
 * @example localize({title: {'zh-Hans': '参数', en: 'Parameters'}}, 'en') // {title: 'Parameters'}
 */
export function localize<T>(value: T, locale: Locale): Localized<T> {
  if (isL10n(value)) return value[locale] as Localized<T>;
  if (Array.isArray(value)) return value.map((v) => localize(v, locale)) as Localized<T>;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, locale)])) as Localized<T>;
  }
  return value as Localized<T>;
}

/** A run of spec text: plain, or inline code (written `` `code` `` in the data). */
export interface TextRun {
  code: boolean;
  text: string;
}

/**
 * Split spec text on backticks. Text is never interpreted as HTML.
 * @example splitCode('use `sum` only') // [{code:false,text:'use '},{code:true,text:'sum'},{code:false,text:' only'}]
 */
export function splitCode(text: string): TextRun[] {
  const runs: TextRun[] = [];
  text.split('`').forEach((part, i) => {
    if (part !== '') runs.push({code: i % 2 === 1, text: part});
  });
  return runs;
}

/** Walk every string in a value, with its path (for lint messages). */
export function* allStrings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* allStrings(v, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* allStrings(v, path ? `${path}.${k}` : k);
  }
}

/**
 * The words of a camelCase name, split before each inner capital that follows a lower-case letter
 * or digit (`pertokenScaleOptional` → pertoken, Scale, Optional). Used wherever a long name gets
 * line-break opportunities (tables, headings, sidebar labels).
 */
export function camelParts(name: string): string[] {
  return name.split(/(?<=[a-z0-9])(?=[A-Z])/);
}
