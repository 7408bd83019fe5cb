/** Governance of operations at the gateway: what an operation touches, discloses and may log. */
export { apiSchemaOf } from '../../schema/apiSchema';
export { collectCoordinates, usesIntrospection, type TouchedField } from './collectCoordinates';
export { analyseOperation, type OperationAnalysis, type OperationInput, type SensitiveTouch } from './analyseOperation';
export { redactVariables, REDACTED } from './redactVariables';
