// aclnnQuantMatmulAllReduceV2 on 2 ranks, ND weight, FLOAT16 output, no pertoken scale:
//   output = AllReduce(dequantScale * (x1 @ x2 + bias) + x3)
// Needs Atlas A2 devices linked as an HCCS all-mesh, and driver/firmware and CANN packages of
// matching versions (8.0.RC2 or later). One host thread drives each rank (device).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include "acl/acl.h"
#include "aclnnop/aclnn_quant_matmul_all_reduce_v2.h"
#include "aclnnop/aclnn_trans_quant_param_v2.h"
#include "hccl/hccl.h"

namespace {

constexpr int kRankCount = 2;  // Atlas A2 supports 1, 2, 4 or 8 ranks.
constexpr int64_t kM = 32, kK = 64, kN = 128;

// aclError, aclnnStatus and HcclResult all use 0 for success. Print the failing call together
// with CANN's detailed message, so a rejected parameter is explained, not just numbered.
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

// A tensor descriptor over its own device memory. The descriptor is destroyed first, then the
// memory it points to is freed (member destructors run after this destructor's body).
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
bool MakeTensor(const std::vector<T> &host, const std::vector<int64_t> &shape,
                aclDataType dtype, DeviceTensor &t) {
  const size_t bytes = host.size() * sizeof(T);
  CHECK(aclrtMalloc(&t.mem.ptr, bytes, ACL_MEM_MALLOC_HUGE_FIRST));
  CHECK(aclrtMemcpy(t.mem.ptr, bytes, host.data(), bytes, ACL_MEMCPY_HOST_TO_DEVICE));
  std::vector<int64_t> strides(shape.size(), 1);  // dense strides: last axis moves fastest
  for (size_t i = shape.size(); i > 1; --i) strides[i - 2] = strides[i - 1] * shape[i - 1];
  t.tensor = aclCreateTensor(shape.data(), shape.size(), dtype, strides.data(), 0, ACL_FORMAT_ND,
                             shape.data(), shape.size(), t.mem.ptr);
  if (t.tensor == nullptr) std::fprintf(stderr, "aclCreateTensor failed\n");
  return t.tensor != nullptr;
}

// IEEE binary16 <-> float, round to nearest even (the host has no half type in C++17).
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

struct Rank {
  int32_t device = 0;
  aclrtContext context = nullptr;
  aclrtStream stream = nullptr;
  HcclComm comm = nullptr;
  std::vector<float> head;  // first output values, printed by the main thread after join
  bool ok = false;
};

bool RunRank(int rankId, Rank &r) {
  // Runtime state is per thread: select this rank's context before any other call.
  CHECK(aclrtSetCurrentContext(r.context));
  // The operator's `group` is the name of this rank's communication domain.
  char group[128] = {};
  CHECK(HcclGetCommName(r.comm, group));

  // Host data; x1 differs per rank so that the sum over ranks is visible.
  std::vector<int8_t> x1(kM * kK), x2(kK * kN);
  for (size_t i = 0; i < x1.size(); ++i)
    x1[i] = static_cast<int8_t>(static_cast<int>((i + rankId) % 5) - 2);
  for (size_t i = 0; i < x2.size(); ++i) x2[i] = static_cast<int8_t>(static_cast<int>(i % 7) - 3);
  std::vector<int32_t> bias(kN);            // int32, added before the dequant
  std::vector<float> scale(kN);             // perchannel: one scale per output column
  for (int64_t j = 0; j < kN; ++j) {
    bias[j] = static_cast<int32_t>(j % 8);
    scale[j] = 0.0125f * static_cast<float>(1 + j % 4);
  }
  // x3 is added on every rank before the reduction, so the result holds kRankCount * x3.
  std::vector<uint16_t> x3(kM * kN, FloatToHalf(0.5f)), out(kM * kN, 0);

  DeviceTensor x1T, x2T, biasT, scaleF32T, scaleT, x3T, outT;
  if (!MakeTensor(x1, {kM, kK}, ACL_INT8, x1T) || !MakeTensor(x2, {kK, kN}, ACL_INT8, x2T) ||
      !MakeTensor(bias, {kN}, ACL_INT32, biasT) || !MakeTensor(scale, {kN}, ACL_FLOAT, scaleF32T) ||
      !MakeTensor(std::vector<uint64_t>(kN, 0), {kN}, ACL_UINT64, scaleT) ||
      !MakeTensor(x3, {kM, kN}, ACL_FLOAT16, x3T) || !MakeTensor(out, {kM, kN}, ACL_FLOAT16, outT))
    return false;

  // FLOAT16 output without pertokenScaleOptional needs an INT64/UINT64 dequantScale.
  // aclnnTransQuantParamV2 encodes the float32 scales on the device: each word keeps the top 19
  // bits of the fp32 pattern (sign, exponent, 10 mantissa bits) in its low 32 bits and sets bit 46.
  // Equivalent host-side encoding (no device call), uploaded as a UINT64 tensor instead:
  //   uint32_t bits; std::memcpy(&bits, &scale[j], sizeof bits);
  //   words[j] = (uint64_t{bits} & 0xFFFFE000u) | (uint64_t{1} << 46);
  uint64_t encWsSize = 0;
  aclOpExecutor *encExecutor = nullptr;
  CHECK(aclnnTransQuantParamV2GetWorkspaceSize(scaleF32T.tensor, nullptr /* no offset */,
                                               scaleT.tensor, &encWsSize, &encExecutor));
  DeviceBuffer encWs;  // must outlive the kernel: freed only after the stream is synchronized
  if (encWsSize > 0) CHECK(aclrtMalloc(&encWs.ptr, encWsSize, ACL_MEM_MALLOC_HUGE_FIRST));
  CHECK(aclnnTransQuantParamV2(encWs.ptr, encWsSize, encExecutor, r.stream));
  // Same stream: the matmul below starts after the encoding, no synchronization needed here.

  // Phase 1: validate the parameters, get the workspace size and the executor.
  uint64_t wsSize = 0;
  aclOpExecutor *executor = nullptr;
  CHECK(aclnnQuantMatmulAllReduceV2GetWorkspaceSize(
      x1T.tensor, x2T.tensor, biasT.tensor, x3T.tensor, scaleT.tensor,
      nullptr,  // pertokenScaleOptional: absent, so formula case 1 applies
      group, "sum" /* only "sum" */, 0 /* commTurn: only 0 */, 1 /* streamMode: only 1 */,
      outT.tensor, &wsSize, &executor));
  DeviceBuffer ws;
  if (wsSize > 0) CHECK(aclrtMalloc(&ws.ptr, wsSize, ACL_MEM_MALLOC_HUGE_FIRST));
  // Phase 2: queue the work on this rank's stream (asynchronous).
  CHECK(aclnnQuantMatmulAllReduceV2(ws.ptr, wsSize, executor, r.stream));
  CHECK(aclrtSynchronizeStream(r.stream));  // wait before reading the output

  const size_t outBytes = out.size() * sizeof(uint16_t);
  CHECK(aclrtMemcpy(out.data(), outBytes, outT.mem.ptr, outBytes, ACL_MEMCPY_DEVICE_TO_HOST));
  for (int j = 0; j < 4; ++j) r.head.push_back(HalfToFloat(out[j]));
  return true;
}  // Leaving scope destroys the tensors and frees the workspaces and tensor memory.

void RankThread(int rankId, Rank &r) {
  bool ok = RunRank(rankId, r);
  // Per-rank teardown, after the rank's tensors and device memory are released.
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
  // One communicator per device, all created by this process in a single call.
  std::vector<HcclComm> comms(kRankCount, nullptr);
  CHECK(HcclCommInitAll(kRankCount, devices.data(), comms.data()));
  for (int i = 0; i < kRankCount; ++i) {
    ranks[i].comm = comms[i];
    CHECK(aclrtCreateContext(&ranks[i].context, devices[i]));
    CHECK(aclrtSetCurrentContext(ranks[i].context));  // the stream belongs to this context
    CHECK(aclrtCreateStream(&ranks[i].stream));
  }
  // The all-reduce is collective: every rank must launch it, so the ranks run concurrently.
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
