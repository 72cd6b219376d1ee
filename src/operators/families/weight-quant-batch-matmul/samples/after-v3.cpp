// Migration V1 -> V3, AFTER: the same computation with aclnnWeightQuantBatchMatmulV3.
// y = x @ ANTIQUANT(weight) + bias, ANTIQUANT(weight) = (weight + antiquantOffset) * antiquantScale.
// What changed (see the mapping table of the guide): x1 -> x, x2 -> weight, out -> y; the float
// scalars become per-tensor FLOAT16 tensors of shape (1,) (the dtype of x); the bias becomes
// FLOAT16 (required for a FLOAT16 x); diagonalMatrix / deqOffset / deqScale / addOffset / mulScale
// and transposeX1 / transposeX2 are gone; antiquantGroupSize = 0, innerPrecise = 0, and the
// output-quantization parameters are null. No deprecation pragma is needed.
#include <cstdint>
#include <cstdio>
#include <vector>

#include "acl/acl.h"
#include "aclnnop/aclnn_weight_quant_batch_matmul_v3.h"

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
  std::vector<uint16_t> x(kM * kK, 0x3C00);  // FLOAT16 1.0
  std::vector<int8_t> weight(kK * kN, 3);
  std::vector<uint16_t> bias(kN, 0x3800);    // FLOAT16 0.5 (V1 took FLOAT32)
  std::vector<uint16_t> y(kM * kN, 0);
  const std::vector<uint16_t> antiquantScale{0x3800};   // FLOAT16 0.5, shape (1,): per-tensor
  const std::vector<uint16_t> antiquantOffset{0x3C00};  // FLOAT16 1.0, shape as antiquantScale

  Tensor xT, weightT, scaleT, offsetT, biasT, yT;
  if (!Make(x, {kM, kK}, ACL_FLOAT16, xT) || !Make(weight, {kK, kN}, ACL_INT8, weightT) ||
      !Make(antiquantScale, {1}, ACL_FLOAT16, scaleT) || !Make(antiquantOffset, {1}, ACL_FLOAT16, offsetT) ||
      !Make(bias, {kN}, ACL_FLOAT16, biasT) || !Make(y, {kM, kN}, ACL_FLOAT16, yT))
    return false;

  uint64_t wsSize = 0;
  aclOpExecutor *executor = nullptr;
  if (!Ok(aclnnWeightQuantBatchMatmulV3GetWorkspaceSize(
              xT.tensor, weightT.tensor, scaleT.tensor, offsetT.tensor,
              nullptr, nullptr,  // quantScaleOptional, quantOffsetOptional: no output quantization
              biasT.tensor,
              0,                 // antiquantGroupSize: 0 outside per-group
              0,                 // innerPrecise: 0 (1 only for A16W4 per-group, small batch)
              yT.tensor, &wsSize, &executor),
          "aclnnWeightQuantBatchMatmulV3GetWorkspaceSize"))
    return false;
  void *ws = nullptr;
  if (wsSize > 0 && !Ok(aclrtMalloc(&ws, wsSize, ACL_MEM_MALLOC_HUGE_FIRST), "aclrtMalloc")) return false;
  const bool ran = Ok(aclnnWeightQuantBatchMatmulV3(ws, wsSize, executor, stream), "aclnnWeightQuantBatchMatmulV3") &&
                   Ok(aclrtSynchronizeStream(stream), "aclrtSynchronizeStream");
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
