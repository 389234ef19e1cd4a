/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-')

/** Text for a table cell: a pipe, even inside code, must be escaped. */
export const tableCell = (text: string): string => text.replace(/\|/g, '\\|')

/** `code` for Markdown, with room for backticks inside. */
export const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``)

/**
 * A type in code font with the names in `targets` (name → anchor) as links:
 * `Page<Bill>` → [`Page`](#type-page)`<`[`Bill`](#type-bill)`>`.
 */
export function linkedType(type: string, targets: ReadonlyMap<string, string>): string {
  const parts = type.split(/\b([A-Za-z_][A-Za-z0-9_]*)\b/)
  let out = ''
  let plain = ''
  parts.forEach((part, index) => {
    const isName = index % 2 === 1
    const target = isName ? targets.get(part) : undefined
    if (target) {
      if (plain) out += code(plain)
      plain = ''
      out += `[${code(part)}](#${target})`
    } else {
      plain += part
    }
  })
  return plain ? out + code(plain) : out
}

/** Headings and links of a generated document: every link must land on a heading, every heading be unique. */
export function checkAnchors(markdown: string): void {
  const prose = markdown.replace(/^ *```[\s\S]*?^ *```$/gm, '')
  const headings = [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchor(match[1] ?? ''))
  const seen = new Set<string>()
  for (const heading of headings) {
    if (seen.has(heading)) throw new Error(`Two headings share the anchor #${heading}.`)
    seen.add(heading)
  }
  for (const [, target] of markdown.matchAll(/\]\(#([^)]+)\)/g)) {
    if (target !== undefined && !seen.has(target)) throw new Error(`A link points to #${target}, which no heading has.`)
  }
}
