import { Injectable } from '@nestjs/common';

/** The time automation decides by (business hours, silence); tests fix it. */
@Injectable()
export class AutomationClock {
  now(): Date {
    return new Date();
  }
}
