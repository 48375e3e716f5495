// @vitest-environment jsdom
import { describeAdapterContract } from '../fixtures.test-helpers.ts';
import { X_CASES } from './fixtures/cases.ts';
import { x } from './surfaces.ts';

describeAdapterContract(x, X_CASES);
