import { questionFromHash, questionHref } from './deepLink';

describe('question deep links', () => {
  it('round-trips a question id through the hash', () => {
    const href = questionHref('c 1', 'w/2', 'org.crm_exists');
    expect(href).toBe('#/clients/c%201/workshops/w%2F2/assessment/org.crm_exists');
    expect(questionFromHash(href, 'w/2')).toBe('org.crm_exists');
  });
  it('ignores links of other workshops, other tabs and broken escapes', () => {
    expect(questionFromHash('#/clients/c/workshops/w/assessment/q1', 'other')).toBeNull();
    expect(questionFromHash('#/clients/c/workshops/w/actions/q1', 'w')).toBeNull();
    expect(questionFromHash('#/clients/c/workshops/w/assessment', 'w')).toBeNull();
    expect(questionFromHash('#/clients/c/workshops/w/assessment/%E0%A4%A', 'w')).toBeNull();
    expect(questionFromHash('', 'w')).toBeNull();
  });
});
