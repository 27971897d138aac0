import type { UnsafeEntry } from '../../../shared/model/snapshot';
import { READ_LIMITS } from '../../../shared/platform/limits';

export { formatMegabytes } from '../../../shared/platform/limits';

/** The outcome of loading one entry: its bytes (null when skipped as a big binary), or why it was unsafe to take. */
export type LoadedEntry = { bytes: Uint8Array | null; size: number } | { unsafe: UnsafeEntry };

/** One file of a folder or zip, listed before its bytes are read. */
export interface SourceEntry {
  /** POSIX path relative to the widget root. */
  path: string;
  load(): Promise<LoadedEntry>;
}

export interface ReadLimits {
  /** Refuse a zip that declares more than this many bytes in total once unpacked. */
  maxTotalBytes: number;
  /** Refuse a single zip entry (or folder file) larger than this once unpacked. */
  maxEntryBytes: number;
  /** Refuse a zip listing more entries than this, or a folder holding more files. */
  maxEntries: number;
  /** Entries above this unpacked size are refused when they also compress more than `maxCompressionRatio` times. */
  ratioCheckFromBytes: number;
  maxCompressionRatio: number;
  /** Bytes of binaries (not text, not images) above this size are not loaded. */
  skipBinaryBytesOver: number;
}

/** The limits of shared/platform/limits.ts; tests lower them to stay small. */
export const DEFAULT_READ_LIMITS: ReadLimits = { ...READ_LIMITS };

/** Node Buffers are Uint8Arrays with extras; hand out plain ones so folder and zip snapshots compare equal. */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
