import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { errorAck } from './widget-ack';

describe('errorAck', () => {
  it('passes a refusal on as it is: another try would be refused again', () => {
    expect(errorAck(new BadRequestException('text must be at most 10 characters'))).toEqual({ error: 'text must be at most 10 characters' });
  });

  it('marks a failure of ours retryable, without telling its details', () => {
    expect(errorAck(Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK' }))).toEqual({
      error: 'Something went wrong on our side; please try again',
      retryable: true,
    });
  });
});
