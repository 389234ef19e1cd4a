import { describe, expect, it } from 'vitest'
import { createPrinter, type PrintableContentsPort } from './printer'

function standIn(success = true) {
  const calls: unknown[] = []
  const contents: PrintableContentsPort = {
    getPrintersAsync: async () => [{ name: 'TVS_RP3160', displayName: 'TVS RP 3160 Gold' }, { name: 'HP_LaserJet', displayName: '' }],
    print: (options, callback) => {
      calls.push(options)
      callback(success, success ? '' : 'cancelled')
    },
    printToPDF: async (options) => {
      calls.push(options)
      return new Uint8Array([0x25, 0x50, 0x44, 0x46])
    },
  }
  return { contents, calls }
}

describe('the printer port', () => {
  it('prints the asking window on the chosen printer, silently when asked, on A4 or an 80 mm roll', async () => {
    const { contents, calls } = standIn()
    const printer = createPrinter({ contentsFor: (origin) => (origin === 'window' ? contents : null) })
    expect(await printer.printers('window')).toEqual([
      { name: 'TVS_RP3160', display_name: 'TVS RP 3160 Gold' },
      { name: 'HP_LaserJet', display_name: 'HP_LaserJet' },
    ])
    expect(await printer.print('window', { paper: '80mm', printer: 'TVS_RP3160', silent: true })).toEqual({ printed: true, reason: null })
    await printer.print('window', { paper: 'a4', printer: null, silent: false })
    expect(calls).toEqual([
      { silent: true, printBackground: true, deviceName: 'TVS_RP3160', pageSize: { width: 80_000, height: 297_000 }, margins: { marginType: 'default' } },
      { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'default' } },
    ])
    expect(await printer.printToPdf('window', 'a4')).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]))
    expect(calls[2]).toEqual({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' })
  })

  it('says when printing did not happen, and refuses a window that is not Parlour’s', async () => {
    const { contents } = standIn(false)
    const printer = createPrinter({ contentsFor: (origin) => (origin === 'window' ? contents : null) })
    expect(await printer.print('window', { paper: 'a4', printer: null, silent: false })).toEqual({ printed: false, reason: 'cancelled' })
    await expect(printer.printers('elsewhere')).rejects.toThrow(/Not one of Parlour’s windows/)
  })
})
