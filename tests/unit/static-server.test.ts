// The test server sends what a static host would send from dist/_headers, block by block.
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/static-server.mjs';

const file = [
  '# comment',
  '/*',
  '  Content-Security-Policy: default-src self',
  '  Referrer-Policy: no-referrer',
  '',
  '/admin/*',
  '  ! Content-Security-Policy',
  '  Content-Security-Policy: default-src self; script-src self unsafe-eval',
  '/feeds/*.xml',
  '  Cache-Control: no-cache',
].join('\n');

describe('_headers for the test server', () => {
  const blocks = parseHeadersFile(file);

  it('reads each path block with its headers and removals', () => {
    expect(blocks.map((b: { pattern: string }) => b.pattern)).toEqual(['/*', '/admin/*', '/feeds/*.xml']);
    expect(blocks[1]).toEqual({ pattern: '/admin/*', set: [['Content-Security-Policy', 'default-src self; script-src self unsafe-eval']], remove: ['Content-Security-Policy'] });
  });

  it('a reader page gets the site-wide block only', () => {
    expect(headersFor(blocks, '/early-help/')).toEqual({ 'Content-Security-Policy': 'default-src self', 'Referrer-Policy': 'no-referrer' });
  });

  it('a later matching block replaces a header, and other headers carry on', () => {
    expect(headersFor(blocks, '/admin/')).toEqual({ 'Content-Security-Policy': 'default-src self; script-src self unsafe-eval', 'Referrer-Policy': 'no-referrer' });
  });

  it('a splat inside a pattern matches only its own shape', () => {
    expect(headersFor(blocks, '/feeds/rss.xml')['Cache-Control']).toBe('no-cache');
    expect(headersFor(blocks, '/feeds/rss.json')['Cache-Control']).toBeUndefined();
  });
});
