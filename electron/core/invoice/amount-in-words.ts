const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** 0-99: "ninety-nine". */
function belowHundred(n: number): string {
  if (n < 20) return ONES[n] as string
  const tens = TENS[Math.floor(n / 10)] as string
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`
}

/** 1-999: "four hundred ninety-one". */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  const parts = hundreds > 0 ? [`${ONES[hundreds]} hundred`] : []
  if (rest > 0) parts.push(belowHundred(rest))
  return parts.join(' ')
}

/** A whole number in Indian style: crore, lakh, thousand, hundred ("twelve crore thirty-four lakh…"). */
export function indianNumberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('Only whole, non-negative numbers have words here.')
  if (n === 0) return 'zero'
  const parts: string[] = []
  const crore = Math.floor(n / 10_000_000)
  const lakh = Math.floor((n % 10_000_000) / 100_000)
  const thousand = Math.floor((n % 100_000) / 1_000)
  const rest = n % 1_000
  if (crore > 0) parts.push(`${indianNumberInWords(crore)} crore`)
  if (lakh > 0) parts.push(`${belowHundred(lakh)} lakh`)
  if (thousand > 0) parts.push(`${belowHundred(thousand)} thousand`)
  if (rest > 0) parts.push(belowThousand(rest))
  return parts.join(' ')
}

/**
 * An amount in paise as an invoice writes it: "One thousand four hundred ninety-one rupees only",
 * "One rupee and fifty paise only".
 */
export function amountInWords(paise: number): string {
  if (!Number.isSafeInteger(paise) || paise < 0) throw new RangeError('Amounts are whole, non-negative paise.')
  const rupees = Math.floor(paise / 100)
  const rest = paise % 100
  const words = `${indianNumberInWords(rupees)} ${rupees === 1 ? 'rupee' : 'rupees'}${rest > 0 ? ` and ${belowHundred(rest)} ${rest === 1 ? 'paisa' : 'paise'}` : ''} only`
  return words.charAt(0).toUpperCase() + words.slice(1)
}
