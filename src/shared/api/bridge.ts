import type { Input, Output } from './contract';
import type { Envelope } from './envelope';
import type { PushEvent } from './events';
import type { MethodName } from './methods';

/**
 * What a transport gives the renderer: the preload exposes exactly this object as
 * `window.api` on the desktop; browser mode builds the same shape over HTTP and WebSocket.
 */
export interface ApiBridge {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  onEvent(listener: (event: PushEvent) => void): () => void;
}
