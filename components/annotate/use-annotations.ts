"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import * as api from "@/lib/annotate/api";
import { AUTHOR_STORAGE_KEY, UNDO_STORAGE_KEY } from "@/lib/annotate/storage-keys";
import {
  describeDone,
  type Done,
  parseStack,
  pushDone,
  recreateBody,
  relinkBody,
  remapIds,
  revertPatch,
  withVersion,
} from "@/lib/annotate/undo";
import type { ArticleWithClaims } from "@/lib/validations/article";
import type { Claim } from "@/lib/validations/claim";
import type { Comparison } from "@/lib/validations/comparison";
import type { Relation } from "@/lib/validations/relation";

export interface ToastState {
  text: string;
  tone: "done" | "error" | "info";
  /** Shown for the info note the Annotate button brings up. */
  changeName?: boolean;
}

type Outcome<T> = api.Result<T> | { ok: false; problem: null };

const CANCELLED = { ok: false, problem: null } as const;

/**
 * The annotator's state that outlives any one dialog: who is annotating, what can be undone, the
 * toast, and cached reads of articles and relations. Every change goes through `commit`, which
 * records how to undo it, says what happened and refreshes the server-rendered page.
 */
export function useAnnotations(slug: string | undefined) {
  const router = useRouter();
  // Only ever rendered in the browser (loaded on first use), so storage can be read up front.
  const [author, setAuthor] = useState<string | null>(() => localStorage.getItem(AUTHOR_STORAGE_KEY));
  const [stack, setStackState] = useState<Done[]>(() => parseStack(sessionStorage.getItem(UNDO_STORAGE_KEY)));
  const stackRef = useRef(stack);
  const [toast, setToast] = useState<ToastState | null>(null);
  const [namePrompt, setNamePrompt] = useState<((name: string | null) => void) | null>(null);
  const articles = useRef(new Map<string, Promise<api.Result<ArticleWithClaims>>>());
  const comparison = useRef<Promise<Comparison | null> | null>(null);
  const busy = useRef(false);

  const setStack = useCallback((next: Done[]) => {
    stackRef.current = next;
    setStackState(next);
    if (next.length > 0) sessionStorage.setItem(UNDO_STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(UNDO_STORAGE_KEY);
  }, []);

  const loadArticle = useCallback((id: string) => {
    let pending = articles.current.get(id);
    if (!pending) {
      pending = api.getArticle(id);
      articles.current.set(id, pending);
      void pending.then((r) => !r.ok && articles.current.delete(id));
    }
    return pending;
  }, []);

  /** The comparison as it is now, for the links between claims; null on an article page. */
  const loadComparison = useCallback(() => {
    if (!slug) return Promise.resolve(null);
    comparison.current ??= api.getComparison(slug).then((r) => (r.ok ? r.data : null));
    return comparison.current;
  }, [slug]);

  const afterChange = useCallback(() => {
    articles.current.clear();
    comparison.current = null;
    router.refresh();
  }, [router]);

  /** The annotator's name, asking for it the first time; null if they decline. */
  const ensureAuthor = useCallback((): Promise<string | null> => {
    if (author) return Promise.resolve(author);
    return new Promise((resolve) => setNamePrompt(() => resolve));
  }, [author]);

  const answerName = useCallback(
    (name: string | null) => {
      if (name) {
        localStorage.setItem(AUTHOR_STORAGE_KEY, name);
        setAuthor(name);
      }
      namePrompt?.(name);
      setNamePrompt(null);
    },
    [namePrompt],
  );

  const askName = useCallback(() => setNamePrompt(() => () => undefined), []);

  const commit = useCallback(
    (done: Done, claim?: Claim) => {
      const base = claim ? withVersion(stackRef.current, claim.id, claim.version) : stackRef.current;
      setStack(pushDone(base, done));
      setToast({ text: describeDone(done), tone: "done" });
      afterChange();
    },
    [afterChange, setStack],
  );

  /** Runs one change with the annotator's name; `record` turns its result into an undo entry. */
  const change = useCallback(
    async <T>(
      run: (author: string) => Promise<api.Result<T>>,
      record: (data: T) => Done,
    ): Promise<Outcome<T>> => {
      const name = await ensureAuthor();
      if (!name) return CANCELLED;
      const result = await run(name);
      if (result.ok) {
        const done = record(result.data);
        commit(done, done.type === "update-claim" ? done.after : undefined);
      }
      return result;
    },
    [commit, ensureAuthor],
  );

  const createClaim = (articleId: string, body: Record<string, unknown>) =>
    change(
      (name) => api.createClaim(articleId, { ...body, author: name }),
      (claim) => ({ type: "create-claim", claim }),
    );

  const updateClaim = (before: Claim, patch: Record<string, unknown>) =>
    change(
      (name) => api.patchClaim(before.id, { ...patch, version: before.version, author: name }),
      (after) => ({ type: "update-claim", before, after }),
    );

  const deleteClaim = async (claim: Claim) => {
    const links = ((await loadComparison())?.relations ?? []).filter(
      (r) => r.fromClaimId === claim.id || r.toClaimId === claim.id,
    );
    return change(
      (name) => api.deleteClaim(claim.id, claim.version, name),
      () => ({ type: "delete-claim", claim, relations: links }),
    );
  };

  const link = (input: { fromClaimId: string; toClaimId: string; kind: string; note: string }) =>
    change(
      (name) => api.createRelation({ ...input, author: name }),
      (relation) => ({ type: "link", relation }),
    );

  const unlink = (relation: Relation) =>
    change(
      (name) => api.deleteRelation(relation.id, name),
      () => ({ type: "unlink", relation }),
    );

  /** Takes back the last change by making its inverse, itself a change the history records. */
  const undo = async () => {
    const last = stackRef.current.at(-1);
    if (!last) return setToast({ text: "Nothing to undo.", tone: "info" });
    if (busy.current) return;
    const name = await ensureAuthor();
    if (!name) return;
    busy.current = true;
    let rest = stackRef.current.slice(0, -1);
    let problem: api.Problem | null = null;
    try {
      if (last.type === "create-claim") {
        const r = await api.deleteClaim(last.claim.id, last.claim.version, name);
        if (!r.ok) problem = r.problem;
      } else if (last.type === "delete-claim") {
        const r = await api.createClaim(last.claim.articleId, recreateBody(last.claim, name));
        if (!r.ok) problem = r.problem;
        else {
          rest = remapIds(rest, last.claim.id, r.data.id);
          for (const relation of last.relations) {
            const moved = remapIds([{ type: "link", relation }], last.claim.id, r.data.id)[0];
            if (moved?.type !== "link") continue;
            const again = await api.createRelation(relinkBody(moved.relation, name));
            if (again.ok) rest = remapIds(rest, relation.id, again.data.id);
            else problem = again.problem;
          }
        }
      } else if (last.type === "update-claim") {
        const r = await api.patchClaim(last.after.id, revertPatch(last.before, last.after, name));
        if (r.ok) rest = withVersion(rest, r.data.id, r.data.version);
        else problem = r.problem;
      } else if (last.type === "link") {
        const r = await api.deleteRelation(last.relation.id, name);
        if (!r.ok && r.problem.status !== 404) problem = r.problem;
      } else {
        const r = await api.createRelation(relinkBody(last.relation, name));
        if (r.ok) rest = remapIds(rest, last.relation.id, r.data.id);
        else problem = r.problem;
      }
    } finally {
      busy.current = false;
    }
    // A network failure may pass on retry; anything the server refused will not, so it is dropped.
    if (problem?.status === 0) {
      return setToast({ text: `Could not undo: ${problem.detail}`, tone: "error" });
    }
    setStack(rest);
    setToast(
      problem
        ? { text: `Could not undo “${describeDone(last)}”: ${problem.detail}`, tone: "error" }
        : { text: `Undone: ${describeDone(last)}`, tone: "done" },
    );
    afterChange();
  };

  return {
    author,
    askName,
    namePromptOpen: namePrompt !== null,
    answerName,
    canUndo: stack.length > 0,
    toast,
    setToast,
    loadArticle,
    loadComparison,
    createClaim,
    updateClaim,
    deleteClaim,
    link,
    unlink,
    undo,
  };
}

export type Annotations = ReturnType<typeof useAnnotations>;
