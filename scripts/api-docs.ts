import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { API_DOCS_PATH, projectRoot, renderApiDocs } from './api-docs/render'

/** `npm run docs:api`: writes docs/api.md from the contract (test/api-docs.test.ts fails when it is stale). */
const root = projectRoot()
writeFileSync(join(root, API_DOCS_PATH), renderApiDocs(root))
console.log(`Wrote ${API_DOCS_PATH}.`)
