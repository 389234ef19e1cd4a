/** Phones arrive in E.164. Indian mobiles read as "+91 98765 43210"; others as given. */
export function formatPhone(e164: string): string {
  const india = /^\+91(\d{5})(\d{5})$/.exec(e164)
  if (india) return `+91 ${india[1]} ${india[2]}`
  return e164
}
