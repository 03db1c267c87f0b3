export { freePort } from '../../libs/database/src/free-port';
