import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/auth.decorators';
import { notFound } from '../http/not-found';

/** The page behind every problem `type`: docs/problems.md, whole or one code's section (read once, at start-up). */
@ApiExcludeController()
@Public()
@Controller('problems')
export class ProblemsController {
  private readonly page = readFileSync(join(process.cwd(), 'docs', 'problems.md'), 'utf8');

  @Get()
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  all(): string {
    return this.page;
  }

  @Get(':slug')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  one(@Param('slug') slug: string): string {
    const start = this.page.indexOf(`\n## ${slug}\n`);
    if (start < 0) throw notFound('problem');
    const end = this.page.indexOf('\n## ', start + 1);
    return this.page.slice(start + 1, end < 0 ? undefined : end + 1);
  }
}
