/** A plain console logger for the app (Bolt's Logger interface): one line per message, warnings and errors to stderr. */
import { type Logger, LogLevel } from '@slack/bolt'

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
    const text = msgs
      .map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : show(m)))
      .join(' ')
    const line = `${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} ${label} ${text}\n`
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

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
