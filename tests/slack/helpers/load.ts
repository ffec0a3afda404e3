/** Load from another process, as Slack sends it: many signed requests at once, each one's timing measured. */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const client = fileURLToPath(new URL('./load-client.ts', import.meta.url))

export type SignedRequest = { body: string; headers: Record<string, string> }
/** One request's HTTP status, and when it was sent and acknowledged (Date.now() in the sending process). */
export type Sent = { status: number; sent: number; acked: number }

/** Sends `requests` to `url` from another process, all at once; resolves with each one's timing, in order. */
export function sendFromAnotherProcess(url: string, requests: readonly SignedRequest[]): Promise<Sent[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', client, url], { stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    child.on('error', reject)
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as Sent[])
      } catch {
        reject(new Error(`the load client printed: ${out}`))
      }
    })
    child.stdin.end(JSON.stringify(requests))
  })
}
