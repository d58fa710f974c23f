// The live-room load test's reference: a WebSocket server on 127.0.0.1 that only acknowledges
// each message, so the same clients measure the transport alone. Reports its CPU time on request.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const server = createServer();
const sockets = new WebSocketServer({ server });
const start = process.cpuUsage();
sockets.on('connection', (socket) => {
  socket.on('error', () => socket.terminate());
  socket.on('message', (data) => {
    const { msgId } = JSON.parse(String(data)) as { msgId: string };
    socket.send(JSON.stringify({ type: 'ack', msgId, accepted: true }));
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', () => {
  const cpu = process.cpuUsage(start);
  process.send!({ cpuMs: (cpu.user + cpu.system) / 1000 });
});
