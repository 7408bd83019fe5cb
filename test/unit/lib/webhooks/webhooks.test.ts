import { webhookSecret } from '../../../../lib/webhooks/webhookSecret';
import { signWebhook, verifyWebhook } from '../../../../lib/webhooks/webhookSignature';
import { webhookUrlProblem } from '../../../../lib/webhooks/webhookUrl';

describe('webhook secrets', () => {
  it('are derived per subscription, the same on every gateway, and differ between keys', () => {
    const one = webhookSecret('key-1', 'whk_a');
    expect(one).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhookSecret('key-1', 'whk_a')).toBe(one);
    expect(webhookSecret('key-1', 'whk_b')).not.toBe(one);
    expect(webhookSecret('key-2', 'whk_a')).not.toBe(one);
  });
});

describe('webhook signatures (Standard Webhooks)', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const at = new Date('2026-12-05T10:00:00Z');
  const body = '{"type":"customer.changes","events":[]}';

  it('match the published example of the specification', () => {
    // From standardwebhooks.com's reference libraries' tests.
    const headers = signWebhook(
      secret,
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      new Date(1614265330 * 1000),
      '{"test": 2432232314}',
    );
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verify what was signed, within the tolerance, and nothing else', () => {
    const headers = signWebhook(secret, 'msg_1', at, body);
    expect(headers['webhook-timestamp']).toBe('1796464800');
    expect(verifyWebhook(secret, headers, body, at)).toBe(true);
    expect(verifyWebhook(secret, headers, `${body} `, at)).toBe(false);
    expect(verifyWebhook('whsec_b3RoZXI=', headers, body, at)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, 'webhook-id': 'msg_2' }, body, at)).toBe(false);
    expect(verifyWebhook(secret, headers, body, new Date(at.getTime() + 301_000))).toBe(false);
    expect(verifyWebhook(secret, { ...headers, 'webhook-timestamp': 'soon' }, body, at)).toBe(false);
    expect(verifyWebhook(secret, { 'webhook-id': 'msg_1' }, body, at)).toBe(false);
  });

  it('accept any one of several signatures (a secret being rotated)', () => {
    const headers = signWebhook(secret, 'msg_1', at, body);
    const both = { ...headers, 'webhook-signature': `v1,bm90IGl0 ${headers['webhook-signature']}` };
    expect(verifyWebhook(secret, both, body, at)).toBe(true);
    expect(
      verifyWebhook(
        secret,
        { ...headers, 'webhook-signature': headers['webhook-signature'].replace('v1', 'v2') },
        body,
        at,
      ),
    ).toBe(false);
  });
});

describe('webhook URLs', () => {
  it.each([
    ['https://billing.example.com/hooks/custos', true, undefined],
    ['http://localhost:8080/hook', false, undefined],
    ['http://billing.example.com/hook', true, 'must start with https://'],
    ['ftp://billing.example.com/hook', false, 'must start with https:// or http://'],
    [
      'https://user:pass@billing.example.com/hook',
      true,
      'must not carry a user or password: receivers verify the signature instead',
    ],
    ['https://billing.example.com/hook#part', true, 'must not have a #fragment'],
    ['/relative/hook', true, 'is not an absolute URL'],
    [`https://billing.example.com/${'a'.repeat(2100)}`, true, 'is longer than 2048 characters'],
  ])('%s (production %s): %s', (url, production, problem) => {
    expect(webhookUrlProblem(url, production)).toBe(problem);
  });
});
