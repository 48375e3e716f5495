// @vitest-environment jsdom
import { describeAdapterContract } from '../fixtures.test-helpers.ts';
import { FACEBOOK_CASES } from './fixtures/cases.ts';
import { facebook } from './surfaces.ts';

describeAdapterContract(facebook, FACEBOOK_CASES);
