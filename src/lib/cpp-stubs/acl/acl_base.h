// Compile-only stub: declarations as documented by CANN; not the vendor header.
// Base types shared by acl/acl.h and aclnn/acl_meta.h (as in CANN, where both reach acl_base.h).
#ifndef ACL_ACL_BASE_H_
#define ACL_ACL_BASE_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int aclError;
static const int ACL_SUCCESS = 0;

typedef void *aclrtStream;
typedef void *aclrtContext;

/* Tensor element types (values as in CANN; other members omitted). */
typedef enum {
  ACL_DT_UNDEFINED = -1,
  ACL_FLOAT = 0,
  ACL_FLOAT16 = 1,
  ACL_INT8 = 2,
  ACL_INT32 = 3,
  ACL_UINT8 = 4,
  ACL_INT64 = 9,
  ACL_UINT64 = 10,
  ACL_BF16 = 27
} aclDataType;

/* Tensor storage formats (values as in CANN; other members omitted). */
typedef enum {
  ACL_FORMAT_UNDEFINED = -1,
  ACL_FORMAT_ND = 2,
  ACL_FORMAT_FRACTAL_NZ = 29
} aclFormat;

#ifdef __cplusplus
}
#endif

#endif  // ACL_ACL_BASE_H_
