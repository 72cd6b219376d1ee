// Compile-only stub: declarations as documented by CANN; not the vendor header.
// Only the HCCL calls the samples use.
#ifndef HCCL_HCCL_H_
#define HCCL_HCCL_H_

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *HcclComm;

/* Other members omitted; HCCL_SUCCESS is 0. */
typedef enum {
  HCCL_SUCCESS = 0
} HcclResult;

HcclResult HcclCommInitAll(uint32_t ndev, int32_t *devices, HcclComm *comms);
HcclResult HcclGetCommName(HcclComm comm, char *commName);
HcclResult HcclCommDestroy(HcclComm comm);

#ifdef __cplusplus
}
#endif

#endif  // HCCL_HCCL_H_
