/**
 * Parameter rows shared word for word by the QuantMatmulAllReduce family members V1, V3, V4 and V5
 * (as wqbmmRows.ts does for WeightQuantBatchMatmul): each builder takes the member's own citations.
 * Data helpers only.
 */
import type {ApiSpecInput, Citation} from '../schema';

type Row = ApiSpecInput['parameters'][number];

/** `commTurn`: the number of communication slices; only 0 is supported. */
export function commTurnRow(sources: Citation[]): Row {
  return {
    name: 'commTurn',
    cType: 'int64_t',
    direction: 'in',
    meaning: {
      'zh-Hans': '通信数据切分数（总数据量 / 单次通信量）。',
      en: 'Number of communication slices (total data / data per communication).',
    },
    rules: [{'zh-Hans': '当前仅支持 0。', en: 'Only 0 is supported.'}],
    valueType: 'int64_t',
    provenance: ['doc'],
    sources,
  };
}

/** `streamMode`: the stream mode enumeration; only 1 is supported. */
export function streamModeRow(sources: Citation[]): Row {
  return {
    name: 'streamMode',
    cType: 'int64_t',
    direction: 'in',
    meaning: {'zh-Hans': '流模式枚举。', en: 'Stream mode enumeration.'},
    rules: [{'zh-Hans': '当前仅支持 1。', en: 'Only 1 is supported.'}],
    valueType: 'int64_t',
    provenance: ['doc'],
    sources,
  };
}
