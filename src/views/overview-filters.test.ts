import { expect, test } from 'vitest';
import {
  clearedFiltersHref,
  describeFilters,
  readFilters,
  toggledFilterHref,
} from './overview-filters.ts';

const at = (href: string) => new URL(href, 'http://dashboard.example');

test('reads repeated parameters as the selected values', () => {
  expect(
    readFilters(at('/?environment=PROD&environment=ACC&state=FAILED')),
  ).toEqual({
    environments: ['PROD', 'ACC'],
    applications: [],
    states: ['FAILED'],
  });
});

test('toggling adds or removes one value and keeps the rest of the URL', () => {
  const url = at('/?wall=1&environment=PROD');

  expect(toggledFilterHref(url, 'environments', 'ACC')).toBe(
    '/?wall=1&environment=PROD&environment=ACC',
  );
  expect(toggledFilterHref(url, 'environments', 'PROD')).toBe('/?wall=1');
});

test('clearing drops the filters but keeps theme and wall mode', () => {
  expect(
    clearedFiltersHref(at('/?theme=dark&state=FAILED&application=PetPortal')),
  ).toBe('/?theme=dark');
});

test('describes the filters of a screen in words', () => {
  const filters = readFilters(
    at('/?state=FAILED&environment=PROD&environment=ACC'),
  );

  expect(describeFilters(filters)).toBe(
    'environment PROD or ACC, state FAILED',
  );
});
