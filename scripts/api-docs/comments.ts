import ts from 'typescript'

/** A `/** … *\/` comment as one line of prose: the markers, leading stars and line breaks gone. */
export function jsDocText(comment: string): string {
  return comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*(?!\/) ?/, '').trim())
    .filter((line) => line.length > 0)
    .join(' ')
}

/** The JSDoc comment in the trivia that starts at `pos` (the last one, if several), or null. */
export function docAt(text: string, pos: number): string | null {
  const ranges = ts.getLeadingCommentRanges(text, pos) ?? []
  const docs = ranges.filter((range) => range.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', range.pos))
  const last = docs[docs.length - 1]
  return last ? jsDocText(text.slice(last.pos, last.end)) : null
}

/** The JSDoc written right before a node (a statement, a property, a type member). */
export const docOf = (node: ts.Node, source: ts.SourceFile): string | null => docAt(source.text, node.pos)

/** Source text on one line: runs of whitespace become one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()
