/**
 * Build-time plugin: the operator-family comparisons (issue 14). Lints the family data against the
 * specs (any problem fails the build), computes each family's comparison from the members' specs
 * (src/lib/family.ts), localises it for the locale being built and resolves its citations to links.
 * A family page imports `@generated/operator-families/default/<id>.json`.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Locale} from '../../operators/schema';
import {allApis, allOperators, allReleases, allRepositories, allSources} from '../../operators';
import {allFamilies} from '../../operators/families';
import {familyModel, lintFamilyComparison} from '../../lib/family';
import {CitationResolver} from '../../lib/sources/links';
import {localize} from '../../lib/text';
import type {LocalFamily} from './types';

export const PluginName = 'operator-families';

/** Every family, localised and with resolved citations. Pure. */
export function buildFamilies(locale: Locale): LocalFamily[] {
  const problems = lintFamilyComparison(
    allFamilies,
    allOperators,
    allApis,
    allReleases.map((r) => r.id),
  );
  if (problems.length > 0) throw new Error(`Family data has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const resolver = new CitationResolver(allSources, allRepositories, process.env);
  return allFamilies.map(
    (f) => resolver.resolveDeep(localize(familyModel(f, allOperators, allApis), locale)) as unknown as LocalFamily,
  );
}

export default function familiesPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale as Locale;
  return {
    name: PluginName,
    async loadContent() {
      return buildFamilies(locale);
    },
    async contentLoaded({content, actions}) {
      for (const f of content as LocalFamily[]) await actions.createData(`${f.id}.json`, JSON.stringify(f));
    },
    getPathsToWatch() {
      return [path.join(context.siteDir, 'src/operators/**/*')];
    },
  };
}
