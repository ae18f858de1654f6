// npm start: serve the built site on http://127.0.0.1:4321/
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const server = await startServer({ root: 'dist', port });
const address = server.address();
console.log(`Safeguarding Portal is running at http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/ (press Ctrl+C to stop)`);
