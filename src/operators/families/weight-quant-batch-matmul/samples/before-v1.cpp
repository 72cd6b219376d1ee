// Migration V1 -> V3, BEFORE: the deprecated aclnnWeightQuantBatchMatmul (m = 128 > 64, the
// single-op path). out = x1 @ W + bias with W = (x2 + antiquantOffset) * antiquantScale, per-tensor
// float scalars; addOffset and mulScale are not used (they have no V3 parameter, see the guide).
// The FLOAT32 bias is converted to FLOAT16 by V1 itself. Compare with after-v3.cpp line by line.
#include <cstdint>
#include <cstdio>
#include <vector>

#include "acl/acl.h"
#include "aclnnop/aclnn_weight_quant_batch_matmul.h"

namespace {

constexpr int64_t kM = 128, kK = 64, kN = 32;

bool Ok(int rc, const char *what) {
  if (rc != 0) std::fprintf(stderr, "%s returned %d\n", what, rc);
  return rc == 0;
}

// Device memory plus a contiguous ND tensor over it.
struct Tensor {
  void *mem = nullptr;
  aclTensor *tensor = nullptr;
  ~Tensor() {
    if (tensor != nullptr) aclDestroyTensor(tensor);
    if (mem != nullptr) aclrtFree(mem);
  }
};

template <typename T>
bool Make(const std::vector<T> &host, const std::vector<int64_t> &shape, aclDataType dtype, Tensor &t) {
  const size_t bytes = host.size() * sizeof(T);
  if (!Ok(aclrtMalloc(&t.mem, bytes, ACL_MEM_MALLOC_HUGE_FIRST), "aclrtMalloc")) return false;
  if (!Ok(aclrtMemcpy(t.mem, bytes, host.data(), bytes, ACL_MEMCPY_HOST_TO_DEVICE), "aclrtMemcpy")) return false;
  std::vector<int64_t> strides(shape.size(), 1);
  for (size_t i = shape.size(); i > 1; --i) strides[i - 2] = strides[i - 1] * shape[i - 1];
  t.tensor = aclCreateTensor(shape.data(), shape.size(), dtype, strides.data(), 0, ACL_FORMAT_ND, shape.data(),
                             shape.size(), t.mem);
  return t.tensor != nullptr;
}

bool Run(aclrtStream stream) {
  std::vector<uint16_t> x1(kM * kK, 0x3C00);  // FLOAT16 1.0
  std::vector<int8_t> x2(kK * kN, 3);
  std::vector<float> bias(kN, 0.5f);          // V1: FLOAT32 bias, shape (n,)
  std::vector<uint16_t> out(kM * kN, 0);
  const float antiquantScale = 0.5f, antiquantOffset = 1.0f;  // V1: float scalars

  Tensor x1T, x2T, biasT, outT;
  if (!Make(x1, {kM, kK}, ACL_FLOAT16, x1T) || !Make(x2, {kK, kN}, ACL_INT8, x2T) ||
      !Make(bias, {kN}, ACL_FLOAT, biasT) || !Make(out, {kM, kN}, ACL_FLOAT16, outT))
    return false;

  uint64_t wsSize = 0;
  aclOpExecutor *executor = nullptr;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // V1 is declared deprecated
  if (!Ok(aclnnWeightQuantBatchMatmulGetWorkspaceSize(
              x1T.tensor, x2T.tensor,
              nullptr, nullptr, nullptr,  // diagonalMatrix, deqOffset, deqScale: m <= 64 only; gone in V3
              nullptr, nullptr,           // addOffset, mulScale: no V3 parameter
              biasT.tensor,
              false, false,               // transposeX1, transposeX2: V3 uses transposed views instead
              antiquantScale, antiquantOffset, outT.tensor, &wsSize, &executor),
          "aclnnWeightQuantBatchMatmulGetWorkspaceSize"))
    return false;
  void *ws = nullptr;
  if (wsSize > 0 && !Ok(aclrtMalloc(&ws, wsSize, ACL_MEM_MALLOC_HUGE_FIRST), "aclrtMalloc")) return false;
  const bool ran = Ok(aclnnWeightQuantBatchMatmul(ws, wsSize, executor, stream), "aclnnWeightQuantBatchMatmul") &&
                   Ok(aclrtSynchronizeStream(stream), "aclrtSynchronizeStream");
#pragma GCC diagnostic pop
  if (ws != nullptr) aclrtFree(ws);
  return ran;
}

}  // namespace

int main() {
  if (!Ok(aclInit(nullptr), "aclInit")) return 1;
  bool ok = false;
  aclrtStream stream = nullptr;
  if (Ok(aclrtSetDevice(0), "aclrtSetDevice") && Ok(aclrtCreateStream(&stream), "aclrtCreateStream")) {
    ok = Run(stream);
    aclrtDestroyStream(stream);
  }
  aclrtResetDevice(0);
  aclFinalize();
  return ok ? 0 : 1;
}
