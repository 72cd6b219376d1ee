/**
 * Parameter rows shared by the WeightQuantBatchMatmul family members V2, V3 and Nz (their docs
 * describe the same parameters with the same names): each builder takes the member's own citations
 * and the columns that differ. Data helpers only.
 */
import type {ApiSpecInput, Citation, L10n} from '../schema';

type Row = ApiSpecInput['parameters'][number];
type Cols = Pick<Row, 'dtypes' | 'formats' | 'dims' | 'nonContiguous'> & {rules?: L10n[]};

const dims = (zh: string, en: string): L10n => ({'zh-Hans': zh, en});

export function xRow(sources: Citation[], cols: Cols): Row {
  return {
    name: 'x',
    cType: 'const aclTensor *',
    direction: 'in',
    meaning: {
      'zh-Hans': '矩阵乘的左矩阵（激活），公式中的 `x`。',
      en: 'The left matrix of the matmul (activations), `x` in the formula.',
    },
    provenance: ['doc'],
    sources,
    ...cols,
  };
}

export function weightRow(sources: Citation[], cols: Cols): Row {
  return {
    name: 'weight',
    cType: 'const aclTensor *',
    direction: 'in',
    meaning: {
      'zh-Hans': '矩阵乘的右矩阵（伪量化权重），公式中的 `weight`，计算时按 ANTIQUANT 反量化。',
      en: 'The right matrix of the matmul (the weight-only-quantized weights), `weight` in the formula, dequantized by ANTIQUANT during the computation.',
    },
    provenance: ['doc'],
    sources,
    ...cols,
  };
}

export function antiquantScaleRow(sources: Citation[], cols: Cols): Row {
  return {
    name: 'antiquantScale',
    cType: 'const aclTensor *',
    direction: 'in',
    meaning: {
      'zh-Hans': '权重反量化的缩放系数，公式中的 `antiquantScale`。',
      en: 'The dequantization scale of the weights, `antiquantScale` in the formula.',
    },
    provenance: ['doc'],
    sources,
    ...cols,
  };
}

export function antiquantOffsetRow(sources: Citation[], cols: Cols): Row {
  return {
    name: 'antiquantOffsetOptional',
    cType: 'const aclTensor *',
    direction: 'in',
    optional: true,
    meaning: {
      'zh-Hans': '权重反量化的偏移，公式中的 `antiquantOffset`；不需要时传空指针。',
      en: 'The dequantization offset of the weights, `antiquantOffset` in the formula; a null pointer when not needed.',
    },
    provenance: ['doc'],
    sources,
    ...cols,
  };
}

export function quantScaleRow(sources: Citation[], cols: Cols | 'reserved'): Row {
  const base = {
    name: 'quantScaleOptional',
    cType: 'const aclTensor *',
    direction: 'in' as const,
    optional: true,
    provenance: ['doc' as const],
    sources,
  };
  if (cols === 'reserved') {
    return {
      ...base,
      meaning: {
        'zh-Hans': '预留参数，当前未使用，固定传空指针。',
        en: 'Reserved, currently unused: always pass a null pointer.',
      },
      reserved: true,
    };
  }
  return {
    ...base,
    meaning: {
      'zh-Hans':
        '输出量化的参数：由量化公式中的 `quantScale` 与 `quantOffset` 经 `aclnnTransQuantParam` 转换得到；不需要输出量化时传空指针。',
      en: 'The output-quantization parameter: `quantScale` and `quantOffset` of the quantization formula converted with `aclnnTransQuantParam`; a null pointer when the output is not quantized.',
    },
    ...cols,
  };
}

export function quantOffsetRow(sources: Citation[], cols: Cols | 'reserved'): Row {
  const base = {
    name: 'quantOffsetOptional',
    cType: 'const aclTensor *',
    direction: 'in' as const,
    optional: true,
    provenance: ['doc' as const],
    sources,
  };
  if (cols === 'reserved') {
    return {
      ...base,
      meaning: {
        'zh-Hans': '预留参数，当前未使用，固定传空指针。',
        en: 'Reserved, currently unused: always pass a null pointer.',
      },
      reserved: true,
    };
  }
  return {
    ...base,
    meaning: {
      'zh-Hans': '输出量化的偏移，量化公式中的 `quantOffset`；不需要时传空指针。',
      en: 'The output-quantization offset, `quantOffset` in the quantization formula; a null pointer when not needed.',
    },
    ...cols,
  };
}

export function biasRow(sources: Citation[], cols: Cols): Row {
  return {
    name: 'biasOptional',
    cType: 'const aclTensor *',
    direction: 'in',
    optional: true,
    meaning: {
      'zh-Hans': '偏置，公式中的 `bias`；不需要时传空指针。',
      en: 'The bias, `bias` in the formula; a null pointer when not needed.',
    },
    provenance: ['doc'],
    sources,
    ...cols,
  };
}

export function groupSizeRow(sources: Citation[], rules: L10n[]): Row {
  return {
    name: 'antiquantGroupSize',
    cType: 'int',
    direction: 'in',
    meaning: {
      'zh-Hans': 'per-group（及 MX）反量化模式下，一组反量化参数在 Reduce（k）方向覆盖的元素个数。',
      en: 'In the per-group (and MX) dequantization modes, how many elements along the reduce axis (k) one set of dequantization parameters covers.',
    },
    rules,
    valueType: 'int',
    provenance: ['doc'],
    sources,
  };
}

export function yRow(sources: Citation[], cols: Cols): Row {
  return {
    name: 'y',
    cType: 'const aclTensor *',
    direction: 'out',
    meaning: {'zh-Hans': '计算结果，公式中的 `y`。', en: 'The result, `y` in the formula.'},
    provenance: ['doc'],
    sources,
    ...cols,
  };
}

/** The rank text of a 2-D matrix `(a, b)`. */
export function matrixDims(shape: string): L10n {
  return dims(`2 维：${shape}`, `2-D: ${shape}`);
}
