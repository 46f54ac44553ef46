import { describe, expect, it } from 'vitest';
import {
  isPinnedRequirement,
  normalizePackageName,
  parseRequirement,
  parseSpecifierSet,
} from '../../../src/facts/dependencies/pep508.js';

describe('normalizePackageName', () => {
  it('lower-cases and collapses runs of - _ . into one dash', () => {
    expect(normalizePackageName('Mlflow_Skinny')).toBe('mlflow-skinny');
    expect(normalizePackageName('ruamel.yaml')).toBe('ruamel-yaml');
    expect(normalizePackageName('zope__.-interface')).toBe('zope-interface');
  });
});

describe('parseRequirement', () => {
  it('reads a bare name', () => {
    expect(parseRequirement('mlflow')).toEqual({ name: 'mlflow', extras: [], specifiers: [] });
  });

  it('reads extras, several clauses and a marker', () => {
    expect(parseRequirement('mlflow[extras, gateway] >=2.9, <3 ; python_version > "3.8"')).toEqual({
      name: 'mlflow',
      extras: ['extras', 'gateway'],
      specifiers: [
        { operator: '>=', version: '2.9' },
        { operator: '<', version: '3' },
      ],
      marker: 'python_version > "3.8"',
    });
  });

  it('reads a parenthesised specifier set', () => {
    expect(parseRequirement('numpy (>=1.24,<2.0)')?.specifiers).toEqual([
      { operator: '>=', version: '1.24' },
      { operator: '<', version: '2.0' },
    ]);
  });

  it('reads a direct reference with a marker after whitespace', () => {
    expect(
      parseRequirement('feature-store @ https://example.com/feature_store-1.0.whl ; sys_platform == "linux"'),
    ).toEqual({
      name: 'feature-store',
      extras: [],
      specifiers: [],
      url: 'https://example.com/feature_store-1.0.whl',
      marker: 'sys_platform == "linux"',
    });
  });

  it('accepts a local version label and an arbitrary-equality string', () => {
    expect(parseRequirement('torch==2.1.0+cu118')?.specifiers).toEqual([
      { operator: '==', version: '2.1.0+cu118' },
    ]);
    expect(parseRequirement('legacy-tool===1.0-custom')?.specifiers).toEqual([
      { operator: '===', version: '1.0-custom' },
    ]);
  });

  it.each([
    ['an empty string', ''],
    ['stray words', 'install mlflow please'],
    ['an operator without a version', 'mlflow>='],
    ['an unknown operator', 'mlflow=>2.0'],
    ['an unclosed extras bracket', 'mlflow[extras>=2.0'],
    ['an empty marker', 'mlflow>=2.0;'],
    ['a bare URL', 'https://example.com/mlflow.tar.gz'],
    ['a direct reference without a URL', 'mlflow @ '],
    ['a trailing comma in the specifier set', 'mlflow>=2.0,'],
  ])('returns undefined for %s', (_case, text) => {
    expect(parseRequirement(text)).toBeUndefined();
  });
});

describe('parseSpecifierSet', () => {
  it('returns an empty list for an empty set and undefined for garbage', () => {
    expect(parseSpecifierSet('  ')).toEqual([]);
    expect(parseSpecifierSet('latest')).toBeUndefined();
  });
});

describe('isPinnedRequirement', () => {
  it.each([
    ['mlflow==2.9.2', true],
    ['mlflow===2.9.2', true],
    ['mlflow==2.9.2 ; python_version < "3.11"', true],
    ['mlflow==2.*', false],
    ['mlflow>=2.9', false],
    ['mlflow~=2.9', false],
    ['mlflow!=2.9.0', false],
    ['mlflow<3', false],
    ['mlflow', false],
    ['mlflow @ https://example.com/mlflow-2.9.2.tar.gz', false],
  ])('%s pinned: %s', (text, expected) => {
    const requirement = parseRequirement(text);
    expect(requirement).toBeDefined();
    expect(isPinnedRequirement(requirement!)).toBe(expected);
  });
});
