// Measuring helpers shared by every section of `npm run bench`: wall and CPU time, medians with their
// spread, the machine and its load. Benchmarks only; nothing here is used by the product or its tests.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export function log(text) {
  process.stderr.write(`${text}\n`);
}

export function round(value, digits = 0) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median with the smallest and largest sample, rounded: how every figure is published. */
export function spread(values, digits = 0) {
  return { median: round(median(values), digits), min: round(Math.min(...values), digits), max: round(Math.max(...values), digits), samples: values.map((value) => round(value, digits)) };
}

/** CPU time of finished child processes, from /proc (clock ticks of 10 ms). */
export function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Wall time and CPU time (this process's threads plus finished children) of `work`. */
export async function timed(work) {
  const cpuBefore = process.cpuUsage();
  const childrenBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = await work();
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 + (childrenCpuMs() - childrenBefore), result };
}

export function loadAverage() {
  return loadavg().map((value) => round(value, 2));
}

export function machine() {
  return {
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** "1.23x", the way ratios are printed. */
export function ratio(value) {
  return `${value.toFixed(2)}x`;
}
