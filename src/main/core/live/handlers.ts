import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

/** The services these handlers use: made before each call (services.ts). */
export const liveNeeds = ['live'] as const;

export function liveHandlers({
  ready,
}: CoreContext<(typeof liveNeeds)[number]>): DomainHandlers<'live' | 'polls'> {
  return {
    'live.interfaces': () => ready().live.interfaces(),
    'live.open': (input) => ready().live.open(input),
    'live.reopen': (input) => ready().live.reopen(input),
    'live.state': ({ roomId }) => ready().live.state(roomId),
    'live.list': (filter) => ready().live.list(filter),
    'live.control': ({ roomId, action }) => ready().live.control(roomId, action),
    'live.setOptions': ({ roomId, options }) => ready().live.setOptions(roomId, options),
    'live.approve': (input) => ready().live.approve(input),
    'live.poll': (input) => ready().live.poll(input),
    'live.voteItem': (input) => ready().live.voteItem(input),
    'live.adopt': (input) => ready().live.adopt(input),
    'live.close': ({ roomId }) => ready().live.close(roomId),
    'live.selfTest': ({ roomId }) => ready().live.selfTest(roomId),
    'polls.list': ({ sessionId }) => ready().live.polls(sessionId),
  };
}
