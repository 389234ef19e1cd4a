/** The contract's types, re-exported so screens import them from one place (types only). */
import type * as Contract from '../../../electron/core/contract'

export type ApiError = Contract.ApiError
export type AppStatus = Contract.AppStatus
export type BackupInfo = Contract.BackupInfo
export type BackupStatus = Contract.BackupStatus
export type AuditEntry = Contract.AuditEntry
export type Bill = Contract.Bill
export type BillItem = Contract.BillItem
export type BillPreview = Contract.BillPreview
export type BirthdayEntry = Contract.BirthdayEntry
export type CustomerDetail = Contract.CustomerDetail
export type CustomerSummary = Contract.CustomerSummary
export type Draft = Contract.Draft
export type ErrorCode = Contract.ErrorCode
export type HistoryItem = Contract.HistoryItem
export type Input<M extends Contract.MethodName> = Contract.Input<M>
export type MethodName = Contract.MethodName
export type MonthlyFigures = Contract.MonthlyFigures
export type Output<M extends Contract.MethodName> = Contract.Output<M>
export type Page<T> = Contract.Page<T>
export type PaymentMethod = Contract.PaymentMethod
export type PosBridge = Contract.PosBridge
export type QueueEntry = Contract.QueueEntry
export type RecoveryStatus = Contract.RecoveryStatus
export type Result<T> = Contract.Result<T>
export type Role = Contract.Role
export type SessionState = Contract.SessionState
export type Settings = Contract.Settings
export type User = Contract.User
export type UserAdmin = Contract.UserAdmin
export type UserTile = Contract.UserTile
export type Visit = Contract.Visit
export type VisitStatus = Contract.VisitStatus
