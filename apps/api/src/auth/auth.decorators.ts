import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@ap/domain';

export const PUBLIC_ROUTE = 'ap:public';
export const ALLOWED_ROLES = 'ap:roles';

/** No token needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export const PROBE_ROUTE = 'ap:probe';
/**
 * An operations probe (/health, /metrics): public and not rate-limited. Load balancers and Prometheus poll it, and
 * it must answer promptly while the database (where the rate-limit counts live) is away (issue 18).
 */
export const Probe = () => SetMetadata(PROBE_ROUTE, true);

/** Only these roles may call the route; others get 403. Scoping to the caller's organisation happens per record. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
