// Compile-only stub: declarations as documented by CANN; not the vendor header.
// Helper operator that encodes float32 quant/dequant scales as INT64/UINT64 words on the device.
#ifndef ACLNNOP_ACLNN_TRANS_QUANT_PARAM_V2_H_
#define ACLNNOP_ACLNN_TRANS_QUANT_PARAM_V2_H_

#include "aclnn/acl_meta.h"

#ifdef __cplusplus
extern "C" {
#endif

aclnnStatus aclnnTransQuantParamV2GetWorkspaceSize(const aclTensor *scale, const aclTensor *offset,
                                                   const aclTensor *out, uint64_t *workspaceSize,
                                                   aclOpExecutor **executor);
aclnnStatus aclnnTransQuantParamV2(void *workspace, uint64_t workspaceSize, aclOpExecutor *executor,
                                   aclrtStream stream);

#ifdef __cplusplus
}
#endif

#endif  // ACLNNOP_ACLNN_TRANS_QUANT_PARAM_V2_H_
