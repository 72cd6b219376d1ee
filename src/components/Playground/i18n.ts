/** Playground's translations: English strings load with the tool, not in every page's bundle (src/lib/toolI18n.ts). */
import {toolTranslator} from '@site/src/lib/toolI18n';
import english from './en.json';

export const translate = toolTranslator(english);
