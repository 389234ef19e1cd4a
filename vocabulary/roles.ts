/** Who is logged in (ARCHITECTURE, Roles), and the groups of roles methods are opened to. */

const values = <const T extends readonly string[]>(...list: T): T => list

/** Who is logged in (ARCHITECTURE, Roles). */
export const ROLES = values('owner', 'receptionist', 'staff')
/** The roles that work the counter: customers, bills, walk-ins, appointments. */
export const COUNTER_ROLES = values('owner', 'receptionist')
export const OWNER_ONLY = values('owner')
