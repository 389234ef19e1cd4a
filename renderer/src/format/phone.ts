/** Phones arrive in E.164. Indian mobiles read as "+91 98765 43210"; others as given (the shared tier's rule). */
export { formatPhone } from '../../../vocabulary'
