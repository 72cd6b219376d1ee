/**
 * Translation for the interactive tools (checker, encoder, playground). Docusaurus bundles
 * every `translate()` message of a locale into the main bundle that every page loads; the
 * tools' few hundred strings would then weigh on the reference pages too. A tool's English
 * strings instead live in its own folder (`en.json`) and load with the tool's code.
 * Same call shape as Docusaurus's `translate({id, message}, values)`: the Chinese message is
 * in the code; the English comes from the dictionary.
 */
import i18n from '@generated/i18n';

type Values = Record<string, string | number>;

/** Replace `{name}` placeholders with values (as Docusaurus's interpolate does for strings). */
export function interpolate(text: string, values?: Values): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/**
 * A `translate` for one tool.
 * @example const translate = toolTranslator({'tool.hi': 'Hello {name}'}); translate({id: 'tool.hi', message: '你好 {name}'}, {name: 'x'})
 */
export function toolTranslator(english: Record<string, string>, locale: string = i18n.currentLocale) {
  const dictionary = locale === 'en' ? english : {};
  return function translate(param: {id: string; message: string; description?: string}, values?: Values): string {
    return interpolate(dictionary[param.id] ?? param.message, values);
  };
}
