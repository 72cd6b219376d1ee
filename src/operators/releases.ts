/**
 * The CANN releases the site covers, oldest first (part of the source registry, sources.ts).
 *
 * - `8.0.RC2` is the release the original vendor pages (the seed sources) document; its code is
 *   not public, so implementation facts are "undetermined" for it.
 * - Each open-source release is read at its release tag in each repository (ops-transformer has no
 *   `v9.1.0` tag: its `9.1.0` release branch is read instead).
 * - `master` is the newest state, at the commits the site's citations are pinned to.
 *
 * Ids are public (URLs `?cann=<id>`, the JSON export, the version data): never rename one; add new
 * releases at the end (before `master`) and rerun `npm run versions:scan -- --repos DIR`.
 */
import type * as z from 'zod';
import type {ReleaseSchema} from './schema';
import {OpsNnMaster, OpsTransformerMaster} from './sources';

const releases = [
  {
    id: '8.0.RC2',
    label: {'zh-Hans': 'CANN 8.0.RC2（原始页面）', en: 'CANN 8.0.RC2 (original pages)'},
    date: null,
    seed: true,
  },
  {
    id: '8.5.0',
    label: {'zh-Hans': 'CANN 8.5.0', en: 'CANN 8.5.0'},
    date: '2026-01-23',
    refs: {
      'ops-transformer': {ref: 'v8.5.0', commit: '6ead121aded45355043b502756b6592fd7c30b14', date: '2026-01-22'},
      'ops-nn': {ref: 'v8.5.0', commit: 'e9f5c1b3e0acba40c9ce0d9a7b9c157f4dea0029', date: '2026-01-23'},
    },
  },
  {
    id: '9.0.0',
    label: {'zh-Hans': 'CANN 9.0.0', en: 'CANN 9.0.0'},
    date: '2026-04-28',
    refs: {
      'ops-transformer': {ref: 'v9.0.0', commit: 'afe72144f9f2ac8441929035795db88a111b30c5', date: '2026-04-27'},
      'ops-nn': {ref: 'v9.0.0', commit: '0413e303e6cd1986b592c3e039f2579ac0f10b62', date: '2026-04-28'},
    },
  },
  {
    id: '9.0.1',
    label: {'zh-Hans': 'CANN 9.0.1', en: 'CANN 9.0.1'},
    date: '2026-06-23',
    refs: {
      'ops-transformer': {ref: 'v9.0.1', commit: '8038339a99bae113a7ae07f4547306d6d15bbddf', date: '2026-06-23'},
      'ops-nn': {ref: 'v9.0.1', commit: 'ffcbad031c7cb0acf02a2ae7160d22fe5ed097e2', date: '2026-06-11'},
    },
  },
  {
    id: '9.1.0',
    label: {'zh-Hans': 'CANN 9.1.0', en: 'CANN 9.1.0'},
    date: '2026-07-30',
    refs: {
      'ops-transformer': {
        ref: '9.1.0',
        commit: '3311e26e5ee9bbc3610335ffe908b8a5eeaab570',
        date: '2026-07-23',
        note: {
          'zh-Hans': '该镜像没有 `v9.1.0` 标签：读取 `9.1.0` 发布分支的最新提交。',
          en: 'The mirror has no `v9.1.0` tag: the newest commit of the `9.1.0` release branch is read.',
        },
      },
      'ops-nn': {ref: 'v9.1.0', commit: 'ceb4536a2bd6fc99b85aec9d0fdcc0f470376292', date: '2026-07-30'},
    },
  },
  {
    id: 'master',
    label: {'zh-Hans': 'master（2026-08-22）', en: 'master (2026-08-22)'},
    date: '2026-08-22',
    refs: {
      'ops-transformer': {ref: 'master', commit: OpsTransformerMaster, date: '2026-07-24'},
      'ops-nn': {ref: 'master', commit: OpsNnMaster, date: '2026-08-22'},
    },
  },
] satisfies z.input<typeof ReleaseSchema>[];

export default releases;
