import type { Decider } from '../shared';
import type { DirectoryCommand } from './directory.commands';
import { decideDirectory } from './directory.decide';
import type { DirectoryEvent } from './directory.events';
import { evolveDirectory, initialDirectoryState, type DirectoryState } from './directory.state';

export * from './directory.commands';
export * from './directory.contacts';
export * from './directory.events';
export * from './directory.state';

export const schoolStreamId = (urn: string): string => `school-${urn}`;
export const providerStreamId = (providerId: string): string => `provider-${providerId}`;
export const laCalendarStreamId = (laCode: string): string => `lacalendar-${laCode}`;

export const directoryDecider: Decider<DirectoryState, DirectoryCommand, DirectoryEvent> = {
  decide: decideDirectory,
  evolve: evolveDirectory,
  initialState: initialDirectoryState,
};
