import ts from 'typescript'
import { docOf, oneLine } from './comments'
import { parse, typeReferences } from './files'
import type { RowFields } from './row-fields'
import { membersNotation, objectNotation, quote, typeNotation, unionNotation } from './type-notation'

/** One exported type, ready to print. */
export type Shape = {
  name: string
  doc: string | null
  /** `type Name = …` in TypeScript-like notation, possibly over several lines. */
  declaration: string
  /** Other types it names (its own type parameters left out). */
  refs: string[]
}

/** The names of a file's exported types, read for their names only. */
export const exportedTypeNames = (root: string, file: string): string[] =>
  parse(root, file).statements.flatMap((statement) =>
    isExported(statement) && (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) ? [statement.name.text] : [],
  )

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)

const typeParameters = (node: ts.TypeAliasDeclaration | ts.InterfaceDeclaration, source: ts.SourceFile) =>
  node.typeParameters ? `<${node.typeParameters.map((parameter) => oneLine(parameter.getText(source))).join(', ')}>` : ''

const withoutOwnParameters = (refs: string[], node: ts.TypeAliasDeclaration | ts.InterfaceDeclaration) =>
  refs.filter((ref) => ref !== node.name.text && !(node.typeParameters ?? []).some((parameter) => parameter.name.text === ref))

/** `type Name =` and its notation: a multi-line union starts on the next line. */
const declare = (head: string, notation: string) => `type ${head} =${notation.startsWith('\n') ? '' : ' '}${notation}`

/** Every exported type alias and interface of a file, in the order written; with `rows`, what they take from stored rows spelled out. */
export function readShapes(root: string, file: string, rows?: RowFields): Shape[] {
  const source = rows ? rows.source(file) : parse(root, file)
  const shapes: Shape[] = []
  for (const statement of source.statements) {
    if (!isExported(statement)) continue
    if (ts.isTypeAliasDeclaration(statement)) {
      shapes.push({
        name: statement.name.text,
        doc: docOf(statement, source),
        declaration: declare(`${statement.name.text}${typeParameters(statement, source)}`, typeNotation(statement.type, source, '', rows)),
        refs: withoutOwnParameters(typeReferences(statement.type, rows), statement),
      })
    } else if (ts.isInterfaceDeclaration(statement)) {
      shapes.push({
        name: statement.name.text,
        doc: docOf(statement, source),
        declaration: `interface ${statement.name.text}${typeParameters(statement, source)} ${membersNotation(statement.members, source, '', rows)}`,
        refs: withoutOwnParameters(statement.members.flatMap((member) => typeReferences(member, rows)), statement),
      })
    }
  }
  return shapes
}

/**
 * The vocabulary's exported types with their words spelled out: `(typeof ROLES)[number]` as
 * `'owner' | 'receptionist' | 'staff'`, `{ [K in (typeof FIELDS)[number]]: T }` as an object
 * type. Each takes the JSDoc of its own alias or, failing that, of the list it derives from.
 */
export function readVocabulary(root: string, file: string, lists: ReadonlyMap<string, unknown>): Shape[] {
  const source = parse(root, file)
  const listDocs = new Map<string, string>()
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    const doc = docOf(statement, source)
    for (const declaration of statement.declarationList.declarations) if (doc && ts.isIdentifier(declaration.name)) listDocs.set(declaration.name.text, doc)
  }
  const words = (name: string): string[] => {
    const list = lists.get(name)
    if (!Array.isArray(list) || !list.every((word): word is string => typeof word === 'string')) throw new Error(`${file}: ${name} is not a list of words.`)
    return list
  }

  const shapes: Shape[] = []
  for (const statement of source.statements) {
    if (!isExported(statement) || !ts.isTypeAliasDeclaration(statement)) continue
    const listName = wordsOf(statement.type)
    const mappedType = ts.isMappedTypeNode(statement.type) ? statement.type : null
    const mapped = mappedType?.typeParameter.constraint ? wordsOf(mappedType.typeParameter.constraint) : null
    let notation: string
    let from: string | null = null
    if (listName) {
      notation = unionNotation(words(listName).map((word) => ({ doc: null, text: quote(word) })), '')
      from = listName
    } else if (mapped && mappedType?.type) {
      const valueType = typeNotation(mappedType.type, source, '  ')
      notation = objectNotation(words(mapped).map((word) => ({ doc: null, text: `${word}: ${valueType}` })), '')
      from = mapped
    } else {
      notation = typeNotation(statement.type, source)
    }
    shapes.push({
      name: statement.name.text,
      doc: docOf(statement, source) ?? (from ? (listDocs.get(from) ?? null) : null),
      declaration: declare(`${statement.name.text}${typeParameters(statement, source)}`, notation),
      refs: listName || mapped ? [] : withoutOwnParameters(typeReferences(statement.type), statement),
    })
  }
  return shapes
}

/** The list a `(typeof LIST)[number]` type draws its words from, or null for any other type. */
function wordsOf(node: ts.TypeNode): string | null {
  if (!ts.isIndexedAccessTypeNode(node) || node.indexType.kind !== ts.SyntaxKind.NumberKeyword) return null
  const object = ts.isParenthesizedTypeNode(node.objectType) ? node.objectType.type : node.objectType
  return ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName) ? object.exprName.text : null
}
