import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotateTrigger } from "@/components/annotate/annotate-trigger";
import { ArticleText } from "@/components/annotate/article-text";
import { ArticleHeading } from "@/components/article-heading";
import { ClaimList } from "@/components/claim-list";
import { getArticle } from "@/lib/data/articles";
import { idSchema } from "@/lib/validations/common";

export const dynamic = "force-dynamic";

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const parsed = idSchema.safeParse(id);
  return parsed.success ? getArticle(parsed.data) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const article = await load(params);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const article = await load(params);
  if (!article) notFound();
  return (
    <div className="mx-auto grid max-w-7xl gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <article className="min-w-0 rounded-lg border border-stone-200 bg-white p-6">
        <ArticleHeading article={article} />
        {article.url ? (
          <p className="mt-1 text-sm">
            <a
              href={article.url}
              rel="noopener noreferrer nofollow"
              className="break-all text-blue-800 hover:underline"
            >
              {article.url}
            </a>
          </p>
        ) : null}
        <div className="mt-6">
          <ArticleText articleId={article.id} body={article.body} claims={article.claims} />
        </div>
      </article>
      <aside aria-labelledby="claims-heading" className="min-w-0">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="claims-heading" className="text-lg font-semibold">
            Claims <span className="font-normal text-stone-600">({article.claims.length})</span>
          </h2>
          <AnnotateTrigger />
        </div>
        <ClaimList claims={article.claims} />
      </aside>
    </div>
  );
}
