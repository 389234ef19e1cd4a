/**
 * Compile-time proofs that two declarations cannot drift apart, written
 * `const _sameFields: Exactly<A, B> = true`: a mismatch fails type checking, nothing runs. In the
 * shared tier so every layer can use the one definition (it is a type only: no rule of the domain).
 */

/**
 * True when A and B are assignable each way and name the same keys. Assignability alone is not
 * enough: a field optional on one side may be missing from the other and both still assign.
 */
export type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false
