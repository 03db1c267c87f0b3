import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor, Role } from '@ap/domain';
import type { Request, Response } from 'express';
import { RateLimits } from '../http/rate-limits';
import { ALLOWED_ROLES, PROBE_ROUTE, PUBLIC_ROUTE } from './auth.decorators';
import { OrganisationResolver } from './organisation-resolver';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

type AuthenticatedRequest = Request & { actor?: Actor };

/** Every route needs a valid bearer token unless marked @Public(); @Roles() narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly organisations: OrganisationResolver,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    if (this.reflector.getAllAndOverride<boolean>(PROBE_ROUTE, targets)) return true;
    // Requests that name no user are counted per client address, so unauthenticated floods are limited too.
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return this.limits.client(request, response);
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      await this.limits.client(request, response);
      throw new UnauthorizedException('A bearer token is required');
    }
    let claimed;
    try {
      claimed = await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      await this.limits.client(request, response);
      throw new UnauthorizedException(`Invalid token: ${error.message}`);
    }
    await this.limits.user({ ...claimed }, response);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(claimed.role))
      throw new ForbiddenException(`This action is not open to the ${claimed.role} role`);
    request.actor = await this.organisations.actorFor(claimed);
    return true;
  }
}
