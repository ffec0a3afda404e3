/** `src/main.ts` as a process, as `npm start` runs it: started with an environment, ready once it listens. */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))

export type MainProcess = { child: ChildProcess; base: string; output: () => string }

/** Starts the app with only PATH and HOME from this environment, plus `env`. */
export function spawnMain(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Starts the app in HTTP mode and resolves once it says which port it listens on. */
export async function startMain(env: Record<string, string>, timeoutMs = 15_000): Promise<MainProcess> {
  const child = spawnMain(env)
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "Listening" line in:\n${output}`)), timeoutMs)
    const onData = (d: Buffer) => {
      output += d.toString()
      const m = /Listening for Slack on port (\d+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('close', (code) => reject(new Error(`exited ${code}:\n${output}`)))
  })
  return { child, base: `http://127.0.0.1:${port}`, output: () => output }
}

/** Stops the app (SIGTERM) and waits for it to exit; its exit status. */
export async function stopMain(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
  child.kill('SIGTERM')
  return closed
}
