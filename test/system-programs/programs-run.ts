import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** A program the code or a test starts, and where. */
export type ProgramUse = { program: string; file: string; line: number }

/** A call whose program cannot be read from the code: it needs a `spawns: <name>` comment. */
export type UnreadableUse = { file: string; line: number; call: string }

const CHILD_PROCESS_FUNCTIONS = ['execFileSync', 'execFile', 'spawnSync', 'spawn', 'execSync', 'exec', 'fork'] as const
/** These take a shell command line: the program is its first word. */
const COMMAND_LINE_FUNCTIONS = new Set(['execSync', 'exec'])
const SOURCE = /\.(ts|tsx|mjs|cjs|js)$/
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git', 'test-results', 'release', 'playwright-report', '.vite'])

/** Every source file under `root` (the project's own: no dependencies, no build output). */
export function sourceFiles(root: string): string[] {
  const found: string[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name))
      } else if (SOURCE.test(entry.name)) {
        found.push(join(folder, entry.name))
      }
    }
  }
  walk(root)
  return found.map((file) => relative(root, file)).sort()
}

/**
 * Reads the programs one file starts: the first argument of every `node:child_process` call
 * (a string literal, `process.execPath`, a constant of the same file, or the `spawns: <name>`
 * comment on the call's line or the line above), and every absolute path into a system bin folder
 * (an `executablePath: '/usr/bin/chromium'`).
 */
export function programsRunBy(file: string, text: string): { uses: ProgramUse[]; unreadable: UnreadableUse[] } {
  const uses: ProgramUse[] = []
  const unreadable: UnreadableUse[] = []
  const lines = text.split('\n')
  const lineOf = (index: number): number => text.slice(0, index).split('\n').length

  for (const match of text.matchAll(/['"`](\/(?:usr\/)?(?:local\/)?s?bin\/([\w.+-]+))['"`]/g)) {
    uses.push({ program: match[2] ?? '', file, line: lineOf(match.index) })
  }

  const imported = childProcessNames(text)
  if (imported.size === 0) return { uses, unreadable }
  const callPattern = new RegExp(`(?<![\\w.$])(${[...imported.keys()].map(escape).join('|')})\\(\\s*([^,)]*)`, 'g')
  for (const match of text.matchAll(callPattern)) {
    const local = match[1] ?? ''
    const fn = imported.get(local) ?? local
    const argument = (match[2] ?? '').trim()
    const line = lineOf(match.index)
    const program = readProgram(fn, argument, text) ?? annotated(lines, line)
    if (program) uses.push({ program, file, line })
    else unreadable.push({ file, line, call: `${local}(${argument}` })
  }
  return { uses, unreadable }
}

/** The local names under which a file imports child_process functions (`spawn as run` included). */
function childProcessNames(text: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"](?:node:)?child_process['"]/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const [original, alias] = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)
      if (original && (CHILD_PROCESS_FUNCTIONS as readonly string[]).includes(original)) names.set(alias ?? original, original)
    }
  }
  return names
}

function readProgram(fn: string, argument: string, text: string): string | null {
  if (argument === 'process.execPath') return 'node'
  const literal = /^['"`]([^'"`$]+)['"`]$/.exec(argument)?.[1]
  const value = literal ?? constantValue(argument, text)
  if (!value) return null
  const word = COMMAND_LINE_FUNCTIONS.has(fn) ? value.trim().split(/\s+/)[0] ?? '' : value
  return programName(word)
}

/** `const NAME = 'value'` in the same file. */
function constantValue(name: string, text: string): string | null {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return null
  return new RegExp(`const\\s+${escape(name)}\\s*=\\s*['"\`]([^'"\`$]+)['"\`]`).exec(text)?.[1] ?? null
}

/** A `spawns: <name>` comment on the call's line or the line above it. */
function annotated(lines: string[], line: number): string | null {
  for (const text of [lines[line - 1], lines[line - 2]]) {
    const name = /\/[/*].*\bspawns:\s*([\w.+-]+)/.exec(text ?? '')?.[1]
    if (name) return name
  }
  return null
}

function programName(word: string): string {
  return word.split('/').pop() ?? word
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `.ci/run`'s `provides: package -> programs` lines: each program with the package (or `(machine)`) that provides it. */
export function readSystemPackages(run: string): Map<string, string> {
  const providers = new Map<string, string>()
  for (const match of run.matchAll(/^#\s+provides:\s+(\S+)\s+->\s+([^(\n]*)/gm)) {
    for (const program of (match[2] ?? '').trim().split(/\s+/)) if (program && program !== '-') providers.set(program, match[1] ?? '')
  }
  return providers
}

/** The Debian packages on `.ci/run`'s apt-get install line. */
export function systemPackageNames(run: string): string[] {
  const line = /apt-get install ([^>\n]*)/.exec(run)?.[1] ?? ''
  return line.trim().split(/\s+/).filter((word) => word !== '' && !word.startsWith('-'))
}

/** The packages `.ci/run` says it provides programs from (the `provides:` lines, `(machine)` left out). */
export function declaredPackages(run: string): string[] {
  return [...run.matchAll(/^#\s+provides:\s+(\S+)\s+->/gm)].map((match) => match[1] ?? '').filter((name) => name !== '(machine)')
}

export function readFile(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8')
}
