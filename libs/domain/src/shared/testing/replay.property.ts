import type { Decider } from '../decider';
import { fold } from '../decider';
import type { Command, Event } from '../message';

/**
 * Runs commands through a decider (refused ones are skipped) and returns the state it reached and the events it
 * produced, so a property can check that replaying those events from storage (a JSON round trip) gives the same state.
 */
export function runCommands<S, C extends Command, E extends Event>(
  decider: Decider<S, C, E>,
  commands: readonly C[],
): { state: S; events: E[] } {
  let state = decider.initialState();
  const events: E[] = [];
  for (const command of commands) {
    try {
      const produced = decider.decide(command, state);
      events.push(...produced);
      state = produced.reduce(decider.evolve, state);
    } catch {
      // A refused command changes nothing.
    }
  }
  return { state, events };
}

export function replayFromStorage<S, E extends Event>(decider: Decider<S, never, E>, events: readonly E[]): S {
  return fold(decider, JSON.parse(JSON.stringify(events)) as E[]);
}
