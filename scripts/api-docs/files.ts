import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'
import type { RowFields } from './row-fields'

/** Files under `dir` (relative to `root`) whose names end in `suffix`, as sorted POSIX paths relative to `root`. */
export function filesEndingIn(root: string, dir: string, suffix: string): string[] {
  const found: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith(suffix)) found.push(relative(root, path).split(sep).join('/'))
    }
  }
  walk(join(root, dir))
  return found.sort()
}

/** A file parsed for its syntax only (no type checking), named by its path relative to the root. */
export function parse(root: string, file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)
}

/**
 * The names of the types a type node refers to, in order of appearance (`Page<Bill>` → Page, Bill).
 * With `rows`, a type spelled out from a row refers to what its fields' types name instead.
 */
export function typeReferences(node: ts.Node, rows?: RowFields): string[] {
  const names = new Set<string>()
  const visit = (child: ts.Node) => {
    if (ts.isTypeNode(child) && rows?.typeText(child)) return
    const fields = ts.isTypeNode(child) ? rows?.fieldsOf(child) : null
    if (fields) {
      for (const field of fields) if (typeof field.type !== 'string') typeReferences(field.type.node, rows).forEach((name) => names.add(name))
      return
    }
    if (ts.isTypeReferenceNode(child)) names.add(ts.isIdentifier(child.typeName) ? child.typeName.text : child.typeName.right.text)
    ts.forEachChild(child, visit)
  }
  visit(node)
  return [...names]
}
