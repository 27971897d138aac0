// How busy the machine is, before and while a section runs. A figure is only published when the machine
// was quiet: the 1-minute load average at the start under the limit, and other processes using less than
// that many cores on average while the section ran (the bench's own work is not counted against it).
import { readFileSync } from 'node:fs';
import { childrenCpuMs, loadAverage, log, round } from './measure.mjs';

const TICK_MS = 10;

/** CPU time every core spent busy, from /proc/stat. */
function systemBusyMs() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    return (user + nice + system + irq + softirq + (steal || 0)) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

function ownCpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000 + childrenCpuMs();
}

/** Waits (up to `waitSeconds`) for the 1-minute load average to fall under `maxLoad`. */
export async function waitForQuiet(maxLoad, waitSeconds) {
  const deadline = Date.now() + waitSeconds * 1000;
  let announced = false;
  while (loadAverage()[0] >= maxLoad && Date.now() < deadline) {
    if (!announced) log(`waiting up to ${waitSeconds} s for the load average (${loadAverage()[0]}) to fall under ${maxLoad}...`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return loadAverage();
}

/** Starts watching; `stop()` gives the load at the start and the cores other processes used meanwhile. */
export function watchLoad() {
  const startLoad = loadAverage();
  const busyStart = systemBusyMs();
  const ownStart = ownCpuMs();
  const started = Date.now();
  return {
    stop() {
      const wall = Date.now() - started;
      const others = Math.max(0, systemBusyMs() - busyStart - (ownCpuMs() - ownStart));
      return { loadAverageAtStart: startLoad, loadAverageAtEnd: loadAverage(), otherProcessesCores: round(others / Math.max(wall, 1), 2), wallSeconds: round(wall / 1000, 1) };
    },
  };
}

/** Why a section's figures must not be published, or null when the machine was quiet enough. */
export function loadProblem(load, maxLoad) {
  if (load.loadAverageAtStart[0] >= maxLoad) return `the load average was ${load.loadAverageAtStart[0]} when it started (limit ${maxLoad})`;
  if (load.otherProcessesCores >= maxLoad) return `other processes used ${load.otherProcessesCores} cores on average while it ran (limit ${maxLoad})`;
  return null;
}
