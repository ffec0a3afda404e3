/**
 * A plain console logger for the app (Bolt's Logger interface): exactly one line per message (line breaks and
 * control characters in what is logged are escaped, so outside text cannot forge a line), warnings and errors to
 * stderr. An error's stack is printed, indented under its line, only for errors and in debug mode.
 */
import { type Logger, LogLevel } from '@slack/bolt'
import { logSafe } from '../render/log-line.js'

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
}

export const toLogLevel = (level: 'debug' | 'info' | 'warn' | 'error'): LogLevel =>
  ({ debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR })[level]

export function consoleLogger(level: LogLevel = LogLevel.INFO, name = 'iran-talks'): Logger {
  let current = level
  let label = name
  const write = (at: LogLevel, msgs: unknown[]) => {
    if (ORDER[at] < ORDER[current]) return
    const stacks: string[] = []
    const text = msgs
      .map((m) => {
        if (!(m instanceof Error)) return logSafe(typeof m === 'string' ? m : show(m))
        if (at === LogLevel.ERROR || current === LogLevel.DEBUG) stacks.push(...frames(m))
        return logSafe(describe(m))
      })
      .join(' ')
    const line = `${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} ${label} ${text}\n${stacks.join('')}`
    ;(ORDER[at] >= ORDER[LogLevel.WARN] ? process.stderr : process.stdout).write(line)
  }
  return {
    debug: (...m) => write(LogLevel.DEBUG, m),
    info: (...m) => write(LogLevel.INFO, m),
    warn: (...m) => write(LogLevel.WARN, m),
    error: (...m) => write(LogLevel.ERROR, m),
    setLevel: (l) => {
      current = l
    },
    getLevel: () => current,
    setName: (n) => {
      label = n
    },
  }
}

/** "message (cause: message)". */
const describe = (error: Error): string =>
  error.cause instanceof Error && !error.message.includes(error.cause.message)
    ? `${error.message} (cause: ${error.cause.message})`
    : error.message

/** The stack's frames ("    at f (file:1:2)"), each on its own indented line; never the message again. */
const frames = (error: Error): string[] =>
  (error.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .map((l) => `    ${logSafe(l.trim())}\n`)

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
