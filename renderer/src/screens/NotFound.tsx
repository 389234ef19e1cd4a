import { Empty } from '../components/StateView'

export function NotFound() {
  return (
    <div className="page">
      <Empty title="There is no such screen">
        <a href="#/">Go to my home screen</a>
      </Empty>
    </div>
  )
}
