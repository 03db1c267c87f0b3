import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role, SessionUser, WebRequest } from './session-user';

export const PUBLIC_PAGE = 'web:public';
export const PAGE_ROLES = 'web:roles';

/** A page anyone may open (sign-in, sign-out, errors). */
export const PublicPage = () => SetMetadata(PUBLIC_PAGE, true);

/** Pages only these roles may open; others see "You cannot use this page". */
export const ForRoles = (...roles: Role[]) => SetMetadata(PAGE_ROLES, roles);

/** The signed-in user of this request. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser => context.switchToHttp().getRequest<WebRequest>().user,
);
