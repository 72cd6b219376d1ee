// aclnnWeightQuantBatchMatmul, m = 16 <= 64: the fixpipe path.
//   result = x1 @ mat2 + bias. On this path x2 is multiplied by the 32 x 32 INT8 identity
//   diagonalMatrix in the cube unit and dequantized on the way out with deqOffset and deqScale:
//   mat2 = (x2 + deqOffset) * deqScale   (per column of x2; this site's inference from the
//   documented parameters: the host code hands these inputs to a kernel whose source is not
//   public). addOffset, mulScale, antiquantScale and antiquantOffset are not used here.
//
// DEPRECATED: the vendor header marks both functions with the deprecated attribute and the
// first call logs a warning: the API is scheduled to be deprecated in a version update after
// December 2026. The December 2025 docs name aclnnWeightQuantBatchMatmulV2 and V3 as
// replacements, the docs since March 2026 (and the header and warning) name
// aclnnWeightQuantBatchMatmulV3 alone (erratum e7-missing-formula-replacement). Use the
// replacement in new code.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "acl/acl.h"
#include "aclnnop/aclnn_trans_quant_param.h"
#include "aclnnop/aclnn_weight_quant_batch_matmul.h"

namespace {

constexpr int32_t kDevice = 0;
constexpr int64_t kM = 16, kK = 4, kN = 4;

// aclError and aclnnStatus both use 0 for success; print CANN's detailed message on failure.
bool Report(int rc, const char *call, int line) {
  if (rc == ACL_SUCCESS) return true;
  const char *detail = aclGetRecentErrMsg();
  std::fprintf(stderr, "line %d: %s returned %d\n  %s\n", line, call, rc,
               detail != nullptr ? detail : "(no detail)");
  return false;
}
#define REPORT(call) Report(static_cast<int>(call), #call, __LINE__)
#define CHECK(call)                   \
  do {                                \
    if (!REPORT(call)) return false;  \
  } while (0)

// Device memory, freed when the owner goes out of scope.
struct DeviceBuffer {
  void *ptr = nullptr;
  DeviceBuffer() = default;
  DeviceBuffer(const DeviceBuffer &) = delete;
  DeviceBuffer &operator=(const DeviceBuffer &) = delete;
  ~DeviceBuffer() {
    if (ptr != nullptr) REPORT(aclrtFree(ptr));
  }
};

// A tensor descriptor over its own device memory: descriptor destroyed first, then memory freed.
struct DeviceTensor {
  DeviceBuffer mem;
  aclTensor *tensor = nullptr;
  DeviceTensor() = default;
  DeviceTensor(const DeviceTensor &) = delete;
  DeviceTensor &operator=(const DeviceTensor &) = delete;
  ~DeviceTensor() {
    if (tensor != nullptr) REPORT(aclDestroyTensor(tensor));
  }
};

// Uploads host data and describes it as a contiguous row-major ND tensor.
template <typename T>
bool MakeTensor(const std::vector<T> &host, const std::vector<int64_t> &shape, aclDataType dtype,
                DeviceTensor &t) {
  const size_t bytes = host.size() * sizeof(T);
  CHECK(aclrtMalloc(&t.mem.ptr, bytes, ACL_MEM_MALLOC_HUGE_FIRST));
  CHECK(aclrtMemcpy(t.mem.ptr, bytes, host.data(), bytes, ACL_MEMCPY_HOST_TO_DEVICE));
  std::vector<int64_t> strides(shape.size(), 1);
  for (size_t i = shape.size(); i > 1; --i) strides[i - 2] = strides[i - 1] * shape[i - 1];
  t.tensor = aclCreateTensor(shape.data(), shape.size(), dtype, strides.data(), 0, ACL_FORMAT_ND,
                             shape.data(), shape.size(), t.mem.ptr);
  if (t.tensor == nullptr) std::fprintf(stderr, "aclCreateTensor failed\n");
  return t.tensor != nullptr;
}

// FLOAT16 data is built on the host (instead of casting FLOAT32 on the device with aclnnCast):
// IEEE binary16 <-> float, round to nearest even.
uint16_t FloatToHalf(float f) {
  uint32_t x;
  std::memcpy(&x, &f, sizeof x);
  const uint32_t sign = (x >> 16) & 0x8000u, a = x & 0x7FFFFFFFu;
  if (a > 0x7F800000u) return static_cast<uint16_t>(sign | 0x7E00u);  // quiet not-a-number
  if (a >= 0x477FF000u) return static_cast<uint16_t>(sign | 0x7C00u);  // rounds past 65504: Inf
  if (a < 0x38800000u) {  // below 2^-14: subnormal half; scaling by 2^24 is exact
    float v;
    std::memcpy(&v, &a, sizeof v);
    return static_cast<uint16_t>(sign | static_cast<uint32_t>(std::nearbyint(v * 16777216.0f)));
  }
  uint32_t h = (((a >> 23) - 112) << 10) | ((a >> 13) & 0x3FFu);
  const uint32_t rest = a & 0x1FFFu;
  if (rest > 0x1000u || (rest == 0x1000u && (h & 1u))) ++h;  // a carry may bump the exponent
  return static_cast<uint16_t>(sign | h);
}
float HalfToFloat(uint16_t h) {
  const uint32_t sign = (h & 0x8000u) << 16, exp = (h >> 10) & 0x1Fu, mant = h & 0x3FFu;
  if (exp == 0) return (sign ? -1.0f : 1.0f) * std::ldexp(static_cast<float>(mant), -24);
  const uint32_t bits = sign | (exp == 31 ? 0x7F800000u : (exp + 112) << 23) | (mant << 13);
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

// The same weight parameters as the m > 64 sample, folded into the fixpipe inputs.
// The m > 64 path computes, per column j:
//   mat2 = ((x2 + antiquantOffset) * antiquantScale + addOffset[j]) * mulScale[j]
//        = (x2 + antiquantOffset + addOffset[j] / antiquantScale) * (antiquantScale * mulScale[j])
// so the fixpipe needs an integer shift (deqOffset, INT32) and a scale (deqScale, UINT64):
//   deqOffset[j] = round(addOffset[j] / antiquantScale - antiquantOffset)   (as the vendor sample)
//   deqScale[j]  = aclnnTransQuantParam(mulScale[j] * antiquantScale)   (as the docs say; the
//   vendor sample computes the product but never encodes it, leaving deqScale all zero)
// Note the sign of antiquantOffset: the expansion above adds it, the vendor sample subtracts it;
// with antiquantOffset = 0 (as here) both agree. deqOffset is exact only when
// addOffset / antiquantScale is an integer, and the fixpipe uses the scale's top 19 bits only.
bool FoldDequantParams(const std::vector<float> &addOffset, const std::vector<float> &mulScale,
                       float antiquantScale, float antiquantOffset, std::vector<int32_t> &deqOffset,
                       std::vector<uint64_t> &deqScale) {
  std::vector<float> scaleArray;
  for (size_t j = 0; j < addOffset.size(); ++j) {
    const float shift = addOffset[j] / antiquantScale - antiquantOffset;
    deqOffset.push_back(static_cast<int32_t>(std::round(shift)));
    scaleArray.push_back(mulScale[j] * antiquantScale);
  }
  // No offset array: the shift is carried by deqOffset. The API allocates the result array.
  uint64_t *quantParam = nullptr;
  uint64_t quantParamSize = 0;
  CHECK(aclnnTransQuantParam(scaleArray.data(), scaleArray.size(), nullptr, 0, &quantParam,
                             &quantParamSize));
  // The array can be padded beyond n entries; the (n) tensor takes the first n.
  const bool enough = quantParam != nullptr && quantParamSize >= scaleArray.size();
  if (enough) deqScale.assign(quantParam, quantParam + scaleArray.size());
  std::free(quantParam);  // the caller releases the array returned by aclnnTransQuantParam
  if (!enough) std::fprintf(stderr, "aclnnTransQuantParam returned %llu entries\n",
                            static_cast<unsigned long long>(quantParamSize));
  return enough;
}

bool Run(aclrtStream stream) {
  std::vector<uint16_t> x1(kM * kK), out(kM * kN, 0);
  for (size_t i = 0; i < x1.size(); ++i) x1[i] = FloatToHalf(0.25f * static_cast<float>(i % 8));
  std::vector<int8_t> x2(kK * kN);
  for (size_t i = 0; i < x2.size(); ++i)
    x2[i] = static_cast<int8_t>(static_cast<int>(i % 16) - 8);
  // diagonalMatrix: the 32 x 32 INT8 identity, required (non-null) when m <= 64.
  std::vector<int8_t> diagonal(32 * 32, 0);
  for (int i = 0; i < 32; ++i) diagonal[i * 32 + i] = 1;
  std::vector<int32_t> deqOffset;
  std::vector<uint64_t> deqScale;
  const float antiquantScale = 1.0f, antiquantOffset = 0.0f;
  if (!FoldDequantParams({1.0f, -2.0f, 0.0f, 3.0f}, {0.5f, 0.25f, 0.125f, 1.0f}, antiquantScale,
                         antiquantOffset, deqOffset, deqScale))
    return false;

  DeviceTensor x1T, x2T, diagonalT, deqOffsetT, deqScaleT, outT;
  if (!MakeTensor(x1, {kM, kK}, ACL_FLOAT16, x1T) || !MakeTensor(x2, {kK, kN}, ACL_INT8, x2T) ||
      !MakeTensor(diagonal, {32, 32}, ACL_INT8, diagonalT) ||
      !MakeTensor(deqOffset, {kN}, ACL_INT32, deqOffsetT) ||
      !MakeTensor(deqScale, {kN}, ACL_UINT64, deqScaleT) ||
      !MakeTensor(out, {kM, kN}, ACL_FLOAT16, outT))
    return false;

  // Both functions are declared deprecated in the vendor header, so with -Werror every call would
  // fail to compile (-Wdeprecated-declarations). Code that must keep calling the old API silences
  // that one warning for these calls only, and nowhere else:
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  // Phase 1: check the parameters, get the workspace size and the executor.
  uint64_t wsSize = 0;
  aclOpExecutor *executor = nullptr;
  CHECK(aclnnWeightQuantBatchMatmulGetWorkspaceSize(
      x1T.tensor, x2T.tensor, diagonalT.tensor, deqOffsetT.tensor, deqScaleT.tensor,
      nullptr, nullptr,  // addOffset, mulScale: folded into deqOffset/deqScale above
      nullptr,           // bias (FLOAT32, length n) is optional
      false, false,      // transposeX1, transposeX2
      antiquantScale, antiquantOffset, outT.tensor, &wsSize, &executor));
  DeviceBuffer ws;  // freed after the stream is synchronized (end of scope)
  if (wsSize > 0) CHECK(aclrtMalloc(&ws.ptr, wsSize, ACL_MEM_MALLOC_HUGE_FIRST));
  // Phase 2: queue the work on the stream (asynchronous).
  CHECK(aclnnWeightQuantBatchMatmul(ws.ptr, wsSize, executor, stream));
#pragma GCC diagnostic pop
  CHECK(aclrtSynchronizeStream(stream));  // wait before reading the output

  const size_t outBytes = out.size() * sizeof(uint16_t);
  CHECK(aclrtMemcpy(out.data(), outBytes, outT.mem.ptr, outBytes, ACL_MEMCPY_DEVICE_TO_HOST));
  for (int64_t i = 0; i < 2; ++i) {
    std::printf("out[%lld]:", static_cast<long long>(i));
    for (int64_t j = 0; j < kN; ++j) std::printf(" %g", HalfToFloat(out[i * kN + j]));
    std::printf("\n");
  }
  return true;
}  // Leaving scope destroys the tensors and frees the workspace and tensor memory.

}  // namespace

int main() {
  if (!REPORT(aclInit(nullptr))) return 1;
  bool ok = false;
  if (REPORT(aclrtSetDevice(kDevice))) {
    aclrtStream stream = nullptr;
    if (REPORT(aclrtCreateStream(&stream))) {
      ok = Run(stream);
      ok = REPORT(aclrtDestroyStream(stream)) && ok;
    }
    ok = REPORT(aclrtResetDevice(kDevice)) && ok;
  }
  ok = REPORT(aclFinalize()) && ok;
  return ok ? 0 : 1;
}
