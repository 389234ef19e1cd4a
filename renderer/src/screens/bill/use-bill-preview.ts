import type { ApiError, BillPreview, Input } from '../../api/contract'
import { pos } from '../../api/pos'
import { useLatestAnswer } from '../../api/use-latest-answer'

const keyOf = (lines: Input<'bills.preview'>) => JSON.stringify(lines)
const price = (lines: Input<'bills.preview'>) => pos('bills.preview', lines)

/**
 * The core's arithmetic for the lines being typed (never computed here). Like the search
 * (useLatestAnswer), the latest lines win and an answer for older lines is dropped.
 */
export function useBillPreview(input: Input<'bills.preview'> | null): { preview: BillPreview | null; error: ApiError | null; current: boolean } {
  const answer = useLatestAnswer(input, keyOf, price)
  return { preview: answer.value, error: answer.error, current: answer.current }
}
