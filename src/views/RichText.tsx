/** Narration text: [[term]] / [[term|label]] and **bold**; everything else plain text (never markup). */
export function RichText({ text }: { text: string }) {
  const parts = text.split(/(\[\[[^\]]+\]\]|\*\*[^*]+\*\*)/g);
  return (
    <>
      {parts.map((p, i) => {
        if (p.startsWith('[[')) {
          const [id, label] = p.slice(2, -2).split('|');
          return <span key={i}>{label ?? id}</span>;
        }
        if (p.startsWith('**')) return <strong key={i}>{p.slice(2, -2)}</strong>;
        return p;
      })}
    </>
  );
}
