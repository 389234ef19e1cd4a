import { contextBridge, ipcRenderer } from 'electron'
import type { Invoke, PosBridge } from './core/contract'
import { INVOKE_CHANNEL } from './shell/ipc-channel'

// Exactly two arguments cross, whatever the page passes: no channel, no event, no ipcRenderer.
const invoke: Invoke = (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input)

contextBridge.exposeInMainWorld('pos', { invoke } satisfies PosBridge)
