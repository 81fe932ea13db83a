import { describe, expect, it } from 'vitest';
import { isTitleCase } from './headline-case';

describe('isTitleCase', () => {
  it('finds headlines that capitalise every main word', () => {
    expect(isTitleCase('Iraqi Prime Minister Unhurt After Drone Attack on His Baghdad Home')).toBe(true);
    expect(isTitleCase("Iran's Iraqi Allies Lost Seats, but Tehran's Influence Endures")).toBe(true);
    expect(isTitleCase('Condemnation Pours In After Drone Attack on Iraq’s Prime Minister')).toBe(true);
  });

  it('lets sentence case through, names and all', () => {
    expect(isTitleCase('Iraqi prime minister unhurt after drone attack on his Baghdad home')).toBe(false);
    expect(isTitleCase("Drone attack on Iraqi prime minister's home in Baghdad: live")).toBe(false);
    expect(isTitleCase('United Nations Security Council meets on Iraq')).toBe(false);
    expect(isTitleCase('Mustafa al-Kadhimi thanks Iraqis for their calm')).toBe(false);
  });

  it('says nothing of headlines too short to tell', () => {
    expect(isTitleCase('Baghdad Votes')).toBe(false);
    expect(isTitleCase('Kadhimi Meets Sadr')).toBe(false);
  });
});
