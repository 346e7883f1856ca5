import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from './gateway-metrics.js';

describe('GatewayMetrics', () => {
  it('counts through the per-request paths into the same series as inc()', () => {
    const metrics = new GatewayMetrics();
    metrics.request('/scrub', 200, 0.003);
    metrics.request('/scrub', 200, 0.0004);
    metrics.request('/scrub', 429, 2);
    metrics.inc('mask_gateway_requests_total', { status: 200, route: '/scrub' });
    metrics.incLabel('mask_gateway_entities_total', 'type', 'PERSON', 3);
    metrics.inc('mask_gateway_entities_total', { type: 'PERSON' }, 2);
    metrics.incLabel('mask_gateway_entities_total', 'type', 'bad value with spaces');
    metrics.incLabel('mask_gateway_entities_total', 'type', 'another bad one');

    expect(metrics.value('mask_gateway_requests_total', { route: '/scrub', status: 200 })).toBe(3);
    expect(metrics.value('mask_gateway_requests_total', { route: '/scrub', status: 429 })).toBe(1);
    expect(metrics.value('mask_gateway_entities_total', { type: 'PERSON' })).toBe(5);
    // Values outside the safe character set share one `other` series.
    expect(metrics.value('mask_gateway_entities_total', { type: 'other' })).toBe(2);

    const text = metrics.render();
    expect(text).toContain('mask_gateway_requests_total{route="/scrub",status="200"} 3\n');
    expect(text).toContain('mask_gateway_entities_total{type="PERSON"} 5\n');
    expect(text).not.toContain('spaces');
    // Buckets are cumulative: 0.0004 s falls in every bucket, 0.003 s from 0.005 up, 2 s from 2.5 up.
    expect(text).toContain('mask_gateway_request_duration_seconds_bucket{route="/scrub",le="0.001"} 1\n');
    expect(text).toContain('mask_gateway_request_duration_seconds_bucket{route="/scrub",le="0.0025"} 1\n');
    expect(text).toContain('mask_gateway_request_duration_seconds_bucket{route="/scrub",le="0.005"} 2\n');
    expect(text).toContain('mask_gateway_request_duration_seconds_bucket{route="/scrub",le="1"} 2\n');
    expect(text).toContain('mask_gateway_request_duration_seconds_bucket{route="/scrub",le="2.5"} 3\n');
    expect(text).toContain('mask_gateway_request_duration_seconds_bucket{route="/scrub",le="+Inf"} 3\n');
    expect(text).toContain('mask_gateway_request_duration_seconds_count{route="/scrub"} 3\n');
  });

  it('bounds the number of series however many distinct label values arrive', () => {
    const metrics = new GatewayMetrics();
    for (let index = 0; index < 1500; index++) metrics.incLabel('mask_gateway_entities_total', 'type', `T${index}`);
    const lines = metrics.render().split('\n');
    expect(lines.filter((line) => line.startsWith('mask_gateway_entities_total{')).length).toBe(1000);
  });
});
