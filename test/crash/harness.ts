import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export type CrashEnv = { CRASH_DB: string; CRASH_KEY: string; CRASH_OWNER: string; CRASH_PIN: string; CRASH_CUSTOMERS: string; CRASH_NOW?: string }
export type Acknowledged = { id: string; invoice: string }

const POSTER = fileURLToPath(new URL('./bill-poster.ts', import.meta.url))

/** Runs the bill poster in a child process and SIGKILLs it `killAfterMs` after it starts posting. */
export function postUntilKilled(env: CrashEnv, killAfterMs: number): Promise<Acknowledged[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', POSTER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: Acknowledged[] = []
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      let newline: number
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 1)
        if (line === 'READY') setTimeout(() => child.kill('SIGKILL'), killAfterMs)
        else if (line.startsWith('ACK ')) {
          const [, id, invoice] = line.split(' ')
          acked.push({ id: id as string, invoice: invoice as string })
        }
      }
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked)
      else reject(new Error(`the bill poster exited on its own: ${stderr.slice(-500)}`))
    })
  })
}
