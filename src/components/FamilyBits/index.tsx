/**
 * The blocks of a family page (/families/<id>): the version comparison and the prototype matrix,
 * both computed from the members' specs (never typed twice), the cited "which one do I call?"
 * decisions and the migration mapping (src/operators/families/), and the compiled before/after
 * samples with their calls linked to the API pages.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import CodeBlock from '@site/src/theme/CodeBlock';
import type {FamilyMember} from '@site/src/plugins/operator-specs/types';
import {useFamily} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ProvenanceBadges, SpecTable} from '../Anchored';
import {CamelName} from '../ParamTable';

const Dash = '—';

function MemberLink({m}: {m: FamilyMember}): ReactNode {
  return (
    <Link to={m.path}>
      <code>
        <CamelName name={m.id} />
      </code>
    </Link>
  );
}

function memberOf(members: FamilyMember[], id: string): FamilyMember | undefined {
  return members.find((m) => m.id === id);
}

/** One row per version: what it adds, supported products, first release, deprecation. */
export function FamilyComparison({family}: {family: string}): ReactNode {
  const f = useFamily(family);
  const caption = translate({id: 'family.comparison.caption', message: '{title}：版本对比'}, {title: f.title});
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'family.col.version', message: '版本'}),
        translate({id: 'family.col.adds', message: '新增内容'}),
        translate({id: 'family.col.products', message: '支持的产品'}),
        translate({id: 'family.col.firstRelease', message: '最早版本'}),
      ]}>
      {f.members.map((m) => {
        const anchor = `version-${m.id}`;
        return (
          <AnchoredRow key={m.id} id={anchor}>
            <th scope="row">
              <MemberLink m={m} />
              <AnchorLink id={anchor} label={m.id} />
              {m.deprecation && (
                <div>
                  <strong>
                    {translate(
                      {id: 'family.deprecated', message: '已废弃，改用 {replacement}'},
                      {replacement: m.deprecation.replacement},
                    )}
                  </strong>{' '}
                  <ProvenanceBadges provenance={m.deprecation.provenance} sources={m.deprecation.sources} />
                </div>
              )}
            </th>
            <td>
              {m.adds.length === 0 ? (
                <SpecText text={m.summary} />
              ) : (
                m.adds.map((a) => (
                  <p key={a.id}>
                    <SpecText text={a.text} /> <ProvenanceBadges provenance={a.provenance} sources={a.sources} />
                  </p>
                ))
              )}
            </td>
            <td>
              {m.products.some((p) => p.supported) ? (
                <ul className="family-products">
                  {m.products
                    .filter((p) => p.supported)
                    .map((p) => (
                      <li key={p.id}>{p.name}</li>
                    ))}
                </ul>
              ) : (
                Dash
              )}
            </td>
            <td>
              {m.firstRelease ? (
                <>
                  {m.firstRelease.release}{' '}
                  <ProvenanceBadges provenance={m.firstRelease.provenance} sources={m.firstRelease.sources} />
                </>
              ) : (
                translate({id: 'family.firstRelease.undetermined', message: '未确定'})
              )}
            </td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}

/**
 * The phase-1 prototypes side by side: one row per parameter name (in the order they first appear
 * across the versions), one column per version with its C type, or "—" where it has none.
 */
export function FamilyParamDiff({family}: {family: string}): ReactNode {
  const f = useFamily(family);
  const names: string[] = [];
  for (const m of f.members) for (const p of m.parameters) if (!names.includes(p.name)) names.push(p.name);
  const caption = translate({id: 'family.diff.caption', message: '{title}：第一段接口参数逐项对比'}, {title: f.title});
  const absent = translate({id: 'family.diff.absent', message: '无此参数'});
  return (
    <SpecTable
      caption={caption}
      headers={[translate({id: 'family.col.parameter', message: '参数'}), ...f.members.map((m) => m.id)]}>
      {names.map((name) => {
        const anchor = `diff-${name}`;
        return (
          <AnchoredRow key={name} id={anchor}>
            <th scope="row">
              <code>
                <CamelName name={name} />
              </code>
              <AnchorLink id={anchor} label={name} />
            </th>
            {f.members.map((m) => {
              const p = m.parameters.find((x) => x.name === name);
              return (
                <td key={m.id} data-label={m.id}>
                  {p ? (
                    <>
                      <code>{p.cType}</code>
                      {p.optional && ` (${translate({id: 'param.optional', message: '可选'})})`}
                    </>
                  ) : (
                    <span aria-label={absent} title={absent}>
                      {Dash}
                    </span>
                  )}
                </td>
              );
            })}
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}

/** "Which one do I call?": one anchored item per decision (`#decision-<id>`). */
export function FamilyDecisions({family}: {family: string}): ReactNode {
  const f = useFamily(family);
  return (
    <SpecTable
      caption={translate({id: 'family.decisions.caption', message: '{title}：该调用哪一个'}, {title: f.title})}
      headers={[
        translate({id: 'family.col.when', message: '情形'}),
        translate({id: 'family.col.call', message: '调用'}),
        translate({id: 'family.col.because', message: '原因与来源'}),
      ]}>
      {f.decisions.map((d) => {
        const anchor = `decision-${d.id}`;
        const m = memberOf(f.members, d.recommend);
        return (
          <AnchoredRow key={d.id} id={anchor} fact={`family/${f.id}/decision/${d.id}`}>
            <th scope="row">
              <SpecText text={d.when} />
              <AnchorLink id={anchor} label={d.id} />
            </th>
            <td>{m ? <MemberLink m={m} /> : <code>{d.recommend}</code>}</td>
            <td>
              <SpecText text={d.because} /> <ProvenanceBadges provenance={d.provenance} sources={d.sources} />
            </td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}

/** The migration mapping, parameter by parameter (`#migration-<id>`). */
export function FamilyMigration({family}: {family: string}): ReactNode {
  const f = useFamily(family);
  const mig = f.migration;
  if (!mig) return null;
  const none = translate({id: 'family.migration.none', message: '（无对应）'});
  const added = translate({id: 'family.migration.new', message: '（新增）'});
  return (
    <SpecTable
      caption={translate(
        {id: 'family.migration.caption', message: '从 {from} 迁移到 {to}：参数对应'},
        {from: mig.from, to: mig.to},
      )}
      headers={[mig.from, mig.to, translate({id: 'family.col.how', message: '怎么改与来源'})]}>
      {mig.rows.map((r) => {
        const anchor = `migration-${r.id}`;
        return (
          <AnchoredRow key={r.id} id={anchor} fact={`family/${f.id}/migration/${r.id}`}>
            <th scope="row">
              {r.from ? <code>{r.from}</code> : added}
              <AnchorLink id={anchor} label={r.from ?? r.to ?? r.id} />
            </th>
            <td>{r.to ? <code>{r.to}</code> : none}</td>
            <td>
              <SpecText text={r.text} /> <ProvenanceBadges provenance={r.provenance} sources={r.sources} />
            </td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}

/** One of the compiled migration samples, with its calls linked to their pages. */
export function FamilySample({family, which}: {family: string; which: 'before' | 'after'}): ReactNode {
  const f = useFamily(family);
  const {withBaseUrl} = useBaseUrlUtils();
  const s = f.migrationSamples?.[which];
  if (!s) throw new Error(`family ${family} has no migration sample "${which}"`);
  const links = Object.fromEntries(Object.entries(s.links).map(([fn, to]) => [fn, withBaseUrl(to)]));
  return <CodeBlock language="cpp" title={s.file} showLineNumbers code={s.code} links={links} />;
}
