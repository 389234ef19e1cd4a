import { useId } from 'react'
import { niceScale } from './chart-scale'

export type Series = { name: string; className: string }
export type Datum = { label: string; fullLabel: string; values: number[] }

type Props = {
  title: string
  /** One sentence a screen reader reads for the whole chart. */
  summary: string
  series: Series[]
  data: Datum[]
  format: (value: number) => string
  formatAxis?: (value: number) => string
  /** Index of the bar to emphasise (this month). */
  highlight?: number
}

// Drawn near the size it is shown, so its text reads at the page's own size.
const WIDTH = 360
const HEIGHT = 190
const PAD = { top: 10, right: 4, bottom: 24, left: 44 }

/**
 * Bars (stacked when there are several series), drawn in SVG with no chart library. The SVG is
 * one image with a title and summary; the numbers are also in a table for screen readers.
 */
export function BarChart({ title, summary, series, data, format, formatAxis = format, highlight }: Props) {
  const id = useId()
  const totals = data.map((datum) => datum.values.reduce((sum, value) => sum + value, 0))
  const { top, step } = niceScale(Math.max(0, ...totals))
  const plotWidth = WIDTH - PAD.left - PAD.right
  const plotHeight = HEIGHT - PAD.top - PAD.bottom
  const slot = plotWidth / Math.max(1, data.length)
  const barWidth = Math.min(22, slot * 0.64)
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight
  const ticks: number[] = []
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(value)

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg" preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((value) => (
          <g key={value} className="chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} />
            <text x={PAD.left - 8} y={y(value)} dy="0.32em" textAnchor="end" className="chart-axis">
              {formatAxis(value)}
            </text>
          </g>
        ))}
        {data.map((datum, index) => {
          const x = PAD.left + slot * index + (slot - barWidth) / 2
          let base = 0
          return (
            <g key={datum.label} className={index === highlight ? 'chart-bar-group is-highlight' : 'chart-bar-group'}>
              {datum.values.map((value, seriesIndex) => {
                const from = base
                base += value
                if (value <= 0) return null
                return (
                  <rect key={seriesIndex} x={x} width={barWidth} y={y(base)} height={Math.max(1, y(from) - y(base))} rx={seriesIndex === datum.values.length - 1 || datum.values.length === 1 ? 3 : 0} className={`chart-bar ${series[seriesIndex]?.className ?? ''}`}>
                    <title>{`${datum.fullLabel}: ${series.length > 1 ? `${series[seriesIndex]?.name} ` : ''}${format(value)}`}</title>
                  </rect>
                )
              })}
              <text x={x + barWidth / 2} y={HEIGHT - PAD.bottom + 15} textAnchor="middle" className="chart-axis chart-month">
                {datum.label.slice(0, 3)}
              </text>
            </g>
          )
        })}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="chart-baseline" />
      </svg>
      {series.length > 1 ? (
        <figcaption className="chart-legend" aria-hidden="true">
          {series.map((entry) => (
            <span key={entry.name} className="legend-item">
              <span className={`legend-swatch ${entry.className}`} /> {entry.name}
            </span>
          ))}
        </figcaption>
      ) : null}
      {/* A table sizes to its content whatever its own width says: the hidden box holding it must be a block. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {series.map((entry) => (
                <th scope="col" key={entry.name}>
                  {entry.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row">{datum.fullLabel}</th>
                {datum.values.map((value, index) => (
                  <td key={index}>{format(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
