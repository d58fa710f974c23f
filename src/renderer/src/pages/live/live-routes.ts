// The live room's own address, '#/live/<roomId>': a full-screen view for the projector and the
// facilitator's controls, without the app's header or navigation.
const LIVE_PATH = /^\/live\/([A-Za-z0-9-]{1,80})$/;

export type LiveRoute = { page: 'live'; roomId: string };

export function parseLivePath(path: string): LiveRoute | null {
  const match = LIVE_PATH.exec(path);
  return match?.[1] ? { page: 'live', roomId: match[1] } : null;
}

export const liveRoomHref = (roomId: string): string => `#/live/${roomId}`;
