import type { SelectType } from 'kysely'

/**
 * A stored row as a query reads it: Kysely's `Selectable<T>` (each `Generated<>` column as its
 * plain type), written as a mapped type over `keyof T` so every field keeps its declaration in
 * the table interface: its doc comment (in editors, and in docs/api.md for API shapes that pick
 * from a row) and its place. `Selectable<T>` maps over a computed key set, which loses both.
 * db/schema.ts proves the two agree for every table.
 */
export type Row<T> = { [K in keyof T]: SelectType<T[K]> }

/**
 * Fields a caller may give or leave out, typed as the row types them but never null: in a
 * request, "not given" is an absent key (`menu_item_id` of a custom bill line).
 */
export type Given<R, K extends keyof R> = { [P in K]?: NonNullable<R[P]> | undefined }
