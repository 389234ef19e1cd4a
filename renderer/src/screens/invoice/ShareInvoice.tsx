import { useState } from 'react'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Panel } from '../../components/bits'
import { useToast } from '../../components/toasts'

/**
 * Sharing the receipt: a short text to paste into WhatsApp or an SMS, or a WhatsApp chat opened
 * with the customer in the system browser. The phone stays in the core: the screen never sees it.
 */
export function ShareInvoice({ billId }: { billId: string }) {
  const notify = useToast()
  const [text, setText] = useState<string | null>(null)
  const [busy, setBusy] = useState<'text' | 'whatsapp' | null>(null)

  async function showText() {
    setBusy('text')
    const result = await pos('invoices.shareText', { bill_id: billId })
    setBusy(null)
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    setText(result.value.text)
    try {
      await navigator.clipboard.writeText(result.value.text)
      notify({ tone: 'success', message: 'Receipt text copied: paste it into WhatsApp or an SMS.' })
    } catch {
      // No clipboard here: the text is on screen to select and copy.
    }
  }

  async function whatsApp() {
    setBusy('whatsapp')
    const result = await pos('invoices.shareWhatsApp', { bill_id: billId })
    setBusy(null)
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    if (result.value.opened) return notify({ tone: 'success', message: 'WhatsApp opened with the receipt.' })
    notify({ tone: 'info', message: result.value.reason === 'no-phone' ? 'This bill has no phone number to send to. Copy the text instead.' : 'WhatsApp cannot be opened here. Copy the text instead.' })
  }

  return (
    <Panel title="Share the receipt" className="share-panel">
      <div className="share-actions">
        <Button onClick={() => void showText()} busy={busy === 'text'}>
          Copy receipt text
        </Button>
        <Button onClick={() => void whatsApp()} busy={busy === 'whatsapp'}>
          Send on WhatsApp
        </Button>
      </div>
      {text === null ? null : <textarea className="share-text" aria-label="Receipt text" readOnly value={text} rows={Math.min(14, text.split('\n').length)} />}
    </Panel>
  )
}
