import { describe, expect, it } from 'vitest';
import { householdStepSchemaFor } from '../../../src/domain/household-step.schema';
import { formatTypedNumber, parseTypedNumber, type NumberConvention } from '../../../src/domain/typed-number';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

const EN: NumberConvention = en.wizard.ui.numbers;
const ES: NumberConvention = es.wizard.ui.numbers;

describe('numbers read the way the language on screen writes them', () => {
  it('takes each language’s marks from its words', () => {
    expect(EN).toEqual({ group: ',', decimal: '.' });
    expect(ES).toEqual({ group: '.', decimal: ',' });
  });

  it.each([
    ['25.000', 25000],
    ['25 000', 25000],
    ['25\u00a0000', 25000],
    ['1.250.000', 1250000],
    ['25,5', 25.5],
    ['25.000,50', 25000.5],
    ['$ 45.000', 45000],
    ['45000', 45000],
  ])('Spanish: "%s" is %d', (typed, value) => {
    expect(parseTypedNumber(typed, ES)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['25,000', 25000],
    ['25 000', 25000],
    ['$45,500', 45500],
    ['1,250,000.75', 1250000.75],
    ['25.5', 25.5],
    [' 3 ', 3],
    ['-100', -100],
    ['-0', 0],
  ])('English: "%s" is %d', (typed, value) => {
    expect(parseTypedNumber(typed, EN)).toEqual({ kind: 'number', value });
  });

  it('asks about a number that could mean two things, and never picks one', () => {
    expect(parseTypedNumber('25.000', EN)).toEqual({ kind: 'unclear', readings: [25000, 25] });
    expect(parseTypedNumber('25,000', ES)).toEqual({ kind: 'unclear', readings: [25000, 25] });
  });

  it('offers the other language’s reading of a number written its way, without taking it', () => {
    expect(parseTypedNumber('25,5', EN)).toEqual({ kind: 'unclear', readings: [25.5] });
    expect(parseTypedNumber('1.234.567', EN)).toEqual({ kind: 'unclear', readings: [1234567] });
    expect(parseTypedNumber('25.5', ES)).toEqual({ kind: 'unclear', readings: [25.5] });
    expect(parseTypedNumber('1,234,567', ES)).toEqual({ kind: 'unclear', readings: [1234567] });
  });

  it.each(['about 40k', '2 5', '25..0', '1,2,3', '$', '--5', '25,000.000,5'])('calls "%s" not a number', (typed) => {
    expect(parseTypedNumber(typed, EN).kind).toBe('invalid');
  });

  it('treats blank as not answered', () => {
    expect(parseTypedNumber('   ', ES)).toEqual({ kind: 'empty' });
  });

  it('writes a number back the way the language writes it', () => {
    expect(formatTypedNumber(25000, EN)).toBe('25,000');
    expect(formatTypedNumber(25000.5, EN)).toBe('25,000.5');
    expect(formatTypedNumber(25000, ES)).toBe('25.000');
    expect(formatTypedNumber(25000.5, ES)).toBe('25.000,5');
  });
});

describe('the household page’s schema', () => {
  const parse = (numbers: NumberConvention, yearlyIncome: string, householdSize = '') =>
    householdStepSchemaFor(numbers).safeParse({ insurance: { householdSize, yearlyIncome } });

  it('saves "25.000" typed in Spanish as twenty-five thousand dollars, not 25', () => {
    expect(parse(ES, '25.000')).toMatchObject({ success: true, data: { insurance: { yearlyIncome: 25000 } } });
    expect(parse(EN, '25,000')).toMatchObject({ success: true, data: { insurance: { yearlyIncome: 25000 } } });
  });

  it('refuses an unclear income with its own message, so the person says which they mean', () => {
    const result = parse(EN, '25.000');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['yearlyIncomeUnclear']);
  });

  it('refuses a household size with a mark in it rather than read it as thousands', () => {
    const result = parse(ES, '', '1.000');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['householdSizeInvalid']);
  });
});
