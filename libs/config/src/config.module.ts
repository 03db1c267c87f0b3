import { ConfigModule } from '@nestjs/config';
import { loadConfig } from './load-config';
import type { AppConfig } from './config.schema';

/**
 * `@nestjs/config` over the one schema: inject `ConfigService<AppConfig, true>` and read `config.get('PORT', {
 * infer: true })`. The environment is validated here (every bad variable named) and never written back to.
 */
export function appConfigModule(config?: AppConfig) {
  return ConfigModule.forRoot({
    isGlobal: true,
    ignoreEnvFile: true,
    validatePredefined: false,
    skipProcessEnv: true,
    load: [() => config ?? loadConfig()],
  });
}
