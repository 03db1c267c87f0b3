import { DatabaseFaultLog, databaseFault } from './database-faults';

const pgError = (code: string, message = 'error') => Object.assign(new Error(message), { code });

describe('databaseFault', () => {
  it.each([
    ['53300', 'too_many_connections'],
    ['53400', 'too_many_connections'],
    ['53100', 'disk_full'],
    ['57P01', 'shutting_down'],
    ['57P02', 'shutting_down'],
    ['57P03', 'shutting_down'],
    ['08006', 'unreachable'],
    ['57014', 'timeout'],
    ['ECONNREFUSED', 'unreachable'],
  ])('classes SQLSTATE or errno %s as %s', (code, fault) => {
    expect(databaseFault(pgError(code))).toBe(fault);
  });

  it('does not count a server starting up as a connection limit (which /health treats as a lasting fault)', () => {
    expect(databaseFault(pgError('57P03', 'the database system is starting up'))).not.toBe('too_many_connections');
  });

  it('classes driver messages without a code, and leaves defects alone', () => {
    expect(databaseFault(new Error('timeout exceeded when trying to connect'))).toBe('timeout');
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toBe('unreachable');
    expect(databaseFault(pgError('23505', 'duplicate key'))).toBeUndefined();
    expect(databaseFault('boom')).toBeUndefined();
  });
});

describe('DatabaseFaultLog', () => {
  it('reports the faults seen within the window', () => {
    const log = new DatabaseFaultLog();
    log.record('disk_full', 1_000);
    log.record('unreachable', 9_000);
    expect(log.recent(5_000, 10_000)).toEqual(['unreachable']);
    expect(log.totals().get('disk_full')).toBe(1);
  });
});
