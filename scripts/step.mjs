// One step of a developer script: run a command in the project root, stop everything if it fails.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

export function step(title, command, args) {
  console.log(`\n▶ ${title}`)
  // spawns: node (every caller, scripts/start.mjs and scripts/dist.mjs, passes process.execPath)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✖ ${title} failed${result.error ? `: ${result.error.message}` : ''}.`)
    process.exit(result.status ?? 1)
  }
}
