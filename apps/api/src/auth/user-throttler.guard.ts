import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Rate limits per signed-in user (per address before sign-in), after the AuthGuard has named the user. */
@Injectable()
export class UserThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const actor = request['actor'] as { id: string } | undefined;
    return Promise.resolve(actor ? `user:${actor.id}` : `ip:${String(request['ip'])}`);
  }
}
