import ts from 'typescript'
import { docAt, docOf, oneLine } from './comments'

/** Past this width an object or union is written one member a line. */
export const WIDTH = 88

/** A string literal as TypeScript writes it here: single quotes. */
export const quote = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

/** One member of an object type or one arm of a union, with the JSDoc written on it. */
export type Part = { doc: string | null; text: string }

/** `{ a: string; b: number }` when short and undocumented, else one member a line with its doc comment. */
export function objectNotation(members: readonly Part[], indent: string, width = WIDTH): string {
  if (members.length === 0) return '{}'
  const flat = `{ ${members.map((member) => member.text).join('; ')} }`
  if (fitsOnOneLine(members, flat, indent, width)) return flat
  const inner = `${indent}  `
  return ['{', ...members.flatMap((member) => [...docLine(member.doc, inner), `${inner}${member.text}`]), `${indent}}`].join('\n')
}

/** `A | B` when short and undocumented, else a line break and one `| arm` a line (for `type X =` to end its line with). */
export function unionNotation(arms: readonly Part[], indent: string): string {
  const flat = arms.map((arm) => arm.text).join(' | ')
  if (fitsOnOneLine(arms, flat, indent, WIDTH)) return flat
  const inner = `${indent}  `
  return `\n${arms.flatMap((arm) => [...docLine(arm.doc, inner), `${inner}| ${arm.text}`]).join('\n')}`
}

const fitsOnOneLine = (parts: readonly Part[], flat: string, indent: string, width: number) =>
  parts.every((part) => part.doc === null) && !flat.includes('\n') && indent.length + flat.length <= width

const docLine = (doc: string | null, indent: string): string[] => (doc ? [`${indent}/** ${doc} */`] : [])

/**
 * A type as written in its source, laid out for reading: object types and unions of them one
 * member a line with their JSDoc, everything else (names, literals, generics) as written.
 */
export function typeNotation(node: ts.TypeNode, source: ts.SourceFile, indent = ''): string {
  const inner = `${indent}  `
  if (ts.isTypeLiteralNode(node)) return membersNotation(node.members, source, indent)
  if (ts.isUnionTypeNode(node)) {
    const arms = node.types.map((arm, index) => ({
      // A comment on an arm sits before its `|`, so after the previous arm (or the union's start).
      doc: docAt(source.text, index === 0 ? node.pos : (node.types[index - 1] as ts.TypeNode).end) ?? docAt(source.text, arm.pos),
      text: typeNotation(arm, source, inner),
    }))
    return unionNotation(arms, indent)
  }
  if (ts.isIntersectionTypeNode(node)) return node.types.map((part) => typeNotation(part, source, indent)).join(' & ')
  if (ts.isArrayTypeNode(node)) {
    const element = typeNotation(node.elementType, source, indent)
    return ts.isUnionTypeNode(node.elementType) || ts.isIntersectionTypeNode(node.elementType) ? `(${element})[]` : `${element}[]`
  }
  if (ts.isParenthesizedTypeNode(node)) return `(${typeNotation(node.type, source, indent)})`
  if (ts.isTypeReferenceNode(node) && node.typeArguments) {
    return `${oneLine(node.typeName.getText(source))}<${node.typeArguments.map((argument) => typeNotation(argument, source, indent)).join(', ')}>`
  }
  return oneLine(node.getText(source))
}

/** The members of an object type or interface. */
export function membersNotation(members: ts.NodeArray<ts.TypeElement>, source: ts.SourceFile, indent: string): string {
  const inner = `${indent}  `
  return objectNotation(
    members.map((member) => ({ doc: docOf(member, source), text: memberText(member, source, inner) })),
    indent,
  )
}

function memberText(member: ts.TypeElement, source: ts.SourceFile, indent: string): string {
  if (ts.isPropertySignature(member) && member.type) {
    return `${member.name.getText(source)}${member.questionToken ? '?' : ''}: ${typeNotation(member.type, source, indent)}`
  }
  return oneLine(member.getText(source)).replace(/[;,]$/, '')
}
