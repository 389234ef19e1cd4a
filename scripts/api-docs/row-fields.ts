import { dirname, join } from 'node:path'
import ts from 'typescript'
import { docOf } from './comments'

/** One field a shape takes from a type the reference has no heading for: as its declaration writes it. */
export type Field = {
  name: string
  optional: boolean
  doc: string | null
  /** The declared type node (with its file), or the checker's words when the derivation changed the type (`Generated<number>` read as `number`). */
  type: { node: ts.TypeNode; source: ts.SourceFile } | string
}

/**
 * API shapes derive from the stored rows they show (ARCHITECTURE rule 13: `Pick<CustomerRow, …>`,
 * `BillLine & { … }`), so they name types of db/ that the reference has no heading for. Those
 * are spelled out field by field, each with the type and doc comment of its declaration in the
 * table interface, so the reference reads as though every shape were written in full.
 */
export type RowFields = {
  /** A shapes file as the type checker read it (its nodes are the ones `fieldsOf` understands). */
  source(file: string): ts.SourceFile
  /**
   * The fields `node` stands for when it names a type the reference does not document (nor a
   * type parameter), or a built-in generic over one (`Pick<BillRow, 'id'>`); otherwise null: the
   * reference prints the name and links it.
   */
  fieldsOf(node: ts.TypeNode): Field[] | null
  /** A field's type read through an undocumented type (`UserRow['id']`), in the checker's words (`string`); otherwise null. */
  typeText(node: ts.TypeNode): string | null
}

/**
 * A type checker over `files` (relative to `root`), compiled as tsconfig.node.json compiles them.
 * `documented`: whether the reference has a heading for a type of that name; `builtIn`: generic
 * types TypeScript itself knows (Pick, Omit, Partial, …).
 */
