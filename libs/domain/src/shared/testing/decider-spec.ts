import type { Decider } from '../decider';
import type { Command, Event } from '../message';
import { fold } from '../decider';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * given(events).when(command).then(events) for pure deciders.
 * Framework-free: it throws plain Errors, so any test runner reports them.
 */
export const DeciderSpecification = {
  for<S, C extends Command, E extends Event>(decider: Decider<S, C, E>) {
    return {
      given(events: readonly E[]) {
        return {
          when(command: C) {
            const run = () => decider.decide(command, fold(decider, events));
            return {
              then(expected: readonly E[]) {
                assertDeepEqual(run(), expected);
              },
              thenNothingHappened() {
                assertDeepEqual(run(), []);
              },
              thenThrows<Err extends Error>(errorClass: ErrorClass, check?: (error: Err) => void) {
                let thrown: unknown;
                try {
                  run();
                } catch (error) {
                  thrown = error;
                }
                if (!(thrown instanceof errorClass)) {
                  throw new Error(`Expected ${errorClass.name} but got ${describe(thrown)}`);
                }
                check?.(thrown as Err);
              },
              /** The events produced, for assertions the fixed forms cannot express. */
              events: (): E[] => run(),
            };
          },
        };
      },
    };
  },
};

const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : value === undefined ? 'no error' : String(value);

const assertDeepEqual = (actual: unknown, expected: unknown): void => {
  const a = stableJson(actual);
  const e = stableJson(expected);
  if (a !== e) throw new Error(`Events differ.\nExpected: ${e}\nActual:   ${a}`);
};

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
