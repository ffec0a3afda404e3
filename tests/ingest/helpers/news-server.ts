/**
 * A local news site for the ingest tests, on a loopback address only: the fixture article, redirects, a PDF, a
 * page without article text, a page without a date, a 40 MB page, a 404, a page that never answers. It records
 * every request and how many bytes of the large page it managed to send.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

export const fixturePage = (name = 'news-page.html'): string =>
  readFileSync(new URL(`../../fixtures/ingest/${name}`, import.meta.url), 'utf8')

export type NewsServer = {
  host: string
  port: number
  /** `http://HOST:PORT` + path. */
  url: (path: string) => string
  /** host:port, for INGEST_ALLOW_HOSTS. */
  hostPort: string
  requests: string[]
  /** Bytes of `/huge` written before the client went away. */
  hugeBytesSent: () => number
  close: () => Promise<void>
}

const MB = 1024 * 1024

/** Pages by path; a function gets the response to write itself. */
export type Routes = Record<string, string | ((res: ServerResponse) => void)>

export async function startNewsServer(host = '127.0.0.1', extra: Routes = {}): Promise<NewsServer> {
  const requests: string[] = []
  let hugeSent = 0
  let base = ''
  const html = (res: ServerResponse, body: string, type = 'text/html; charset=utf-8') => {
    res.writeHead(200, { 'content-type': type })
    res.end(body)
  }
  const article = fixturePage()
  const routes: Routes = {
    '/world/2026/02/09/second-round-muscat': article,
    '/short/talks': (res) => {
      res.writeHead(301, { location: '/world/2026/02/09/second-round-muscat' })
      res.end()
    },
    '/no-date': fixturePage('no-date-page.html'),
    '/app-shell': fixturePage('app-shell.html'),
    '/report.pdf': (res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' })
      res.end('%PDF-1.7\n% a document, not a page\n')
    },
    '/gzip': (res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
      res.end(gzipSync(article))
    },
    '/huge': (res) => {
      // 40 MB of paragraphs, no Content-Length: only reading it shows its size
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      const chunk = Buffer.from(`<p>${'The talks went on late into the night. '.repeat(400)}</p>\n`)
      const write = () => {
        while (hugeSent < 40 * MB) {
          hugeSent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', write)
        }
        res.end()
      }
      res.on('close', () => res.removeAllListeners('drain'))
      write()
    },
    '/huge-declared': (res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(40 * MB) })
      res.write('<p>')
      // never sends the rest: the declared length alone must be enough to refuse
    },
    '/never': () => {
      // never answers
    },
    ...extra,
  }
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    requests.push(path)
    const redirect = /^\/hop\/(\d+)$/.exec(path)
    if (redirect) {
      const n = Number(redirect[1])
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/world/2026/02/09/second-round-muscat' })
      return void res.end()
    }
    const to = /^\/to\/(.+)$/.exec(path)
    if (to) {
      res.writeHead(302, { location: decodeURIComponent(to[1] ?? '') })
      return void res.end()
    }
    const route = routes[path]
    if (typeof route === 'function') return route(res)
    if (typeof route === 'string') return html(res, route.replaceAll('https://harbour-ledger.example', base))
    res.writeHead(404, { 'content-type': 'text/html' })
    res.end('<html><body><h1>Not found</h1><p>No such page.</p></body></html>')
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  base = `http://${host}:${port}`
  return {
    host,
    port,
    url: (path) => `${base}${path}`,
    hostPort: `${host}:${port}`,
    requests,
    hugeBytesSent: () => hugeSent,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}
