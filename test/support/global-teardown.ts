export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __apTestServer?: { stop: () => Promise<void> } }).__apTestServer;
  await server?.stop();
}
