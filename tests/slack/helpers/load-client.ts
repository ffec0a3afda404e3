/**
 * A load generator in its own process (as Slack is): sends the signed requests given as JSON on stdin, all at
 * once, and prints for each its HTTP status and when it was sent and acknowledged (Date.now()), as JSON.
 * Run from a test: `node --import tsx tests/slack/helpers/load-client.ts URL < requests.json`.
 */
type Request = { body: string; headers: Record<string, string> }

async function main(): Promise<void> {
  const url = process.argv[2] ?? ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const requests = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Request[]
  const results = await Promise.all(
    requests.map(async ({ body, headers }) => {
      const sent = Date.now()
      try {
        const res = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(10_000) })
        await res.arrayBuffer()
        return { status: res.status, sent, acked: Date.now() }
      } catch (error) {
        return { status: 0, sent, acked: Date.now(), error: (error as Error).message }
      }
    }),
  )
  process.stdout.write(JSON.stringify(results))
}

void main()
