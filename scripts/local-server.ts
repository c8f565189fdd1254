import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/**
 * Pieces shared by everything that starts a production server of its own on loopback (the bench
 * and the end-to-end specs that need a separate environment): a free port, waiting until the
 * server answers, and stopping the process group it runs in.
 */

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Resolves once `url` answers 2xx; rejects if the child exits first or time runs out. */
export async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/**
 * Signals a detached child's whole process group (so a `next start` it spawned goes too) and waits
 * for the child to exit; SIGTERM escalates to SIGKILL after five seconds.
 */
export async function signalGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const send = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // the group has already gone
    }
  };
  send(signal);
  const timer = signal === "SIGKILL" ? undefined : setTimeout(() => send("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
