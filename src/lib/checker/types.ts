/**
 * The checker's public types: the call description it reads and the verdict it returns
 * (format documented in README.md, "Checking a call"). Shared by the checker, its CLI, the
 * checker page and the reference implementation's CLI (which refuses invalid calls).
 */
import type {L10n} from '../../operators/schema';

/** Canonical dtype names (aliases FLOAT, BF16, FP16, FP32 are normalised to these). */
export type CallDType = 'INT8' | 'INT32' | 'INT64' | 'UINT8' | 'UINT64' | 'FLOAT16' | 'BFLOAT16' | 'FLOAT32';

export interface TensorDescription {
  /** The view shape. */
  shape: number[];
  dtype: CallDType;
  format: 'ND' | 'FRACTAL_NZ';
  /** The stored shape (a 4-D FRACTAL_NZ weight, or the storage of a transposed view). */
  storage_shape?: number[];
  /** The view transposes the last two axes. (false) */
  transposed?: boolean;
  /** (true) */
  contiguous?: boolean;
}

export interface CallDescription {
  operator: 'aclnnQuantMatmulAllReduceV2' | 'aclnnWeightQuantBatchMatmul';
  product?: string;
  /**
   * The CANN release the call runs on (a release id of releases.ts, e.g. `9.0.0`); implementation
   * verdicts follow that release's code and documented verdicts its docs. Absent: the latest release.
   */
  cannVersion?: string;
  /** Keys are API parameter names; null or absent = null pointer. */
  tensors: Record<string, TensorDescription | null>;
  attrs: Record<string, string | number | boolean>;
}

export interface StatusRef {
  status: string;
  code: number;
}

export interface Violation {
  /** The spec constraint id. */
  constraint: string;
  /** e.g. `/operators/aclnnQuantMatmulAllReduceV2#constraint-last-dim-max`. */
  anchor: string;
  parameters: string[];
  message: L10n;
  /** The spec group of the constraint (implementation rules describe the open-source code). */
  group?: 'documented' | 'implementation';
  /**
   * The status code the documented rules imply for this violation; absent for implementation
   * rules that only describe how the code reacts (their effect is in `Verdict.implementation`).
   */
  status?: number;
}

/** A remark that never fails a call (an 'info' rule, or context such as the path taken). */
export interface CheckNote {
  constraint: string;
  anchor: string;
  parameters: string[];
  message: L10n;
}

/** The open-source code decides the call: it returns `code` at `stage` (`none`: phase 1 accepts it). */
export interface ImplementationKnown extends StatusRef {
  stage: string;
  note: L10n;
  /** A page anchor that explains the difference (e.g. an erratum), when there is one. */
  anchor?: string;
}

/**
 * No visible upstream check rejects the call, but a later stage of phase 1 whose code is not
 * public (an l0 op, its shape inference, the framework behind a generated inner API) decides it:
 * the checker claims neither success nor a code. `stage` names that stage; `note` says why.
 */
export interface ImplementationUndetermined {
  status: 'UNDETERMINED';
  code: null;
  stage: string;
  note: L10n;
  anchor?: string;
}

export type ImplementationVerdict = ImplementationKnown | ImplementationUndetermined;

export interface Verdict {
  operator: string;
  /** The release the verdict is for; `assumed` when the description names none (the latest release). */
  cannVersion: {value: string; assumed: boolean};
  /** What the documented rules imply; `{status: 'ACLNN_SUCCESS', code: 0}` for a valid call. */
  documented: StatusRef;
  /**
   * Only where the open-source code is known to behave differently from `documented`, or where
   * its outcome is not decided by visible code (`status: 'UNDETERMINED'`, `code: null`).
   */
  implementation?: ImplementationVerdict;
  violations: Violation[];
  /** The inferred output shape and dtype, when they can be inferred. */
  output?: {shape: number[]; dtype: string};
  /** Remarks that do not fail the call (determinism, topology, NZ handling, unused inputs, …). */
  notes?: CheckNote[];
}

/** checkCall's result: a verdict, or the list of problems that make the description malformed. */
export type CheckResult = {ok: true; verdict: Verdict} | {ok: false; problems: string[]};
