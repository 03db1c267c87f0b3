/** The §0 default deadlines as the API answers them, for the settings page's specs. */
export { DEFAULT_TIMELINES as DEFAULT_DEADLINES } from '@ap/domain';
