import ts from 'typescript'
import { docOf, oneLine } from './comments'
import { filesEndingIn, parse, typeReferences } from './files'

/** What the TypeScript source of a slice says about one method, beyond what runs. */
export type MethodSource = {
  /** The slice file, relative to the project root. */
  file: string
  /** The JSDoc on the method's property in its slice, as one line. */
  doc: string | null
  /** The `returns<T>()` type argument, as written. */
  output: string
  /** The types the output names (`Page<HistoryItem>` → Page, HistoryItem). */
  outputRefs: string[]
  /** JSDoc written on fields inside the input schema's own text, by field name. */
  fieldDocs: ReadonlyMap<string, string>
}

export type SliceSource = {
  file: string
  /** The JSDoc on the slice's `export const …Contract`. */
  doc: string | null
  methods: ReadonlyMap<string, MethodSource>
}

/** Every contract slice (`electron/core/**\/*.contract.ts`), read with the TypeScript parser. */
export function readContractSlices(root: string): SliceSource[] {
  return filesEndingIn(root, 'electron/core', '.contract.ts').flatMap((file) => slicesIn(parse(root, file)))
}

function slicesIn(source: ts.SourceFile): SliceSource[] {
  const slices: SliceSource[] = []
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      const object = declaration.initializer && objectLiteral(declaration.initializer)
      if (!object) continue
      const methods = new Map<string, MethodSource>()
      for (const property of object.properties) {
        if (!ts.isPropertyAssignment(property)) continue
        const spec = methodSpec(property.initializer)
        if (spec) methods.set(propertyName(property.name, source), methodSource(property, spec, source))
      }
      if (methods.size > 0) slices.push({ file: source.fileName, doc: docOf(statement, source), methods })
    }
  }
  return slices
}

/** `{ … }`, `{ … } as const`, `({ … })`, `{ … } satisfies T`: the object literal inside. */
function objectLiteral(expression: ts.Expression): ts.ObjectLiteralExpression | null {
  let inner = expression
  while (ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isParenthesizedExpression(inner)) inner = inner.expression
  return ts.isObjectLiteralExpression(inner) ? inner : null
}

/** The spec object of a `method({ … })` or `appMethod({ … })` call, or null for anything else. */
function methodSpec(expression: ts.Expression): ts.ObjectLiteralExpression | null {
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression) || !['method', 'appMethod'].includes(expression.expression.text)) return null
  const [spec] = expression.arguments
  return spec ? objectLiteral(spec) : null
}

function propertyName(name: ts.PropertyName, source: ts.SourceFile): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText(source)
}

function specProperty(spec: ts.ObjectLiteralExpression, name: string, source: ts.SourceFile): ts.Expression | undefined {
  const found = spec.properties.find((property) => ts.isPropertyAssignment(property) && propertyName(property.name, source) === name)
  return found && ts.isPropertyAssignment(found) ? found.initializer : undefined
}

function methodSource(property: ts.PropertyAssignment, spec: ts.ObjectLiteralExpression, source: ts.SourceFile): MethodSource {
  const name = propertyName(property.name, source)
  const output = specProperty(spec, 'output', source)
  const type = output && ts.isCallExpression(output) && ts.isIdentifier(output.expression) && output.expression.text === 'returns' ? output.typeArguments?.[0] : undefined
  if (!type) throw new Error(`${source.fileName}: ${name} does not declare its output as \`output: returns<T>()\`.`)
  const input = specProperty(spec, 'input', source)
  return {
    file: source.fileName,
    doc: docOf(property, source),
    output: oneLine(type.getText(source)),
    outputRefs: typeReferences(type),
    fieldDocs: input ? fieldDocs(input, source) : new Map(),
  }
}

/** `/** … *\/ name: schema` inside the input expression's own text (not what it spreads in from elsewhere). */
function fieldDocs(input: ts.Expression, source: ts.SourceFile): Map<string, string> {
  const docs = new Map<string, string>()
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node)) {
      const doc = docOf(node, source)
      if (doc) docs.set(propertyName(node.name, source), doc)
    }
    ts.forEachChild(node, visit)
  }
  visit(input)
  return docs
}
