import { describe, expect, it } from 'vitest'
import { ROLES } from './index'
import { allows, mayCall, METHOD_ACCESS, type MethodName } from './access'

const methods = Object.keys(METHOD_ACCESS) as MethodName[]

describe('who may call what', () => {
  it('lets anyone call an open method, any logged-in user a logged-in one, and only the listed roles the rest', () => {
    expect(allows('anyone', null)).toBe(true)
    expect(allows('logged-in', null)).toBe(false)
    expect(allows('logged-in', 'staff')).toBe(true)
    expect(allows(['owner'], 'owner')).toBe(true)
    expect(allows(['owner'], 'receptionist')).toBe(false)
    expect(allows(['owner', 'receptionist'], null)).toBe(false)
  })

  it('keeps staff to the queue: their tickets, their own day, and the session', () => {
    const forStaff = methods.filter((method) => mayCall('staff', method) && METHOD_ACCESS[method] !== 'anyone')
    expect(forStaff.sort()).toEqual(['queue.setStatus', 'queue.today', 'session.logout', 'settings.get', 'stylists.myDay'])
  })

  it('gives the counter customers, bills, the book and the day, and keeps the rest the owner’s', () => {
    expect(mayCall('receptionist', 'customers.search')).toBe(true)
    expect(mayCall('receptionist', 'bills.post')).toBe(true)
    expect(mayCall('receptionist', 'appointments.book')).toBe(true)
    expect(mayCall('receptionist', 'days.close')).toBe(true)
    for (const method of ['bills.refund', 'customers.delete', 'customers.erase', 'customers.restore', 'users.create', 'settings.update', 'audit.list', 'backup.restore'] as const) {
      expect(mayCall('receptionist', method), method).toBe(false)
      expect(mayCall('owner', method), method).toBe(true)
    }
  })

  it('lets the owner call every method, and a logged-out caller only the open ones', () => {
    expect(methods.filter((method) => !mayCall('owner', method))).toEqual([])
    expect(methods.filter((method) => mayCall(null, method))).toEqual(methods.filter((method) => METHOD_ACCESS[method] === 'anyone'))
    for (const method of methods) {
      const access = METHOD_ACCESS[method]
      if (typeof access !== 'string') expect(access.every((role) => ROLES.includes(role)), method).toBe(true)
    }
  })
})
