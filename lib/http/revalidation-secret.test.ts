import { describe, expect, it } from 'vitest';
import { carriesSecret } from './revalidation-secret';

describe('the revalidation secret', () => {
  it('is carried only as a bearer token equal to the configured secret', () => {
    expect(carriesSecret('Bearer s3cret-value', 's3cret-value')).toBe(true);
    expect(carriesSecret('Bearer s3cret-valuf', 's3cret-value')).toBe(false);
    expect(carriesSecret('Bearer s3cret-value ', 's3cret-value')).toBe(false);
    expect(carriesSecret('Bearer s3cret', 's3cret-value')).toBe(false);
    expect(carriesSecret('s3cret-value', 's3cret-value')).toBe(false);
    expect(carriesSecret(undefined, 's3cret-value')).toBe(false);
  });

  it('is carried by nothing when none is configured, an empty bearer token included', () => {
    expect(carriesSecret('Bearer ', '')).toBe(false);
    expect(carriesSecret('Bearer anything', undefined)).toBe(false);
  });
});
