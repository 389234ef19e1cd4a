import ts from 'typescript'
import { docAt, docOf, oneLine } from './comments'
import type { Field, RowFields } from './row-fields'

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
 * member a line with their JSDoc, everything else (names, literals, generics) as written. With
 * `rows`, a type taken from a stored row is spelled out as its fields, and merged with the object
 * types it is intersected with (`Pick<BillRow, 'id'> & { status: BillStatus }` as one object).
 */
export function typeNotation(node: ts.TypeNode, source: ts.SourceFile, indent = '', rows?: RowFields): string {
  const inner = `${indent}  `
  const read = rows?.typeText(node)
  if (read) return read
  const fields = rows?.fieldsOf(node)
  if (fields) return objectNotation(fieldParts(fields, inner, rows), indent)
  if (ts.isTypeLiteralNode(node)) return membersNotation(node.members, source, indent, rows)
  if (ts.isUnionTypeNode(node)) {
    const arms = node.types.map((arm, index) => ({
      // A comment on an arm sits before its `|`, so after the previous arm (or the union's start).
      doc: docAt(source.text, index === 0 ? node.pos : (node.types[index - 1] as ts.TypeNode).end) ?? docAt(source.text, arm.pos),
      text: typeNotation(arm, source, inner, rows),
    }))
    return unionNotation(arms, indent)
  }
  if (ts.isIntersectionTypeNode(node)) return intersectionParts(node, source, indent, rows).join(' & ')
  if (ts.isArrayTypeNode(node)) {
    // Parentheses as written go: they are put back where the element still needs them.
    let element = node.elementType
    while (ts.isParenthesizedTypeNode(element)) element = element.type
    if (ts.isIntersectionTypeNode(element)) {
      const parts = intersectionParts(element, source, indent, rows)
      return parts.length > 1 ? `(${parts.join(' & ')})[]` : `${parts.join('')}[]`
    }
    const text = typeNotation(element, source, indent, rows)
    return ts.isUnionTypeNode(element) ? `(${text})[]` : `${text}[]`
  }
  if (ts.isParenthesizedTypeNode(node)) {
    // An intersection spelled out as one object needs its parentheses no more.
    const parts = ts.isIntersectionTypeNode(node.type) ? intersectionParts(node.type, source, indent, rows) : null
    return parts?.length === 1 ? (parts[0] ?? '') : `(${typeNotation(node.type, source, indent, rows)})`
  }
  if (ts.isTypeReferenceNode(node) && node.typeArguments) {
    return `${oneLine(node.typeName.getText(source))}<${node.typeArguments.map((argument) => typeNotation(argument, source, indent, rows)).join(', ')}>`
  }
  return oneLine(node.getText(source))
}

/**
 * The parts of `A & B & …`. When a part is spelled out from a row, it and every object type
 * beside it become one object, where the first of them stood; named types (`BillAmountBlock`)
 * stay as named.
 */
function intersectionParts(node: ts.IntersectionTypeNode, source: ts.SourceFile, indent: string, rows?: RowFields): string[] {
  const fromRows = node.types.map((part) => rows?.fieldsOf(part) ?? null)
  if (!fromRows.some((fields) => fields !== null)) return node.types.map((part) => typeNotation(part, source, indent, rows))
  const inner = `${indent}  `
  const merged: (Part & { name: string })[] = []
  const parts: (string | null)[] = []
  node.types.forEach((part, index) => {
    const fields = fromRows[index]
    const members = fields ? fieldParts(fields, inner, rows) : ts.isTypeLiteralNode(part) ? memberParts(part.members, source, inner, rows) : null
    if (!members) parts.push(typeNotation(part, source, indent, rows))
    else {
      if (!parts.includes(null)) parts.push(null)
      merged.push(...members)
    }
  })
  const twice = merged.find((member, index) => merged.findIndex((other) => other.name === member.name) !== index)
  if (twice) throw new Error(`${oneLine(node.getText(source))} names the field ${twice.name} twice.`)
  return parts.map((part) => part ?? objectNotation(merged, indent))
}

/** Fields spelled out from a row, as members of an object type at `indent`. */
function fieldParts(fields: readonly Field[], indent: string, rows?: RowFields): (Part & { name: string })[] {
  return fields.map((field) => ({
    name: field.name,
    doc: field.doc,
    text: `${field.name}${field.optional ? '?' : ''}: ${typeof field.type === 'string' ? field.type : typeNotation(field.type.node, field.type.source, indent, rows)}`,
  }))
}

/** The members of an object type or interface. */
export function membersNotation(members: ts.NodeArray<ts.TypeElement>, source: ts.SourceFile, indent: string, rows?: RowFields): string {
  return objectNotation(memberParts(members, source, `${indent}  `, rows), indent)
}

/** Each member of an object type as one part, its nested types laid out at `indent`. */
function memberParts(members: ts.NodeArray<ts.TypeElement>, source: ts.SourceFile, indent: string, rows?: RowFields): (Part & { name: string })[] {
  return members.map((member) => ({ name: member.name?.getText(source) ?? '', doc: docOf(member, source), text: memberText(member, source, indent, rows) }))
}

function memberText(member: ts.TypeElement, source: ts.SourceFile, indent: string, rows?: RowFields): string {
  if (ts.isPropertySignature(member) && member.type) {
    return `${member.name.getText(source)}${member.questionToken ? '?' : ''}: ${typeNotation(member.type, source, indent, rows)}`
  }
  return oneLine(member.getText(source)).replace(/[;,]$/, '')
}
