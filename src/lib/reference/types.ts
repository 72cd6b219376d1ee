/**
 * Types shared by the two reference implementations (issue 6), their CLI and the playground.
 */
import type {NumDType} from './numerics';

/** A dense row-major tensor: `data.length` is the product of `shape`. */
export interface Tensor<T = number> {
  shape: number[];
  data: T[];
}

/** A result tensor with the dtype its values hold exactly. */
export interface ResultTensor extends Tensor<number> {
  dtype: NumDType;
}

/**
 * Where a step of the computation comes from (numerics.md tags): read from operator or library code,
 * stated in vendor documentation, an assumption of this reference, or unknown (no source says what
 * the hardware does, e.g. int32 accumulator overflow).
 */
export type Provenance = 'code' | 'doc' | 'inferred' | 'unknown';

/** One labelled step of the computation, in order. */
export interface Step {
  /** Stable id, e.g. `fp19-decode`. */
  id: string;
  /** What happens, in one line. */
  name: string;
  /** The formula, in the notation of numerics.md. */
  formula: string;
  provenance: Provenance;
  /** Why the tag: the source, or what is assumed. */
  note: string;
}

/** Something the user should know about this particular computation. */
export interface Warning {
  /** Stable id, e.g. `int32-overflow`. */
  code: string;
  message: string;
  /** The rank it concerns (QuantMatmulAllReduceV2). */
  rank?: number;
  /** Number of elements concerned. */
  count?: number;
  /** Up to 8 example flat indices [row, col] concerned. */
  examples?: number[][];
}

/** Thrown by the reference functions for inputs they cannot compute (wrong shapes, values, combinations). */
export class ReferenceInputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'ReferenceInputError';
    this.problems = problems;
  }
}

/** Collects per-element events (e.g. saturations) into one warning each. */
export class EventCounter {
  private readonly counts = new Map<string, {count: number; examples: number[][]}>();
  add(key: string, index: number[]): void {
    let e = this.counts.get(key);
    if (!e) {
      e = {count: 0, examples: []};
      this.counts.set(key, e);
    }
    e.count++;
    if (e.examples.length < 8) e.examples.push(index);
  }
  get(key: string): {count: number; examples: number[][]} | undefined {
    return this.counts.get(key);
  }
}
