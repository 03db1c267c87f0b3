/** Injection tokens of the web app. */
export const WEB_CONFIG = Symbol('WEB_CONFIG');
