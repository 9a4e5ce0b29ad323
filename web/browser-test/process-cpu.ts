import { readFileSync, readdirSync } from "node:fs";

/**
 * CPU time (user + system, ms) used so far by every process whose command line names `marker`
 * (a Chromium profile directory: the browser, its renderers, its workers' processes). Read from
 * Linux's /proc; null elsewhere. Less sensitive than wall time to what else the machine runs.
 */
export function processCpuMs(marker: string): number | null {
  let ticks = 0;
  try {
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      let stat: string;
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(marker)) continue;
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // the process ended meanwhile
      }
      // Fields after "(name) ": state is the 1st, utime the 12th, stime the 13th (proc(5)).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  // USER_HZ is 100 on Linux.
  return ticks * 10;
}
