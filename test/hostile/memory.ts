// Peak resident memory of a process and its descendants, read from /proc every 100 ms.
import { readdirSync, readFileSync } from 'node:fs';

function status(pid: number): { ppid: number; rssKb: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'latin1');
    return { ppid: Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? 0), rssKb: Number(/^VmRSS:\s+(\d+)/m.exec(text)?.[1] ?? 0) };
  } catch {
    return null;
  }
}

/** Starts watching `root`; stop() gives the peaks in MB (0 where there is no /proc). */
export function peakMemory(root: number): { stop: () => { treeMb: number; processMb: number } } {
  let tree = 0;
  let single = 0;
  const sample = (): void => {
    const all = new Map<number, { ppid: number; rssKb: number }>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const s = status(Number(name));
      if (s) all.set(Number(name), s);
    }
    const inTree = (pid: number): boolean => {
      for (let p = pid, hops = 0; p > 1 && hops < 50; p = all.get(p)?.ppid ?? 0, hops++) if (p === root) return true;
      return false;
    };
    let sum = 0;
    for (const [pid, s] of all) {
      if (!inTree(pid)) continue;
      sum += s.rssKb;
      single = Math.max(single, s.rssKb);
    }
    tree = Math.max(tree, sum);
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return { treeMb: Math.round(tree / 1024), processMb: Math.round(single / 1024) };
    },
  };
}
