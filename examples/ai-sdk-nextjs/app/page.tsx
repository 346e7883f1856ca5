export default function Page() {
  return (
    <main style={{ fontFamily: 'system-ui', maxWidth: 640, margin: '2rem auto' }}>
      <h1>Mask + Vercel AI SDK</h1>
      <p>
        <code>POST /api/chat</code> with <code>{'{ "chatId": "...", "message": "..." }'}</code> streams an answer. The
        model only sees tokens; the tool gets real values; the streamed answer is rehydrated for you.
      </p>
    </main>
  );
}
