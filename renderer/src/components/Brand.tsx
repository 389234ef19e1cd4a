/** The Parlour mark: a drawn monogram, no image files. */
export function BrandMark({ size = 36 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="11" className="brand-mark-bg" />
      <path d="M14 29V11h7.5a6 6 0 0 1 0 12H14" className="brand-mark-letter" fill="none" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

export function BrandHeader({ subtitle }: { subtitle?: string }) {
  return (
    <div className="brand-header">
      <BrandMark size={44} />
      <div>
        <div className="brand-name">Parlour</div>
        {subtitle ? <div className="brand-subtitle">{subtitle}</div> : null}
      </div>
    </div>
  )
}
