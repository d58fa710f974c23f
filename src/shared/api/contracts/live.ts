import { z } from 'zod';
import {
  adoptInput,
  approveInput,
  controlInput,
  liveRoomOptions,
  networkInterface,
  openRoomInput,
  pollInput,
  pollResult,
  reopenRoomInput,
  roomSummary,
  roomView,
  selfTestResult,
  voteItemInput,
} from '../../live/facilitator';
import { id, noInput, type ContractPart } from './common';

const roomId = z.object({ roomId: id }).strict();

/**
 * The facilitator's side of live rooms. Participants never reach these: the room's own listener
 * serves only the participant page and /p/* (docs/LIVE.md).
 */
export const liveContract = {
  'live.interfaces': { input: noInput, output: z.array(networkInterface) },
  'live.open': { input: openRoomInput, output: roomView, errors: ['NOT_FOUND', 'VALIDATION'] },
  'live.reopen': { input: reopenRoomInput, output: roomView, errors: ['NOT_FOUND', 'VALIDATION'] },
  'live.state': { input: roomId, output: roomView, errors: ['NOT_FOUND'] },
  'live.list': {
    input: z.object({ sessionId: id.optional(), assessmentId: id.optional() }).strict(),
    output: z.array(roomSummary),
  },
  'live.control': { input: controlInput, output: roomView, errors: ['NOT_FOUND'] },
  'live.setOptions': {
    input: z.object({ roomId: id, options: liveRoomOptions }).strict(),
    output: roomView,
    errors: ['NOT_FOUND'],
  },
  'live.approve': { input: approveInput, output: roomView, errors: ['NOT_FOUND', 'VALIDATION'] },
  'live.poll': { input: pollInput, output: roomView, errors: ['NOT_FOUND', 'VALIDATION'] },
  'live.voteItem': { input: voteItemInput, output: roomView, errors: ['NOT_FOUND'] },
  'live.adopt': { input: adoptInput, output: roomView, errors: ['NOT_FOUND'] },
  'live.close': { input: roomId, output: z.object({ closed: z.boolean() }) },
  /** Requests the join address from this machine: does the room's listener answer? */
  'live.selfTest': { input: roomId, output: selfTestResult, errors: ['NOT_FOUND'] },
  'polls.list': { input: z.object({ sessionId: id }).strict(), output: z.array(pollResult) },
} satisfies ContractPart;
