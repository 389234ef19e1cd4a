import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contract, methodNames } from '../../electron/core/contract'
import type { Access, MethodSpec } from '../../electron/core/contract/define'
import * as vocabulary from '../../vocabulary'
import { readContractSlices, type MethodSource, type SliceSource } from './contract-source'
import { errorCodesOf } from './errors'
import { filesEndingIn } from './files'
import { introduction } from './intro'
import { anchor, checkAnchors, code, linkedType, tableCell } from './markdown'
import { readRowFields } from './row-fields'
import { exportedTypeNames, readShapes, readVocabulary, type Shape } from './shapes-source'
import { inputNotation } from './zod-notation'

/** Where the document lives, relative to the project root. */
export const API_DOCS_PATH = 'docs/api.md'

export const projectRoot = (): string => resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

const RESULT_FILE = 'electron/core/contract/result.ts'
const VOCABULARY_FILE = 'vocabulary/index.ts'
/** The one type of contract/result.ts with a heading among the shapes (the envelope's are in the introduction). */
const PAGE = 'Page'
/** Types TypeScript itself knows: named in shapes without a heading of their own. */
const BUILT_IN = new Set(['Array', 'ReadonlyArray', 'Record', 'Partial', 'Readonly', 'Pick', 'Omit'])

/** One contract method, with what runs (schema, access, errors) and what its source says (doc, output type). */
type MethodEntry = { name: string; spec: MethodSpec; source: MethodSource; slice: SliceSource }
type ShapeGroup = { title: string; file: string; shapes: Shape[] }

/** docs/api.md, generated from the contract: the same text for the same contract, byte for byte. */
export function renderApiDocs(root: string = projectRoot()): string {
  const slices = readContractSlices(root)
  const methods = methodEntries(slices)
  const groups = shapeGroups(root, methods)
  const documented = new Map(groups.flatMap((group) => group.shapes.map((shape) => [shape.name, anchor(shapeHeading(shape.name))] as const)))
  checkReferences(methods, groups, documented)
  const envelope = readShapes(root, RESULT_FILE).filter((shape) => ['ErrorCode', 'ApiError', 'Result'].includes(shape.name))
  const markdown = `${[introduction(envelope.map(declarationWithDoc)), methodsSection(methods, documented), shapesSection(groups, documented)].join('\n\n')}\n`
  checkAnchors(markdown)
  return markdown
}

/** Every method in contract order, each matched to the one slice source that declares it. */
function methodEntries(slices: readonly SliceSource[]): MethodEntry[] {
  const specs = contract as Readonly<Record<string, MethodSpec>>
  for (const slice of slices) {
    for (const name of slice.methods.keys()) {
      if (!Object.hasOwn(specs, name)) throw new Error(`${slice.file} declares ${name}, which the contract does not include.`)
    }
  }
  return methodNames.map((name) => {
    const declaring = slices.filter((slice) => slice.methods.has(name))
    const slice = declaring[0]
    const source = slice?.methods.get(name)
    if (declaring.length !== 1 || !slice || !source) throw new Error(`${name} should be declared in exactly one contract slice; found ${declaring.length}.`)
    return { name, spec: specs[name] as MethodSpec, source, slice }
  })
}

/**
 * Shapes by domain in contract order, then any other shapes files, then Page and the vocabulary.
 * What a shape takes from a stored row (db/) is spelled out, since the reference has no heading for it.
 */
function shapeGroups(root: string, methods: readonly MethodEntry[]): ShapeGroup[] {
  const all = filesEndingIn(root, 'electron/core', '.shapes.ts')
  const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1)
  const sliceFolders = [...new Set(methods.map((method) => folderOf(method.slice.file)))]
  const ordered = [...sliceFolders.flatMap((folder) => all.filter((file) => folderOf(file) === folder)), ...all.filter((file) => !sliceFolders.includes(folderOf(file)))]
  const vocabularyShapes = readVocabulary(root, VOCABULARY_FILE, new Map(Object.entries(vocabulary)))
  const headed = new Set([...ordered.flatMap((file) => exportedTypeNames(root, file)), PAGE, ...vocabularyShapes.map((shape) => shape.name)])
  const rows = readRowFields(root, [...ordered, RESULT_FILE], (name) => headed.has(name), BUILT_IN)
  const groups: ShapeGroup[] = ordered.map((file) => {
    const base = file.slice(file.lastIndexOf('/') + 1)
    const domain = base.slice(0, -'.shapes.ts'.length)
    return { title: `${domain.charAt(0).toUpperCase()}${domain.slice(1)}`, file, shapes: readShapes(root, file, rows) }
  })
  return [
    ...groups,
    { title: 'Paging', file: RESULT_FILE, shapes: readShapes(root, RESULT_FILE, rows).filter((shape) => shape.name === PAGE) },
    { title: 'Vocabulary', file: VOCABULARY_FILE, shapes: vocabularyShapes },
  ]
}

