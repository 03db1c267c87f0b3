import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PAGE_ROLES, PUBLIC_PAGE } from './auth.decorators';
import type { Role, WebRequest } from './session-user';

/** Asks the user to sign in (again) when there is no session or its token has run out. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string | undefined) {
    super('Sign in required');
  }
}

@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<WebRequest>();
    const user = request.session?.user;
    if (user) (request as { user?: unknown }).user = user;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_PAGE, targets)) return true;
    if (!user || user.tokenExpiresAt * 1000 <= Date.now())
      throw new SignInRequired(request.method === 'GET' ? request.originalUrl : undefined);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(PAGE_ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }
}
