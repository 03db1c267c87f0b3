import type { components } from './api-schema';

/** The API's request and response shapes, by their OpenAPI schema names. */
export type Schemas = components['schemas'];
