/**
 * The source registry (/sources): every repository and pinned source file the site cites, with
 * the number of citations naming it. Anchors: `#source-<id>` (one row per source).
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {SourceRegistryData} from '@site/src/plugins/operator-specs/types';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, SpecTable} from '../Anchored';
import styles from './styles.module.css';

const KindLabels = {
  seed: () => translate({id: 'sources.kind.seed', message: '原始文档'}),
  doc: () => translate({id: 'sources.kind.doc', message: '文档'}),
  code: () => translate({id: 'sources.kind.code', message: '代码'}),
};

export function RepositoryList({registry}: {registry: SourceRegistryData}): ReactNode {
  return (
    <ul>
      {registry.repositories.map((r) => (
        <li key={r.id}>
          <strong>{r.name}</strong>
          {r.releaseLines.length > 0 && (
            <>
              {' '}
              ({translate({id: 'sources.releaseLines', message: '发布分支'})}: {r.releaseLines.join(', ')})
            </>
          )}
          : <SpecText text={r.description} />
        </li>
      ))}
    </ul>
  );
}

export default function SourceRegistry({registry}: {registry: SourceRegistryData}): ReactNode {
  return (
    <SpecTable
      caption={translate({id: 'sources.caption', message: '本站引用的来源文件（固定到提交）'})}
      headers={[
        translate({id: 'sources.col.id', message: '来源'}),
        translate({id: 'sources.col.file', message: '文件'}),
        translate({id: 'sources.col.kind', message: '类型'}),
        translate({id: 'sources.col.commit', message: '提交（发布分支，日期）'}),
        translate({id: 'sources.col.citations', message: '引用数'}),
      ]}>
      {registry.sources.map((s) => {
        const id = `source-${s.id}`;
        return (
          <AnchoredRow key={s.id} id={id}>
            <th scope="row">
              <code className={styles.id}>{s.id}</code>
              <AnchorLink id={id} label={s.id} />
            </th>
            <td>
              <span className={styles.repo}>{s.repository}</span>
              {s.fileUrl ? (
                <a className={styles.path} href={s.fileUrl} rel="noopener noreferrer" target="_blank">
                  {s.path}
                </a>
              ) : (
                <code className={styles.path}>{s.path}</code>
              )}
            </td>
            <td>{KindLabels[s.kind]()}</td>
            <td>
              {s.commit ? (
                <>
                  <code className={styles.commit}>{s.commit.slice(0, 10)}</code> ({s.release}, {s.date})
                </>
              ) : (
                s.release
              )}
            </td>
            <td>{s.citations}</td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}
