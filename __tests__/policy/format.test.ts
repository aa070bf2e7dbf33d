import { describe, expect, it } from '@jest/globals'
import {
  formatFractionAsPercent,
  formatNumber,
  formatPValue,
  formatSigned,
  formatSignedPercent
} from '../../src/policy/format.js'

describe('format', () => {
  it.each([
    [0.92134, '0.9213'],
    [0.921, '0.921'],
    [33, '33'],
    [31.4159, '31.42'],
    [123456.7, '123457'],
    [0.00912345, '0.009123'],
    [1.5e-7, '1.5e-7'],
    [-0.25, '-0.25'],
    [0, '0'],
    [2e20, '2e+20'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity']
  ])('formatNumber(%p) = %s', (x, text) => {
    expect(formatNumber(x)).toBe(text)
  })

  it('signs changes and marks no change', () => {
    expect(formatSigned(0.009)).toBe('+0.009')
    expect(formatSigned(-2)).toBe('-2')
    expect(formatSigned(0)).toBe('±0')
    expect(formatSigned(0.914 - 0.912)).toBe('+0.002')
  })

  it('shows percent changes with one decimal, small ones with two significant digits', () => {
    expect(formatSignedPercent(1.04)).toBe('+1.0%')
    expect(formatSignedPercent(-6.45)).toBe('-6.5%')
    expect(formatSignedPercent(0.034)).toBe('+0.034%')
    expect(formatSignedPercent(0)).toBe('±0%')
    expect(formatFractionAsPercent(0.1)).toBe('10%')
    expect(formatFractionAsPercent(0.025)).toBe('2.5%')
  })

  it('formats p-values', () => {
    expect(formatPValue(0.0312)).toBe('p = 0.031')
    expect(formatPValue(0.5)).toBe('p = 0.5')
    expect(formatPValue(2e-7)).toBe('p < 0.0001')
  })
})