/** Every type a method returns or a shape names must have a heading of its own. */
function checkReferences(methods: readonly MethodEntry[], groups: readonly ShapeGroup[], documented: ReadonlyMap<string, string>): void {
  for (const method of methods) {
    const missing = method.source.outputRefs.filter((ref) => !documented.has(ref))
    if (missing.length > 0) throw new Error(`${method.name} returns ${missing.join(', ')}, which no shapes file exports.`)
  }
  for (const group of groups) {
    for (const shape of group.shapes) {
      const missing = shape.refs.filter((ref) => !documented.has(ref) && !BUILT_IN.has(ref))
      if (missing.length > 0) throw new Error(`${shape.name} (${group.file}) names ${missing.join(', ')}, which no shapes file exports.`)
    }
  }
}

const declarationWithDoc = (shape: Shape) => (shape.doc ? `/** ${shape.doc} */\n${shape.declaration}` : shape.declaration)

/** Who may call, in words. */
function whoMayCall(access: Access): string {
  if (access === 'anyone') return 'anyone'
  if (access === 'logged-in') return 'any logged-in user'
  return access.join(', ')
}

/** `type AppStatus`: a heading whose anchor cannot meet a method's (`app.status` is #appstatus). */
const shapeHeading = (name: string) => `type ${name}`

const namespaceOf = (method: string) => method.slice(0, method.indexOf('.'))
const namespaceHeading = (namespace: string) => `### \`${namespace}\` methods`

function methodsSection(methods: readonly MethodEntry[], documented: ReadonlyMap<string, string>): string {
  const namespaces = [...new Set(methods.map((method) => namespaceOf(method.name)))]
  const index = [
    '| method | who may call | returns |',
    '|---|---|---|',
    ...methods.map((method) => `| [${code(method.name)}](#${anchor(method.name)}) | ${whoMayCall(method.spec.access)} | ${tableCell(code(method.source.output))} |`),
  ].join('\n')
  const blocks = namespaces.flatMap((namespace) => {
    const members = methods.filter((method) => namespaceOf(method.name) === namespace)
    return [namespaceHeading(namespace), ...namespaceDoc(namespace, members, methods), ...members.map((method) => methodBlock(method, documented))]
  })
  return ['## Methods', `${methods.length} methods in ${namespaces.length} namespaces, in contract order.`, index, ...blocks].join('\n\n')
}

/** A slice's own doc comment, under its namespace when the slice is that whole namespace. */
function namespaceDoc(namespace: string, members: readonly MethodEntry[], methods: readonly MethodEntry[]): string[] {
  const slices = [...new Set(members.map((method) => method.slice))]
  const [slice] = slices
  if (slices.length !== 1 || !slice?.doc) return []
  const whole = methods.filter((method) => method.slice === slice).every((method) => namespaceOf(method.name) === namespace)
  return whole ? [slice.doc] : []
}

function methodBlock(method: MethodEntry, documented: ReadonlyMap<string, string>): string {
  const input = inputNotation(method.spec.input, method.source.fieldDocs)
  const inputLine = input.includes('\n') ? `- **Input:**\n\n  \`\`\`ts\n${input.replace(/^/gm, '  ')}\n  \`\`\`\n` : `- **Input:** ${code(input)}`
  return [
    `#### ${method.name}`,
    ...(method.source.doc ? [method.source.doc] : []),
    [
      `- **Who may call:** ${whoMayCall(method.spec.access)}`,
      inputLine,
      `- **Returns:** ${linkedType(method.source.output, documented)}`,
      `- **Errors:** ${errorCodesOf(method.spec).map(code).join(', ')}`,
    ].join('\n'),
  ].join('\n\n')
}

function shapesSection(groups: readonly ShapeGroup[], documented: ReadonlyMap<string, string>): string {
  const blocks = groups.flatMap((group) => [
    `### ${group.title} (${code(group.file)})`,
    ...group.shapes.map((shape) => {
      const refs = shape.refs.filter((ref) => documented.has(ref))
      return [
        `#### ${shapeHeading(shape.name)}`,
        ...(shape.doc ? [shape.doc] : []),
        `\`\`\`ts\n${shape.declaration}\n\`\`\``,
        ...(refs.length > 0 ? [`Refers to ${refs.map((ref) => `[${code(ref)}](#${anchor(shapeHeading(ref))})`).join(', ')}.`] : []),
      ].join('\n\n')
    }),
  ])
  return [
    '## Shapes',
    'The types the methods return, as plain JSON, each with the doc comment of its declaration: every exported type of `electron/core/*/*.shapes.ts`, then `Page` and the vocabulary (`vocabulary/index.ts`) with its words spelled out.',
    ...blocks,
  ].join('\n\n')
}
