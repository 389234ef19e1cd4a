/**
 * A phone as lists show it, masked by the core to its last 4 digits (`+91 ••••• •3210`). Screen
 * readers hear "phone ending 3210" instead of a row of bullets.
 */
export function MaskedPhone({ masked, className }: { masked: string; className?: string }) {
  return (
    <span className={className}>
      <span aria-hidden="true">{masked}</span>
      <span className="visually-hidden">phone ending {masked.slice(-4)}</span>
    </span>
  )
}
