/**
 * Blocks of a related-API page (/api/<apiName>, data from src/operators/apis/): the intro (what it
 * is, header, first release, deprecation), the cited facts (what it produces / adds / how the
 * operators use it) as anchored rows `#fact-<id>`, and the lines of this site's samples that call it.
 * Parameters, products and prototypes use the shared ParamTable, ProductTable and Prototype.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Admonition from '@theme/Admonition';
import {translate} from '@docusaurus/Translate';
import type {LocalApiFact} from '@site/src/plugins/operator-specs/types';
import {operatorPath, useApi} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ErrataLinks, ProvenanceBadges, SpecTable} from '../Anchored';
import {VersionMarks} from '../Versioned';

function kindLabel(kind: LocalApiFact['kind']): string {
  switch (kind) {
    case 'produces':
      return translate({id: 'api.fact.produces', message: '产出'});
    case 'adds':
      return translate({id: 'api.fact.adds', message: '新增'});
    case 'usage':
      return translate({id: 'api.fact.usage', message: '用法'});
    case 'note':
      return translate({id: 'api.fact.note', message: '说明'});
  }
}

/** A link to the page of an operator or related API (`links`: name → path); plain code when it has no page. */
function ApiNameLink({name, links}: {name: string; links: Record<string, string>}): ReactNode {
  const to = links[name];
  return to ? (
    <Link to={to}>
      <code>{name}</code>
    </Link>
  ) : (
    <code>{name}</code>
  );
}

/** What the API is: summary, description, header, kind, first release, deprecation. */
export function ApiIntro({api}: {api: string}): ReactNode {
  const spec = useApi(api);
  const first = spec.firstRelease;
  return (
    <>
      {spec.deprecation && (
        <Admonition
          type="danger"
          title={translate(
            {id: 'deprecation.title', message: '已废弃：请改用 {replacement}'},
            {replacement: spec.deprecation.replacement},
          )}>
          <p>
            <SpecText text={spec.deprecation.text} />{' '}
            <ProvenanceBadges provenance={spec.deprecation.provenance} sources={spec.deprecation.sources} />
            <ErrataLinks ids={spec.deprecation.errata} />
          </p>
        </Admonition>
      )}
      <p>
        <strong>
          <SpecText text={spec.summary} />
        </strong>
      </p>
      <p>
        <SpecText text={spec.description} />
      </p>
      <ul>
        <li>
          {translate({id: 'operator.header', message: '头文件：'})}
          <code>{spec.header}</code>
        </li>
        <li>
          {spec.kind === 'companion'
            ? translate({id: 'api.kind.companion', message: '类型：配套接口（本站两个算子的调用流程会用到）'})
            : translate({id: 'api.kind.member', message: '类型：算子族成员'})}
          {spec.family && (
            <>
              {' · '}
              <Link to={`/families/${spec.family}`}>
                {translate({id: 'api.family.link', message: '算子族对比与迁移指南'})}
              </Link>
            </>
          )}
        </li>
        <li>
          {translate({id: 'api.firstRelease', message: '最早见于：'})}
          {first ? (
            <>
              <strong>{first.release}</strong> <SpecText text={first.text} />{' '}
              <ProvenanceBadges provenance={first.provenance} sources={first.sources} />
            </>
          ) : (
            translate({
              id: 'api.firstRelease.undetermined',
              message: '未确定（所引用的来源不能确定该接口最早出现的版本）',
            })
          )}
        </li>
      </ul>
    </>
  );
}

/** The cited facts, optionally of some kinds only, as anchored rows `#fact-<id>`. */
export function ApiFacts({api, kinds}: {api: string; kinds?: LocalApiFact['kind'][]}): ReactNode {
  const spec = useApi(api);
  const rows = spec.facts.filter((f) => !kinds || kinds.includes(f.kind));
  if (rows.length === 0) return null;
  const caption = translate({id: 'api.facts.caption', message: '{api} 的要点'}, {api: spec.id});
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'api.facts.col.kind', message: '类别'}),
        translate({id: 'api.facts.col.text', message: '内容与来源'}),
      ]}>
      {rows.map((f) => {
        const anchor = `fact-${f.id}`;
        const key = `${spec.id}/fact/${f.id}`;
        return (
          <AnchoredRow key={f.id} id={anchor} fact={key}>
            <th scope="row">
              {kindLabel(f.kind)}
              <AnchorLink id={anchor} label={`${spec.id} ${f.id}`} />
              <VersionMarks fact={key} />
            </th>
            <td>
              <SpecText text={f.text} />
              {f.relatesTo && (
                <>
                  {' '}
                  (<ApiNameLink name={f.relatesTo} links={spec.links} />)
                </>
              )}{' '}
              <ProvenanceBadges provenance={f.provenance} sources={f.sources} />
              <ErrataLinks ids={f.errata} />
            </td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}

/** The lines of this site's operator samples that call the API, each linking to the sample. */
export function ApiCallers({api}: {api: string}): ReactNode {
  const spec = useApi(api);
  if (spec.calls.length === 0) {
    return <p>{translate({id: 'api.calls.none', message: '本站两个算子的示例代码没有调用该接口。'})}</p>;
  }
  return (
    <ul>
      {spec.calls.map((c) => (
        <li key={`${c.operator}-${c.sample}-${c.line}-${c.fn}`}>
          <Link to={`${operatorPath(c.operator)}#example`}>
            {c.operator} · {c.file}
          </Link>{' '}
          {translate({id: 'api.calls.line', message: '第 {line} 行：'}, {line: String(c.line)})}
          <code>{c.fn}</code>
        </li>
      ))}
    </ul>
  );
}
