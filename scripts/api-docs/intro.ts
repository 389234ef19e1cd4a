import type { ErrorCode } from '../../electron/core/contract/result'
import { ERROR_MEANINGS } from './errors'
import { tableCell } from './markdown'

/**
 * The part of docs/api.md written by hand: how to call, the envelope, what each error code
 * means, and the conventions every method keeps (after ../shared/API.md). `envelope` is the
 * ErrorCode, ApiError and Result declarations of contract/result.ts, as generated.
 */
export function introduction(envelope: readonly string[]): string {
  return [
    `# Parlour core API

The living reference of the one contract between the renderer and the main process, generated
from the contract itself (\`electron/core/contract\`: the slices' zod schemas, output types,
declared errors and doc comments, and each method's access from the shared tier's
\`METHOD_ACCESS\`, \`vocabulary/access.ts\`) by \`npm run docs:api\`. Do not edit it by hand: \`npm test\`
fails when it is stale. \`../shared/API.md\` is the original hand-written spec, kept as it was written.`,
    `## Calling

The renderer calls \`window.pos.invoke(method, input)\`; code in Node calls the same methods on a
core opened with:

\`\`\`ts
import { openCore } from './electron/core'        // from the project root
const core = await openCore({ databasePath, dataKey /* 32-byte Uint8Array */, now /* optional () => Date */ })
const desk = core.connect()                        // one connection = one window = one session
const r = await desk.invoke('customers.findByPhone', { phone: '98765 43210' })
await core.close()
\`\`\`

An input is a plain JSON object (an absent input counts as \`{}\`). It is checked by the method's
schema in the main process before any handler runs; a field the method does not know is an error,
not ignored. The core answers every method in every state of the app through one dispatcher.
The \`app.*\` methods answer whatever state the data is in (first run, the OS key store waiting
for the owner's recovery passphrase, a damaged database, ready). Every other method needs the
data open and is refused until it is (\`UNAUTHENTICATED\` while the data waits for its passphrase,
\`INTERNAL\` when it cannot be opened). The desktop app starts the core with \`startCore\`, which
takes the OS key store and the file dialogs as ports.`,
    `## The envelope

Every call resolves (never rejects) to an envelope:

\`\`\`ts
${envelope.join('\n\n')}
\`\`\`

Messages are for people and never contain PII; screens switch on \`code\`, never on \`message\`.`,
    `## Error codes

The core checks a call in this order and answers the first failure: the method exists
(\`VALIDATION\`), setup is done (\`SETUP_REQUIRED\`), someone is logged in (\`UNAUTHENTICATED\`) whose
role may call the method (\`FORBIDDEN\`), the input fits its schema (\`VALIDATION\`); then the
handler runs and answers its own codes; anything unexpected is \`INTERNAL\`.

Each method below lists every code it can answer: \`VALIDATION\` and \`INTERNAL\` always;
\`UNAUTHENTICATED\` and \`SETUP_REQUIRED\` when it needs a login; \`FORBIDDEN\` when only some roles
may call it; and the codes its handler raises, declared as \`errors\` on the method in its slice.

| code | meaning |
|---|---|
${(Object.entries(ERROR_MEANINGS) as [ErrorCode, string][]).map(([code, meaning]) => `| \`${code}\` | ${tableCell(meaning)} |`).join('\n')}`,
    `## Conventions

- Names in inputs and outputs are snake_case, as in the salon's existing API.
- Money is integer paise (₹1 = 100 paise); \`total_spent_rupees\` is for display only. Rates are
  basis points (\`gst_rate_bp\`: 500 = 5%).
- Timestamps are ISO-8601 strings in the salon's time zone, with its offset
  (\`2025-10-10T14:30:00+05:30\`); days and dates of birth are \`YYYY-MM-DD\` (a day is a salon day).
- Ids are ULIDs: 26 characters of Crockford base 32 (\`01JD3Q4W5X6Y7Z8A9B0C1D2E3F\`).
- A list that pages answers a \`Page\`: pass its \`next\` as \`before\` for the page after it.
- In an update, an absent field stays as it is and \`null\` clears it.`,
    `## Reading the inputs

Inputs are printed from their zod schemas: \`name?:\` may be left out, \`| null\` may be null,
and the limits that matter follow the type: \`string (max 100)\` is at most 100 characters,
\`string (min 1, max 256)\` 1 to 256, \`number (integer, 1 to 100)\` a whole number in that
range, \`{ … }[] (1 to 50 items)\` a list of that length. \`string (ULID)\`, \`string (YYYY-MM-DD)\`
and \`string (absolute path)\` are the contract's building blocks
(\`electron/core/contract/schemas.ts\`); an absolute path is a full path on this computer (POSIX
\`/…\`, Windows \`C:\\…\` or \`\\\\server\\share\`). Checks that cannot be printed (a name that is
not only spaces, a file name ending in \`.csv\`) are left out; so is what the store checks for
meaning (real dates, phone formats, PIN rules), which answers \`VALIDATION\` with \`fields\`.`,
  ].join('\n\n')
}
