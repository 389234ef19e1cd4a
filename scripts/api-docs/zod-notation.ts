import { z } from 'zod'
import { id, isoDate } from '../../electron/core/contract/schemas'
import { objectNotation as layOut, quote } from './type-notation'

type Schema = z.core.JSONSchema.JSONSchema
type SchemaOrBoolean = z.core.JSONSchema._JSONSchema

/** A zod schema as JSON Schema, as the caller writes it (before defaults and transforms); refinements drop out. */
const jsonSchemaOf = (schema: z.ZodType): Schema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })

function patternOf(schema: z.ZodType): string {
  const { pattern } = jsonSchemaOf(schema)
  if (pattern === undefined) throw new Error('A named building block of the contract has no pattern.')
  return pattern
}

/** The contract's own building blocks (contract/schemas.ts), printed by name rather than as regexes. */
const NAMED_PATTERNS: ReadonlyMap<string, string> = new Map([
  [patternOf(id()), 'ULID'],
  [patternOf(isoDate()), 'YYYY-MM-DD'],
])

const NAMED_FORMATS: Readonly<Record<string, string>> = { 'date-time': 'ISO-8601 date-time' }

/** A whole input on one line only when it is this short: `{ id: string (ULID) }`. */
const INLINE_INPUT_WIDTH = 64

/**
 * An input schema in TypeScript-like notation: `name?:` may be left out, `| null` may be null,
 * enums as literal unions, and the limits that matter in brackets, e.g. `string (max 100)`,
 * `number (integer, 1 to 100)`, `{ … }[] (1 to 50 items)`. `fieldDocs` are printed as comments
 * above the top-level fields they name.
 */
export function inputNotation(schema: z.ZodType, fieldDocs: ReadonlyMap<string, string> = new Map()): string {
  return notation(jsonSchemaOf(schema), '', fieldDocs, INLINE_INPUT_WIDTH)
}

function notation(schema: SchemaOrBoolean, indent: string, fieldDocs?: ReadonlyMap<string, string>, width?: number): string {
  if (typeof schema === 'boolean') return schema ? 'unknown' : 'never'
  const union = schema.anyOf ?? schema.oneOf
  if (union) return union.map((arm) => notation(arm, indent)).join(' | ')
  if (schema.const !== undefined) return literal(schema.const)
  if (schema.enum) return schema.enum.map(literal).join(' | ')
  if (Array.isArray(schema.type)) return schema.type.map((type) => notation({ ...schema, type }, indent)).join(' | ')
  switch (schema.type) {
    case 'object':
      return objectNotation(schema, indent, fieldDocs, width)
    case 'array':
      return arrayNotation(schema, indent)
    case 'string':
      return annotated('string', stringLimits(schema))
    case 'integer':
      return annotated('number', ['integer', ...range(schema)])
    case 'number':
      return annotated('number', range(schema))
    case 'boolean':
    case 'null':
      return schema.type
    default:
      return 'unknown'
  }
}

function objectNotation(schema: Schema, indent: string, fieldDocs?: ReadonlyMap<string, string>, width?: number): string {
  const required = new Set(schema.required ?? [])
  const inner = `${indent}  `
  const fields = Object.entries(schema.properties ?? {}).map(([name, field]) => ({
    doc: fieldDocs?.get(name) ?? null,
    text: `${name}${required.has(name) ? '' : '?'}: ${notation(field, inner)}`,
  }))
  return layOut(fields, indent, width)
}

function arrayNotation(schema: Schema, indent: string): string {
  const items = Array.isArray(schema.items) ? { anyOf: schema.items.filter((item): item is Schema => typeof item !== 'boolean') } : (schema.items ?? true)
  const element = notation(items, indent)
  const bracketed = typeof items !== 'boolean' && (items.anyOf ?? items.oneOf ?? items.enum ?? []).length > 1 ? `(${element})[]` : `${element}[]`
  const count = bounds(schema.minItems, schema.maxItems)
  return count ? `${bracketed} (${count} items)` : bracketed
}

function stringLimits(schema: Schema): string[] {
  const patterns = [schema.pattern, ...(schema.allOf ?? []).map((part) => part.pattern)].filter((pattern): pattern is string => pattern !== undefined)
  const format = schema.format === undefined ? [] : [NAMED_FORMATS[schema.format] ?? schema.format]
  // A format's own regex (zod adds one) says nothing the format's name does not.
  const kinds = format.length > 0 ? format : patterns.map((pattern) => NAMED_PATTERNS.get(pattern) ?? `pattern /${pattern}/`)
  const length = [...(schema.minLength === undefined ? [] : [`min ${schema.minLength}`]), ...(schema.maxLength === undefined ? [] : [`max ${schema.maxLength}`])]
  return [...kinds, ...length]
}

function range(schema: Schema): string[] {
  const above = typeof schema.exclusiveMinimum === 'number' ? `> ${number(schema.exclusiveMinimum)}` : null
  const below = typeof schema.exclusiveMaximum === 'number' ? `< ${number(schema.exclusiveMaximum)}` : null
  const inclusive = bounds(schema.minimum, schema.maximum)
  return [inclusive, above, below].filter((part): part is string => part !== null)
}

/** `1 to 50`, `max 100`, `min 1`, or null when unbounded. */
function bounds(min: number | undefined, max: number | undefined): string | null {
  if (min !== undefined && max !== undefined) return `${number(min)} to ${number(max)}`
  if (max !== undefined) return `max ${number(max)}`
  if (min !== undefined) return `min ${number(min)}`
  return null
}

const annotated = (type: string, notes: readonly string[]) => (notes.length > 0 ? `${type} (${notes.join(', ')})` : type)

/** Large numbers grouped as TypeScript writes them: 1_000_000_000. */
const number = (value: number) => (Number.isInteger(value) && Math.abs(value) >= 10_000 ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_') : String(value))

const literal = (value: string | number | boolean | null) => (typeof value === 'string' ? quote(value) : String(value))
