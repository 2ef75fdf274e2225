import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../helpers';
import { googlescholar } from '../../lib/sites/googlescholar';
import { scanWith } from '../../lib/sites/find';

const PROFILE = new URL('https://scholar.google.com/citations?user=XXXX&hl=en');
const loadMore = googlescholar.loadMore!;
const profile = () => fixtureDocument('handwritten/googlescholar-profile.html');

describe('Google Scholar profile: "Show more"', () => {
  it('the enabled #gsc_bpf_more is the control; the profile has 8 rows and no robot check', () => {
    const doc = profile();
    expect(loadMore.control(doc)?.id).toBe('gsc_bpf_more');
    expect(loadMore.rows(doc)).toBe(8);
    expect(loadMore.robotCheck(doc, PROFILE)).toBeNull();
    // The profile states no article count, so "Load all" carries no number.
    expect(scanWith({ adapter: googlescholar, kind: 'profile' }, doc, PROFILE)?.loadMore).toEqual({});
  });

  it('a disabled or missing button means the whole list is on the page: nothing to offer', () => {
    const doc = profile();
    doc.querySelector('#gsc_bpf_more')!.setAttribute('disabled', '');
    expect(loadMore.control(doc)).toBeNull();
    expect(scanWith({ adapter: googlescholar, kind: 'profile' }, doc, PROFILE)?.loadMore).toBeUndefined();
    doc.querySelector('#gsc_bpf_more')!.remove();
    expect(loadMore.control(doc)).toBeNull();
    // Search results have no "Show more".
    const search = fixtureDocument('handwritten/googlescholar-search.html');
    const url = new URL('https://scholar.google.com/scholar?hl=en&q=federated+optimization');
    expect(scanWith({ adapter: googlescholar, kind: 'feed' }, search, url)?.loadMore).toBeUndefined();
  });

  it.each([
    ["Scholar's captcha box", '<div id="gs_captcha_ccl"><h1>Please show you\'re not a robot</h1></div>', "Please show you're not a robot"],
    ['a reCAPTCHA frame', '<iframe src="https://www.google.com/recaptcha/api2/anchor?k=x"></iframe>', "Please show you're not a robot."],
    [
      'the full-page captcha form',
      '<form id="captcha-form"><div id="recaptcha" class="g-recaptcha"></div></form>',
      "Please show you're not a robot.",
    ],
  ])('robot check: %s', (_name, html, text) => {
    const doc = profile();
    doc.body.insertAdjacentHTML('afterbegin', html);
    expect(loadMore.robotCheck(doc, PROFILE)).toEqual({ text });
  });

  it("robot check: the profile's error line in the robot words, or Google's /sorry/ page", () => {
    const doc = profile();
    doc.querySelector('#gsc_a_err')!.textContent = 'Our systems have detected unusual traffic from your computer network.';
    expect(loadMore.robotCheck(doc, PROFILE)?.text).toMatch(/unusual traffic/);
    doc.querySelector('#gsc_a_err')!.textContent = 'There are no articles in this profile.';
    expect(loadMore.robotCheck(doc, PROFILE)).toBeNull();
    expect(loadMore.robotCheck(profile(), new URL('https://scholar.google.com/sorry/index?continue=x'))).not.toBeNull();
  });
});
