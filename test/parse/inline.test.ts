import { describe, expect, it } from 'vitest';
import { findHosts } from '../../src/parse/hosts.js';
import { findMentions } from '../../src/parse/mentions.js';

describe('findHosts', () => {
  it('reads a quoted host list', () => {
    expect(findHosts("四个节点：['a-1.workflow.risk.example.com','us01-creditcard_mx-v.gate.example.com']")).toEqual([
      'a-1.workflow.risk.example.com',
      'us01-creditcard_mx-v.gate.example.com',
    ]);
  });

  it('reads a host standing alone, once', () => {
    expect(findHosts('drain db-03.payments.internal, then db-03.payments.internal again')).toEqual(['db-03.payments.internal']);
  });

  // A link's host is part of the link, not a machine the item is about.
  it.each(['config.schema.json', 'v2.4.1', 'example.com', 'ops@mail.example.com', 'mis2.0', 'https://wiki.example.com/x'])(
    'ignores %s', (text) => {
      expect(findHosts(text)).toEqual([]);
    },
  );
});

describe('findMentions', () => {
  it('reads CJK and dotted names, once each', () => {
    expect(findMentions('ask @张迪 and @qiao.yu, then @张迪.')).toEqual(['张迪', 'qiao.yu']);
  });

  it('ignores e-mail addresses', () => {
    expect(findMentions('mail ops@example.com')).toEqual([]);
  });
});
