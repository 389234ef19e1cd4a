import { GST_STATE_CODES, GST_STATES, type GstStateCode } from '../../../../vocabulary'

/** The states a salon or a buyer can be in, by GST state code. */
export const GST_STATE_OPTIONS: readonly { code: GstStateCode; name: string }[] = GST_STATE_CODES.map((code) => ({ code, name: GST_STATES[code] }))
