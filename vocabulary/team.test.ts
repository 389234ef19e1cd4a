import { describe, expect, it } from 'vitest'
import { isActiveStylist, stylistsFirst, worksHere } from './team'

describe('who is on the team', () => {
  it('reads active as the database (1/0) and the API (true/false) write it', () => {
    expect(worksHere({ active: 1 })).toBe(true)
    expect(worksHere({ active: true })).toBe(true)
    expect(worksHere({ active: 0 })).toBe(false)
    expect(worksHere({ active: false })).toBe(false)
  })

  it('counts an active member of staff as a stylist, and no one else', () => {
    expect(isActiveStylist({ role: 'staff', active: 1 })).toBe(true)
    expect(isActiveStylist({ role: 'staff', active: 0 })).toBe(false)
    expect(isActiveStylist({ role: 'receptionist', active: 1 })).toBe(false)
    expect(isActiveStylist({ role: 'owner', active: true })).toBe(false)
  })

  it('lists stylists first, then everyone else, each by name', () => {
    const people = [
      { role: 'owner' as const, name: 'Anita' },
      { role: 'staff' as const, name: 'Sarah' },
      { role: 'receptionist' as const, name: 'Bina' },
      { role: 'staff' as const, name: 'Meena' },
    ]
    expect([...people].sort(stylistsFirst).map((person) => person.name)).toEqual(['Meena', 'Sarah', 'Anita', 'Bina'])
  })
})
