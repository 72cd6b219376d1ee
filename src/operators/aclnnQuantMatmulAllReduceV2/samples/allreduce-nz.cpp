// aclnnQuantMatmulAllReduceV2 on 2 ranks with a FRACTAL_NZ weight and a pertoken scale:
//   output = AllReduce(dequantScale * pertokenScaleOptional * (x1 @ x2 + biasOptional)
//                      + x3Optional)
// FLOAT16 output with pertokenScaleOptional: dequantScale is FLOAT32, passed as is (no encoding).
// x2 is converted from ND to FRACTAL_NZ on the device with aclnnCalculateMatmulWeightSizeV2 and
// aclnnTransMatmulWeight. Needs Atlas A2 devices linked as an HCCS all-mesh.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include "acl/acl.h"
#include "aclnnop/aclnn_quant_matmul_all_reduce_v2.h"
#include "aclnnop/aclnn_trans_matmul_weight.h"
#include "hccl/hccl.h"

namespace {

constexpr int kRankCount = 2;
constexpr int64_t kM = 32, kK = 64, kN = 128;

// aclError, aclnnStatus and HcclResult all use 0 for success.
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

struct DeviceBuffer {
  void *ptr = nullptr;
  DeviceBuffer() = default;
  DeviceBuffer(const DeviceBuffer &) = delete;
  DeviceBuffer &operator=(const DeviceBuffer &) = delete;
  ~DeviceBuffer() {
    if (ptr != nullptr) REPORT(aclrtFree(ptr));
  }
};

// Descriptor destroyed first, then its memory freed (member destructor).
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

// Uploads host data as a contiguous ND tensor. `deviceBytes` can reserve a larger buffer than
// the data needs (the NZ layout of a weight is padded).
template <typename T>
bool MakeTensor(const std::vector<T> &host, const std::vector<int64_t> &shape, aclDataType dtype,
                DeviceTensor &t, size_t deviceBytes = 0) {
  const size_t bytes = host.size() * sizeof(T);
  const size_t allocBytes = bytes > deviceBytes ? bytes : deviceBytes;
  CHECK(aclrtMalloc(&t.mem.ptr, allocBytes, ACL_MEM_MALLOC_HUGE_FIRST));
  CHECK(aclrtMemcpy(t.mem.ptr, bytes, host.data(), bytes, ACL_MEMCPY_HOST_TO_DEVICE));
  std::vector<int64_t> strides(shape.size(), 1);
  for (size_t i = shape.size(); i > 1; --i) strides[i - 2] = strides[i - 1] * shape[i - 1];
  t.tensor = aclCreateTensor(shape.data(), shape.size(), dtype, strides.data(), 0, ACL_FORMAT_ND,
                             shape.data(), shape.size(), t.mem.ptr);
  if (t.tensor == nullptr) std::fprintf(stderr, "aclCreateTensor failed\n");
  return t.tensor != nullptr;
}

// binary16 -> float, for printing the FLOAT16 output.
float HalfToFloat(uint16_t h) {
  const uint32_t sign = (h & 0x8000u) << 16, exp = (h >> 10) & 0x1Fu, mant = h & 0x3FFu;
  if (exp == 0) return (sign ? -1.0f : 1.0f) * std::ldexp(static_cast<float>(mant), -24);
  const uint32_t bits = sign | (exp == 31 ? 0x7F800000u : (exp + 112) << 23) | (mant << 13);
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

struct Rank {
  int32_t device = 0;
  aclrtContext context = nullptr;
  aclrtStream stream = nullptr;
  HcclComm comm = nullptr;
  std::vector<float> head;
  bool ok = false;
};

// Converts the ND weight in `x2` to FRACTAL_NZ in place, on `stream`. `ws` must stay alive until
// the stream has been synchronized.
bool ConvertWeightToNz(DeviceTensor &x2, aclrtStream stream, DeviceBuffer &ws) {
  uint64_t wsSize = 0;
  aclOpExecutor *executor = nullptr;
  CHECK(aclnnTransMatmulWeightGetWorkspaceSize(x2.tensor, &wsSize, &executor));
  if (wsSize > 0) CHECK(aclrtMalloc(&ws.ptr, wsSize, ACL_MEM_MALLOC_HUGE_FIRST));
  // Afterwards the tensor's storage is FRACTAL_NZ with a 4-D storage shape; its view stays (k, n).
  CHECK(aclnnTransMatmulWeight(ws.ptr, wsSize, executor, stream));
  return true;
}

bool RunRank(int rankId, Rank &r) {
  CHECK(aclrtSetCurrentContext(r.context));
  char group[128] = {};
  CHECK(HcclGetCommName(r.comm, group));

  std::vector<int8_t> x1(kM * kK), x2(kK * kN);
  for (size_t i = 0; i < x1.size(); ++i)
    x1[i] = static_cast<int8_t>(static_cast<int>((i + rankId) % 5) - 2);
  for (size_t i = 0; i < x2.size(); ++i) x2[i] = static_cast<int8_t>(static_cast<int>(i % 7) - 3);
  std::vector<int32_t> bias(kN, 1);
  std::vector<float> scale(kN, 0.02f);   // perchannel dequantScale, FLOAT32 (n)
  std::vector<float> pertoken(kM);       // one scale per row of x1: (m)
  for (int64_t i = 0; i < kM; ++i) pertoken[i] = 1.0f + 0.125f * static_cast<float>(i % 4);
  std::vector<uint16_t> x3(kM * kN, 0x3800u), out(kM * kN, 0);  // x3 = 0.5 in binary16

  // Size of the NZ buffer for a (k, n) INT8 weight, padding included (element count; one byte
  // per INT8 element).
  const std::vector<int64_t> x2Shape{kK, kN};
  aclIntArray *x2Dims = aclCreateIntArray(x2Shape.data(), x2Shape.size());
  if (x2Dims == nullptr) return false;
  uint64_t nzElements = 0;
  const bool sized = REPORT(aclnnCalculateMatmulWeightSizeV2(x2Dims, ACL_INT8, &nzElements));
  REPORT(aclDestroyIntArray(x2Dims));
  if (!sized) return false;

  DeviceTensor x1T, x2T, biasT, scaleT, pertokenT, x3T, outT;
  // x2 starts as an ND (k, n) tensor whose buffer is already large enough for the NZ layout.
  if (!MakeTensor(x1, {kM, kK}, ACL_INT8, x1T) ||
      !MakeTensor(x2, x2Shape, ACL_INT8, x2T, nzElements * sizeof(int8_t)) ||
      !MakeTensor(bias, {kN}, ACL_INT32, biasT) || !MakeTensor(scale, {kN}, ACL_FLOAT, scaleT) ||
      !MakeTensor(pertoken, {kM}, ACL_FLOAT, pertokenT) ||
      !MakeTensor(x3, {kM, kN}, ACL_FLOAT16, x3T) || !MakeTensor(out, {kM, kN}, ACL_FLOAT16, outT))
    return false;

  DeviceBuffer transWs;
  if (!ConvertWeightToNz(x2T, r.stream, transWs)) return false;
  // Same stream: the conversion finishes before the operator reads x2.

  uint64_t wsSize = 0;
  aclOpExecutor *executor = nullptr;
  CHECK(aclnnQuantMatmulAllReduceV2GetWorkspaceSize(
      x1T.tensor, x2T.tensor, biasT.tensor, x3T.tensor, scaleT.tensor, pertokenT.tensor, group,
      "sum", 0 /* commTurn */, 1 /* streamMode */, outT.tensor, &wsSize, &executor));
  DeviceBuffer ws;
  if (wsSize > 0) CHECK(aclrtMalloc(&ws.ptr, wsSize, ACL_MEM_MALLOC_HUGE_FIRST));
  CHECK(aclnnQuantMatmulAllReduceV2(ws.ptr, wsSize, executor, r.stream));
  CHECK(aclrtSynchronizeStream(r.stream));

  const size_t outBytes = out.size() * sizeof(uint16_t);
  CHECK(aclrtMemcpy(out.data(), outBytes, outT.mem.ptr, outBytes, ACL_MEMCPY_DEVICE_TO_HOST));
  for (int j = 0; j < 4; ++j) r.head.push_back(HalfToFloat(out[j]));
  return true;
}

void RankThread(int rankId, Rank &r) {
  bool ok = RunRank(rankId, r);
  ok = REPORT(aclrtDestroyStream(r.stream)) && ok;
  ok = REPORT(HcclCommDestroy(r.comm)) && ok;
  ok = REPORT(aclrtDestroyContext(r.context)) && ok;
  ok = REPORT(aclrtResetDevice(r.device)) && ok;
  r.ok = ok;
}

bool RunAllRanks() {
  std::vector<int32_t> devices(kRankCount);
  std::vector<Rank> ranks(kRankCount);
  for (int i = 0; i < kRankCount; ++i) {
    devices[i] = ranks[i].device = i;
    CHECK(aclrtSetDevice(devices[i]));
  }
  std::vector<HcclComm> comms(kRankCount, nullptr);
  CHECK(HcclCommInitAll(kRankCount, devices.data(), comms.data()));
  for (int i = 0; i < kRankCount; ++i) {
    ranks[i].comm = comms[i];
    CHECK(aclrtCreateContext(&ranks[i].context, devices[i]));
    CHECK(aclrtSetCurrentContext(ranks[i].context));
    CHECK(aclrtCreateStream(&ranks[i].stream));
  }
  std::vector<std::thread> threads;
  for (int i = 0; i < kRankCount; ++i)
    threads.emplace_back([&ranks, i] { RankThread(i, ranks[i]); });
  for (std::thread &t : threads) t.join();

  bool ok = true;
  for (int i = 0; i < kRankCount; ++i) {
    std::printf("rank %d:", i);
    for (float v : ranks[i].head) std::printf(" %g", v);
    std::printf("%s\n", ranks[i].ok ? "" : " (failed)");
    ok = ok && ranks[i].ok;
  }
  return ok;
}

}  // namespace

int main() {
  if (!REPORT(aclInit(nullptr))) return 1;
  const bool ok = RunAllRanks();
  REPORT(aclFinalize());
  return ok ? 0 : 1;
}
