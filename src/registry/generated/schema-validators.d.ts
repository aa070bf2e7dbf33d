// Types for the generated standalone ajv validators (see scripts/build-schema-validator.mjs).
import type { ErrorObject } from 'ajv'

export interface StandaloneValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

export const validateRegistry: StandaloneValidator
export const validateModelFile: StandaloneValidator
