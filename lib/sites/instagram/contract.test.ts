// @vitest-environment jsdom
import { describeAdapterContract } from '../fixtures.test-helpers.ts';
import { INSTAGRAM_CASES } from './fixtures/cases.ts';
import { instagram } from './surfaces.ts';

describeAdapterContract(instagram, INSTAGRAM_CASES);
