// Compile-only stub: declarations as documented by CANN; not the vendor header.
// Host-side helper that encodes float32 scales (and optional offsets) as UINT64 words.
// The returned array is allocated by the API and released by the caller with free().
#ifndef ACLNNOP_ACLNN_TRANS_QUANT_PARAM_H_
#define ACLNNOP_ACLNN_TRANS_QUANT_PARAM_H_

#include "aclnn/acl_meta.h"

#ifdef __cplusplus
extern "C" {
#endif

aclnnStatus aclnnTransQuantParam(const float *scaleArray, uint64_t scaleArraySize,
                                 const float *offsetArray, uint64_t offsetArraySize,
                                 uint64_t **quantParam, uint64_t *quantParamSize);

#ifdef __cplusplus
}
#endif

#endif  // ACLNNOP_ACLNN_TRANS_QUANT_PARAM_H_