export function readRowFields(root: string, files: readonly string[], documented: (name: string) => boolean, builtIn: ReadonlySet<string>): RowFields {
  const configPath = join(root, 'tsconfig.node.json')
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path))
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath))
  const program = ts.createProgram(
    files.map((file) => join(root, file)),
    options,
  )
  const checker = program.getTypeChecker()

  const nameOf = (node: ts.TypeReferenceNode) => (ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text)
  const isTypeParameter = (node: ts.TypeReferenceNode) => ((checker.getSymbolAtLocation(node.typeName)?.flags ?? 0) & ts.SymbolFlags.TypeParameter) !== 0
  const undocumented = (node: ts.TypeNode): boolean => {
    if (!ts.isTypeReferenceNode(node)) return false
    const name = nameOf(node)
    if (builtIn.has(name)) return (node.typeArguments ?? []).some(mentionsUndocumented)
    return !documented(name) && !isTypeParameter(node)
  }
  const mentionsUndocumented = (node: ts.Node): boolean => (ts.isTypeNode(node) && undocumented(node)) || (ts.forEachChild(node, mentionsUndocumented) ?? false)

  /**
   * Whether a declared type reads well as written: every undocumented type in it can be spelled
   * out. `DraftRow['draft_key']` cannot; the checker's words for it (`string`) are printed instead.
   */
  const printable = (node: ts.Node): boolean => {
    if (ts.isIndexedAccessTypeNode(node) || ts.isTypeQueryNode(node)) return !mentionsUndocumented(node)
    if (ts.isTypeNode(node) && undocumented(node)) return expandable(node)
    return !ts.forEachChild(node, (child) => (printable(child) ? undefined : true))
  }

  /** Whether the declared type survived the derivation: the same type, or (an optional field) it and `undefined`. */
  const sameType = (declared: ts.Type, read: ts.Type, optional: boolean): boolean => {
    if (declared === read) return true
    if (!optional || !read.isUnion()) return false
    const rest = read.types.filter((part) => (part.flags & ts.TypeFlags.Undefined) === 0)
    const wanted = declared.isUnion() ? declared.types : [declared]
    return rest.length === wanted.length && rest.every((part) => wanted.includes(part))
  }

  /** Only object types have fields to spell out; any other undocumented type is left named, for checkReferences to report. */
  const expandable = (node: ts.TypeNode): boolean => {
    const type = checker.getTypeFromTypeNode(node)
    const isObject = (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) !== 0 && !checker.isArrayLikeType(type)
    return isObject && checker.getPropertiesOfType(type).length > 0
  }

  const fieldOf = (property: ts.Symbol): Field => {
    const declaration = property.declarations?.[0]
    const optional = (property.flags & ts.SymbolFlags.Optional) !== 0
    const read = checker.getTypeOfSymbol(property)
    const declaredNode = declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) ? declaration.type : undefined
    const type =
      declaredNode && declaration && sameType(checker.getTypeFromTypeNode(declaredNode), read, optional) && printable(declaredNode)
        ? { node: declaredNode, source: declaration.getSourceFile() }
        : checker.typeToString(read)
    return { name: property.name, optional, doc: declaration ? docOf(declaration, declaration.getSourceFile()) : null, type }
  }

  /** Fields in the order their declarations are written (by file, first met first, then by place). */
  const declaredOrder = (properties: readonly ts.Symbol[]): ts.Symbol[] => {
    const files: string[] = []
    const keyOf = (property: ts.Symbol, index: number): [number, number] => {
      const declaration = property.declarations?.[0]
      if (!declaration) return [Number.MAX_SAFE_INTEGER, index]
      const file = declaration.getSourceFile().fileName
      if (!files.includes(file)) files.push(file)
      return [files.indexOf(file), declaration.pos]
    }
    return properties
      .map((property, index) => ({ property, key: keyOf(property, index) }))
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
      .map(({ property }) => property)
  }

  /**
   * The names of a type's fields in the order its source writes them, as far as it says: the
   * members of an object type, the keys a `Pick` lists, the parts of an intersection one after
   * another, an alias's own declaration, the type an `Omit` or `Partial` takes from. Anything else
   * (a row) is in declared order. The checker alone would list a `Pick`'s fields in whatever order
   * it first met their keys.
   */
  const writtenOrder = (node: ts.TypeNode): string[] => {
    if (ts.isParenthesizedTypeNode(node)) return writtenOrder(node.type)
    if (ts.isIntersectionTypeNode(node)) return node.types.flatMap(writtenOrder)
    if (ts.isTypeLiteralNode(node)) return node.members.flatMap((member) => (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? [member.name.text] : []))
    if (ts.isTypeReferenceNode(node)) {
      const [of, keys] = node.typeArguments ?? []
      if (nameOf(node) === 'Pick' && keys) {
        const literals = ts.isUnionTypeNode(keys) ? keys.types : [keys]
        const names = literals.flatMap((literal) => (ts.isLiteralTypeNode(literal) && ts.isStringLiteral(literal.literal) ? [literal.literal.text] : []))
        if (names.length === literals.length) return names
      }
      // What is left of a type, or the same fields made optional: in that type's order.
      if (of && ['Pick', 'Omit', 'Partial', 'Required', 'Readonly'].includes(nameOf(node))) return writtenOrder(of)
      const symbol = checker.getSymbolAtLocation(node.typeName)
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      const alias = target?.declarations?.find(ts.isTypeAliasDeclaration)
      if (alias && !alias.typeParameters) return writtenOrder(alias.type)
    }
    const type = checker.getTypeFromTypeNode(node)
    return declaredOrder(checker.getPropertiesOfType(type)).map((property) => property.name)
  }

  return {
    source(file) {
      const source = program.getSourceFile(join(root, file))
      if (!source) throw new Error(`${file} is not part of the program that reads the shapes.`)
      return source
    },
    fieldsOf(node) {
      if (!undocumented(node) || !expandable(node)) return null
      const properties = checker.getPropertiesOfType(checker.getTypeFromTypeNode(node))
      const order = writtenOrder(node)
      const rank = (property: ts.Symbol) => {
        const at = order.indexOf(property.name)
        return at < 0 ? order.length : at
      }
      return [...properties].sort((a, b) => rank(a) - rank(b)).map(fieldOf)
    },
    typeText(node) {
      return (ts.isIndexedAccessTypeNode(node) || ts.isTypeQueryNode(node)) && mentionsUndocumented(node) ? checker.typeToString(checker.getTypeFromTypeNode(node)) : null
    },
  }
}
