import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { installFormKeys } from './components/form-keys'
import './styles/app.css'
import './styles/invoice.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
installFormKeys()
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
