/** An article's plain-text body as paragraphs. Text is rendered as text, never as HTML. */
export function ArticleBody({ body, className = "" }: { body: string; className?: string }) {
  const paragraphs = body.split(/\n+/).filter((p) => p.trim().length > 0);
  return (
    <div className={`space-y-4 font-serif text-[1.05rem] leading-relaxed ${className}`}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
