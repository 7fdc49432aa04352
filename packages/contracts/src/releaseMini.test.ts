import { describe, expect, it } from 'vitest';
// Only the shell's entry: classic zod, which installs zod's English messages when imported, stays out.
import { parseReleaseManifest } from './releaseMini.ts';

describe("the shell's release entry on its own", () => {
  it("words zod's own issues as classic zod does, not as a bare 'Invalid input'", () => {
    const result = parseReleaseManifest({ schemaVersion: 1, release: { id: '', createdAt: 'today' }, modules: [] });
    expect(result.ok ? [] : result.issues).toEqual([
      'release.id: Too small: expected string to have >=1 characters',
      'release.createdAt: Invalid ISO datetime',
      'modules: Too small: expected array to have >=1 items',
    ]);
  });
});
