import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { declaredPackages, programsRunBy, readFile, readSystemPackages, sourceFiles, systemPackageNames } from './programs-run'

/**
 * Main was red on new machines because a test ran a program (pdftotext) that only the machines it
 * was written on had: nothing installed it. Every program the code and the tests start must come
 * from a package on `.ci/run`'s apt-get line (its `provides:` lines say which) or from a package in node_modules.
 */
const ROOT = process.cwd()
const RUN = readFile(ROOT, '.ci/run')

function providedByNodeModules(program: string): boolean {
  return existsSync(join(ROOT, 'node_modules', '.bin', program))
}

function installedHere(pkg: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) === 'install ok installed'
  } catch {
    return false
  }
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(':').some((folder) => folder !== '' && existsSync(join(folder, program)))
}

describe('system programs', () => {
  const scanned = sourceFiles(ROOT).map((file) => programsRunBy(file, readFile(ROOT, file)))
  const uses = scanned.flatMap((s) => s.uses)
  const providers = readSystemPackages(RUN)

  it('finds the programs the code runs (the scan itself works)', () => {
    const programs = new Set(uses.map((u) => u.program))
    // Known uses today: the invoice PDFs are read with poppler, Playwright drives Debian's Chromium.
    for (const known of ['pdftotext', 'pdfinfo', 'pdftoppm', 'chromium', 'node']) expect(programs, known).toContain(known)
    // A sample kept in a .txt file, so the scan of the tree does not read its made-up programs.
    const sample = readFile(ROOT, 'test/system-programs/sample-spawns.txt')
    const found = programsRunBy('sample.ts', sample)
    expect(found.uses.map((u) => u.program).sort()).toEqual(['convert', 'firefox-esr', 'node', 'pdftotext', 'qpdf'])
    expect(found.unreadable.map((u) => u.call)).toEqual(['spawn(nobodyKnows'])
  })

  it('can read the program of every call (or the call says what it spawns)', () => {
    const unreadable = scanned.flatMap((s) => s.unreadable).map((u) => `${u.file}:${u.line} ${u.call}`)
    expect(unreadable, 'add a `// spawns: <program>` comment to each of these calls').toEqual([])
  })

  it('every program run is installed by .ci/run or provided by node_modules', () => {
    const missing = uses
      .filter((u) => !providers.has(u.program) && !providedByNodeModules(u.program))
      .map((u) => `${u.program} (${u.file}:${u.line})`)
    expect(missing, 'name its Debian package on .ci/run’s apt-get line, with a provides: line').toEqual([])
  })

  it('.ci/run’s apt-get line installs every package it says provides a program, and the README names each', () => {
    const packages = systemPackageNames(RUN)
    // Every package a provides: line names is on the apt-get line itself.
    expect(packages).toEqual(expect.arrayContaining(declaredPackages(RUN)))
    const readme = readFile(ROOT, 'README.md')
    expect(packages).toContain('chromium')
    for (const pkg of packages) expect(readme, `README names ${pkg}`).toContain(`\`${pkg}\``)
  })

  it('where a listed package is installed, it really provides the programs named for it', () => {
    const checked = [...providers].filter(([, pkg]) => pkg !== '(machine)' && installedHere(pkg))
    const wrong = checked.filter(([program]) => !onPath(program)).map(([program, pkg]) => `${pkg} → ${program}`)
    expect(wrong).toEqual([])
    for (const program of ['node', 'npm']) expect(onPath(program), program).toBe(true)
  })
})
