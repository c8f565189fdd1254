"use client";

import { useState } from "react";
import { Modal } from "./modal";

const MAX_NAME = 100;

/** Asks who is annotating, once per browser; the name goes with every change into the history. */
export function NameDialog({
  initial,
  onAnswer,
}: {
  initial: string | null;
  onAnswer: (name: string | null) => void;
}) {
  const [name, setName] = useState(initial ?? "");
  const trimmed = name.trim();
  return (
    <Modal title="Who is annotating?" onClose={() => onAnswer(null)}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onAnswer(trimmed);
        }}
      >
        <p className="text-sm text-stone-600">
          Your name appears in the comparison&rsquo;s history next to each change you make. This browser
          remembers it, so you are asked only once.
        </p>
        <label className="block text-sm font-medium">
          Your name
          <input
            data-autofocus=""
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={MAX_NAME}
            autoComplete="name"
            className="annotate-input mt-1"
          />
        </label>
        <div className="flex justify-end gap-2">
          <button type="button" className="annotate-button-secondary" onClick={() => onAnswer(null)}>
            Cancel
          </button>
          <button type="submit" className="annotate-button-primary" disabled={!trimmed}>
            Continue
          </button>
        </div>
      </form>
    </Modal>
  );
}
