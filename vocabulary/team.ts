import type { Role } from './index'

/**
 * Who is on the team, as the book, the bill and the stylists' report count them. A user's
 * `active` is 1/0 in the database and true/false in the API; both read the same here.
 */
export type TeamMember = { role: Role; active: boolean | number }

/** Works here: may be booked and named on a bill's service line. Left the salon: neither. */
export const worksHere = (user: Pick<TeamMember, 'active'>): boolean => user.active === true || user.active === 1

/** An active stylist: a member of staff who works here. The book has a column for each, the report a row. */
export const isActiveStylist = (user: TeamMember): boolean => worksHere(user) && user.role === 'staff'

/** The stylist pickers' order: stylists (staff) first, then everyone else, each by name. */
export const stylistsFirst = (a: { role: Role; name: string }, b: { role: Role; name: string }): number =>
  Number(b.role === 'staff') - Number(a.role === 'staff') || a.name.localeCompare(b.name)
